# English: performance indicators (KPIs): `icc kpis` (its table and its
# charts), the KPI line of `icc status`, and what `icc record` says.
