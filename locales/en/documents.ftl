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
