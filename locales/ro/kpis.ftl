# Română: indicatorii de performanță (KPI): `icc kpis` (tabelul și
# graficele), rândul de indicatori din `icc status` și ce spune `icc record`.
# Aceleași mesaje și variabile ca în locales/en/kpis.ftl.

## `icc kpis`: tabelul

kpis-header-name = indicator
kpis-header-unit = unitate
kpis-header-baseline = referință
kpis-header-latest = ultima valoare
kpis-header-target = țintă
kpis-header-progress = progres
kpis-header-state = stare
# O valoare și data ei: `44 (2025-06)`.
kpis-reading = { $value } ({ $date })
kpis-none = Niciun indicator în plan

# Starea unui indicator într-o zi (design.md).
kpi-state-achieved = atins
kpi-state-on-track = în grafic
kpi-state-behind = în urmă
kpi-state-missed = ratat
kpi-state-no-data = fără date
