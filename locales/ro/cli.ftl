# Română: linia de comandă: erorile la rularea unei comenzi (cod 2), rezumatul lui `icc check`, cuvintele ieșirii sale (eroare, avertisment, notă, ajutor), ce spune o editare și de ce refuză.
# Aceleași mesaje și variabile ca în locales/en/cli.ftl.

## Rezumatul lui `icc check`: `plan.toml: 1 eroare, 0 avertismente, 2 note; planul nu trece`
## ($counts: elementele fiecărui tip, „4 etape, 0 repere, …”)

check-errors = { PLURAL($errors) ->
        [one] 1 eroare
        [few] { $errors } erori
       *[other] { $errors } de erori
    }
check-warnings = { PLURAL($warnings) ->
        [one] 1 avertisment
        [few] { $warnings } avertismente
       *[other] { $warnings } de avertismente
    }
check-notes = { PLURAL($notes) ->
        [one] 1 notă
        [few] { $notes } note
       *[other] { $notes } de note
    }
check-allowed = { PLURAL($allowed) ->
        [one] 1 constatare acceptată
        [few] { $allowed } constatări acceptate
       *[other] { $allowed } de constatări acceptate
    }
check-clean = { $plan }: nicio problemă ({ $counts }){ $allowed ->
        [0] {""}
       *[other] ; { check-allowed }
    }
check-summary = { $plan }: { check-errors }, { check-warnings }, { check-notes }{ $allowed ->
        [0] {""}
       *[other] {" "}({ check-allowed })
    }; { $verdict ->
        [passes] planul trece
        [fails] planul nu trece
       *[strict] planul nu trece cu --strict
    }
