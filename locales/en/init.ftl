# English: `icc init`: the starter plan's names and comments (in the
# documents' language), and what `icc init` says on the terminal (in the
# terminal's).
#
# A comment of several lines is written line by line as it stands here
# (icc puts `# ` before each line; keep them under 76 columns). A list
# (activities, audience, led_by) has an item a line. Ids are quoted
# placeables, `{ "id" }`: they are not prose, and hold only a-z, 0-9 and
# `-`. A comment after a value is kept short: icc lines them up.

## The top of the plan

init-intro =
    A programme plan for icc. `icc check` checks it, `icc status` shows where
    it stands, `icc timeline` draws it; `icc add-workshop` and friends edit it.
    For completion and validation in your editor, run
      icc schema > plan.schema.json
    and make `#:schema ./plan.schema.json` the first line of this file.

init-name-comment = required: the programme's name, in the plan's language
init-city-comment = optional: the city that runs it
init-language-comment = optional: the language of the text

## Phases: the four stages of the Intelligent Cities Challenge

init-section-phases = Phases
init-phases-intro =
    A phase needs two of `start`, `end` and `months`, or `after` with `months`.
    A date is a month, "YYYY-MM" (a start is its first day, an end its last),
    or a day, YYYY-MM-DD. `months` counts calendar months, both ends included.
init-id-comment = unique in the plan: a-z, 0-9 and `-`
init-after-comment = starts the day after `{ $id }` ends

init-preparation-id = { "preparation" }
init-preparation-name = Preparation & assessment
init-preparation-summary = Where the city stands, where it should go, and who in the ecosystem will take part.
init-preparation-activities =
    Launch
    Mobilising the ecosystem
    Assessments
    Preparing a strategy

init-roadmap-id = { "roadmap" }
init-roadmap-name = Detailing ambitions and roadmap
init-roadmap-summary = A concrete plan to reach the improvement targets, with the community.
init-roadmap-activities =
    A detailed roadmap
    Performance indicators
    Working with stakeholders and other cities

init-implementation-id = { "implementation" }
init-implementation-name = Implementation
init-implementation-summary = Carrying out the planned activities and measuring results, in partnership.
init-implementation-activities =
    Implementing the plan
    Progress reviews with all cities
    Regular meetings with the ecosystem and experts

init-review-id = { "review" }
init-review-name = Review and next steps
init-review-summary = Measuring success and keeping the links and improvements made.
init-review-activities =
    Re-assessment
    Lessons learned
    Continuing the local activities

## The example workshop

init-section-workshops = Workshops
init-workshop-id = { "local-kick-off" }
init-workshop-id-comment = `icc add-workshop` makes one from the title
init-workshop-title = Local kick-off workshop
init-date-comment = a day (YYYY-MM-DD) or a month ("YYYY-MM")
init-phase-comment = optional: inferred from the date
init-workshop-activity = Activation
init-workshop-audience =
    City hall
    Local ecosystem
init-workshop-led-by = Lead expert
init-workshop-objective = Shared ambitions; the local enablers

## The example recurring meeting

init-section-recurring = Recurring meetings
init-meeting-id = { "progress-review" }
init-meeting-title = Progress review with all cities
init-meeting-phase-comment = its meetings stay inside this phase
init-every-comment = { $months ->
        [one] the first is 1 month after the phase starts
       *[other] the first is { $months } months after the phase starts
    }

## What `icc init` says (the terminal's language)

init-wrote = wrote { $file }: check it with `{ $command }`
init-exists = { $file } already exists; it was left as it was (use --force to overwrite it)
init-not-standard-input = `icc init` writes a file: give --plan PATH, not `-`
init-would-fail = `--start { $start }`: the starter plan would not pass `icc check`: { $error }
