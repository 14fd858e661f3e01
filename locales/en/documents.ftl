# English: documents for the plan's audience: the labels of the iCalendar and CSV exports.
# Plan text (titles, names, objectives) is written as the plan states it;
# codes, ids, ISO dates and the CSV's values never change with the language.

## iCalendar (`icc export --format ics`): the labels in an event's
## description, each before its value (`Objective: …`).

ics-objective = Objective:
ics-activity = Activity:
ics-audience = Audience:
ics-led-by = Led by:
ics-status = Status:
# The place of a hybrid workshop: the plan's city, and online.
ics-hybrid = { $city } and online

## iCalendar: a KPI's target, an all-day event on its date (or over its
## month). $name and $unit are the plan's text; $value is written with the
## language's decimal mark.

# A value in the KPI's unit: "60 %", "40 data sets" (nothing after the
# number where the unit is empty).
ics-kpi-amount = { $value } { $unit }
# The event's title: "Target: Services online — 60 %".
ics-kpi-target = Target: { $name } — { $amount }
# The labels of its description, each before its value; a value and its
# date: "12 % (2024-09)".
ics-kpi-baseline = Baseline:
ics-kpi-latest = Latest:
ics-kpi-state = State:
ics-kpi-reading = { $amount } ({ $date })
# The latest value of a KPI not measured yet.
ics-kpi-unmeasured = not measured yet

## CSV (`icc export --format csv`): the header row, a label a column. In
## English the labels are the columns' names as scripts have read them.

csv-kind = kind
csv-id = id
csv-title = title
csv-date = date
csv-end = end
csv-first-day = first_day
csv-last-day = last_day
csv-phase = phase
csv-status = status
csv-when = when
csv-mode = mode
csv-audience = audience
csv-led-by = led_by
csv-activity = activity
csv-objective = objective
csv-name = name
csv-start = start
csv-months = months
csv-stated-months = stated_months
csv-progress = progress
csv-days-left = days_left
csv-after = after
csv-summary = summary
csv-activities = activities
csv-unit = unit
csv-direction = direction
csv-baseline-value = baseline_value
csv-baseline-date = baseline_date
csv-target-value = target_value
csv-target-date = target_date
csv-latest-value = latest_value
csv-latest-date = latest_date
csv-state = state
csv-kpi-id = kpi_id
csv-value = value
