# English: performance indicators (KPIs): `icc kpis` (its table and its
# charts), the KPI line of `icc status`, and what `icc record` says.

## `icc kpis`: the table

kpis-header-name = indicator
kpis-header-unit = unit
kpis-header-baseline = baseline
kpis-header-latest = latest
kpis-header-target = target
kpis-header-progress = progress
kpis-header-state = state
# A value and its date: `44 (2025-06)`.
kpis-reading = { $value } ({ $date })
kpis-none = No KPIs in the plan

# A KPI's state on a day (design.md).
kpi-state-achieved = achieved
kpi-state-on-track = on track
kpi-state-behind = behind
kpi-state-missed = missed
kpi-state-no-data = no data
