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

## `icc kpis --format svg`: câte un grafic (limba documentelor)

# Sub numele programului; $date o zi scrisă pentru oameni.
kpis-svg-heading = Situația indicatorilor de performanță la { $date }
# O valoare și unitatea ei (textul planului, poate gol): `44 %`, `24 zile`.
kpis-svg-value = { $value } { $unit }
# Sub numele unui indicator: ultima valoare (kpis-svg-value) și data ei.
kpis-svg-latest = ultima valoare: { $value } ({ $date })
# Sub numele unui indicator încă nemăsurat.
kpis-svg-unit = unitate: { $unit }
# Într-un grafic care nu poate desena planul sau nu are încă niciun punct.
kpis-svg-no-plan = referința sau ținta lipsește ori nu poate fi citită
kpis-svg-no-measurement = nicio măsurătoare până azi
# Linia zilei de azi și rândul ei din legendă.
kpis-svg-today = azi
# Indicații: un punct (kpis-svg-value și data lui) și ce este.
kpis-svg-point = { $value } ({ $date })
kpis-svg-point-later = { $point }, datată după ziua de azi
kpis-svg-baseline = referință: { $point }
kpis-svg-target-tip = țintă: { $point }
# Lângă semnul țintei: valoarea ei (kpis-svg-value).
kpis-svg-target = țintă { $value }
# Legenda de sub grafice.
kpis-svg-legend-planned = planificat: linie dreaptă de la referință la țintă
kpis-svg-legend-measured = măsurători până azi
kpis-svg-legend-later = măsurătoare datată după ziua de azi
kpis-svg-legend-target = țintă

## Rândul indicatorilor din `icc status`: `Indicatori  3 în grafic · 1 în urmă · 1 fără date`

kpis-count-achieved = { PLURAL($count) ->
        [one] 1 atins
        [few] { $count } atinși
       *[other] { $count } de atinși
    }
kpis-count-on-track = { $count } în grafic
kpis-count-behind = { $count } în urmă
kpis-count-missed = { PLURAL($count) ->
        [one] 1 ratat
        [few] { $count } ratați
       *[other] { $count } de ratați
    }
kpis-count-no-data = { $count } fără date
