# Română: raportul de progres pentru o sesiune de revizuire (`icc report`),
# în limba documentelor. Aceleași mesaje și variabile ca în
# locales/en/report.ftl. Textul planului (denumiri, titluri, unități) nu
# este niciodată tăiat: codul îl pune lângă aceste cuvinte sau îl dă întreg.
# Pluralul urmează regulile CLDR pentru română: one (1 zi), few (2 zile,
# 19 zile), other (20 de zile).

## Documentul

# Titlul paginii: denumirea proiectului și ziua raportului, scrisă pentru oameni.
report-title = { $name } — raport de progres, { $date }
# Sub denumirea proiectului.
report-lead = Raport de progres la { $date }
# Acolo unde planul nu dă o denumire proiectului.
report-no-name = Program fără denumire
# Acolo unde un eveniment nu are titlu.
report-no-title = (fără titlu)
# La sfârșitul documentului.
report-footer = Întocmit cu icc report la { $date }, pe baza planului în forma sa actuală. Datele sunt cele din plan; acolo unde planul indică doar luna, este dată luna.

## Cuvinte comune secțiunilor

# De la o dată la alta (fiecare scrisă pentru oameni).
report-span = { $from } – { $to }
# O proporție în procente (număr întreg).
report-percent = { $percent } %
# Ziua N din M a unui interval și proporția ei.
report-day-of = ziua { $day } din { $days } ({ $percent } %)
# Un număr de zile.
report-days = { PLURAL($days) ->
        [one] 1 zi
        [few] { $days } zile
       *[other] { $days } de zile
    }
# Două observații alăturate.
report-join = { $first }; { $second }
# O celulă goală.
report-none-cell = —
# O valoare și unitatea ei (textul planului, poate gol): `44 %`, `24 de zile`.
report-amount = { $value } { $unit }

# Coloanele tabelelor de evenimente.
report-column-date = Data
report-column-kind = Tip
report-column-title = Denumire
report-column-phase = Etapa
# Ce este o intrare.
report-kind-workshop = atelier
report-kind-milestone = reper
report-kind-meeting = întâlnire
report-kind-review = sesiune de revizuire
report-kind-phase-start = începutul etapei
report-kind-phase-end = încheierea etapei

## Antetul raportului

report-fact-period = Perioada
report-fact-programme = Programul
report-fact-phase = Etapa în curs
report-fact-next-review = Următoarea sesiune de revizuire
# Cum a fost aleasă perioada; $review o dată scrisă pentru oameni (o lună sau o zi).
report-period-since-review = de la sesiunea de revizuire din { $review }
report-period-since-start = de la începutul programului
report-period-since-nothing = planul nu are nicio sesiune de revizuire și nicio etapă datată
# Ziua raportului înaintea primei zile a programului: perioada este doar acea zi.
report-period-not-begun = programul nu a început încă
report-period-since-given = de la ziua indicată (--since)
# $base: o revizie git sau un fișier, așa cum a fost indicat.
report-period-since-base = de la { $base }
# Când ziua raportului cade într-o sesiune de revizuire.
report-period-for-review = pentru sesiunea de revizuire din { $review }
# Programul înainte de prima sa zi ($days: câte zile până atunci), după ultima.
report-programme-before = începe peste { PLURAL($days) ->
        [one] 1 zi
        [few] { $days } zile
       *[other] { $days } de zile
    }
report-programme-over = încheiat
# Nicio etapă în desfășurare în ziua raportului.
report-no-phase = { $state ->
        [before] niciuna încă: programul nu a început
        [after] niciuna: programul s-a încheiat
        [between] niciuna în desfășurare în această zi
       *[undated] niciuna: planul nu datează nicio etapă
    }
report-no-next-review = niciuna în plan

## Secțiunile

report-heading-timeline = Programul
report-heading-done = Realizări în perioada raportată
report-heading-overdue = Restanțe
report-heading-coming = Până la următoarea sesiune de revizuire
report-heading-indicators = Indicatori de performanță
report-heading-findings = Constatări deschise

# Realizări în perioadă.
report-done-none = Planul nu marchează niciun atelier și niciun reper ca realizat în această perioadă.
report-ended-caption = Etape încheiate în perioadă:
report-ended-none = Nicio etapă nu s-a încheiat în această perioadă.
# După denumirea unei etape; $date sfârșitul ei, pentru oameni.
report-phase-ended = data încheierii: { $date }
report-cancelled-caption = Anulate în perioadă
report-done-note = Un eveniment se numără în perioada în care cade prima sa zi: unul datat doar cu luna, de la prima zi a lunii.

# Restanțe.
report-overdue-none = Nicio restanță: niciun atelier și niciun reper planificat nu și-a depășit data.
report-column-late = Întârziere

# Până la următoarea sesiune; $review o dată pentru oameni, $to o zi.
report-coming-to-review = Până la încheierea următoarei sesiuni de revizuire ({ $review }), pe { $to }.
report-coming-to-end = Planul nu mai prevede nicio sesiune de revizuire: până la încheierea programului, pe { $to }.
report-coming-none = Nimic planificat în acest interval.

# Indicatori.
report-kpis-none = Planul nu definește niciun indicator de performanță.
report-column-indicator = Indicator
# $date: prima zi a perioadei, ziua raportului.
report-column-start = La { $date }
report-column-now = La { $date }
report-column-change = Variație
report-column-target = Țintă
report-column-state = Stare
report-column-progress = Progres
# Variația pe perioadă ($change: o valoare și unitatea ei).
report-change-up = +{ $change }
report-change-down = −{ $change }
report-change-none = fără schimbare
report-kpis-note = Fiecare valoare este ultima măsurătoare din ziua respectivă sau dinaintea ei, cu data sa; starea și progresul sunt cele din ziua raportului.

# Constatări.
report-findings-none = Planul este coerent: nu există nicio constatare deschisă.
report-findings-counts = { PLURAL($errors) ->
        [one] 1 eroare
        [few] { $errors } erori
       *[other] { $errors } de erori
    }, { PLURAL($warnings) ->
        [one] 1 avertisment
        [few] { $warnings } avertismente
       *[other] { $warnings } de avertismente
    }, { PLURAL($notes) ->
        [one] 1 notă
        [few] { $notes } note
       *[other] { $notes } de note
    }.
report-findings-allowed = { PLURAL($count) ->
        [one] O constatare acceptată printr-un „allow” din plan nu este afișată.
        [few] { $count } constatări acceptate prin „allow” în plan nu sunt afișate.
       *[other] { $count } de constatări acceptate prin „allow” în plan nu sunt afișate.
    }
report-column-severity = Gravitate
report-column-code = Cod
report-column-message = Mesaj
report-column-line = Rând

## Ce spune comanda (în limba terminalului)

# Un șablon care nu a putut fi aplicat: o eroare în icc ($error: cuvintele motorului).
report-template-error = raportul nu a putut fi așezat în pagină; este o eroare în icc: { $error }
# `--since` după `--at`.
report-since-after-at = --since { $since } este după ziua raportului, { $at }
# `--since REV` cu un commit de după `--at` ($base: `HEAD~1 (3f2a1b9)`; $day: ziua commitului).
report-since-commit-after-at = --since { $base } are commitul din { $day }, după ziua raportului, { $at }: perioada nu poate începe acolo

## Cum s-a mișcat calendarul față de `--since REV|FIȘIER` ($base: `HEAD~1 (3f2a1b9)` sau un fișier).

report-heading-changes = Schimbări în calendar față de { $base }
report-changes-none = Calendarul nu s-a schimbat față de { $base }.
