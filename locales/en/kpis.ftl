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

## `icc kpis --format svg`: a chart each (the documents' language)

# Under the programme's name; $date a day written for people.
kpis-svg-heading = Performance indicators on { $date }
# A value and its unit (the plan's text, perhaps empty): `44 %`, `24 days`.
kpis-svg-value = { $value } { $unit }
# Under a KPI's name: its latest value (kpis-svg-value) and its date.
kpis-svg-latest = latest: { $value } ({ $date })
# Under a KPI's name where it has no measurement yet.
kpis-svg-unit = unit: { $unit }
# In a chart that cannot draw the plan, or has no point yet.
kpis-svg-no-plan = no baseline or target that can be read
kpis-svg-no-measurement = no measurement up to today
# Today's line, and its entry in the legend.
kpis-svg-today = today
# Tooltips: a point (kpis-svg-value and its date), and what it is.
kpis-svg-point = { $value } ({ $date })
kpis-svg-point-later = { $point }, dated after today
kpis-svg-baseline = baseline: { $point }
kpis-svg-target-tip = target: { $point }
# Beside the target's mark: its value (kpis-svg-value).
kpis-svg-target = target { $value }
# The legend under the charts.
kpis-svg-legend-planned = planned: a straight line from baseline to target
kpis-svg-legend-measured = measurements up to today
kpis-svg-legend-later = measurement dated after today
kpis-svg-legend-target = target

## The KPI line of `icc status`: `KPIs  3 on track · 1 behind · 1 no data`

kpis-count-achieved = { $count } achieved
kpis-count-on-track = { $count } on track
kpis-count-behind = { $count } behind
kpis-count-missed = { $count } missed
kpis-count-no-data = { $count } no data
