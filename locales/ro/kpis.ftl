# Română: indicatorii de performanță (KPI): `icc kpis` (tabelul și
# graficele), rândul de indicatori din `icc status` și ce spune `icc record`.
# Aceleași mesaje și variabile ca în locales/en/kpis.ftl.
