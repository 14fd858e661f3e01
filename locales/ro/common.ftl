# Română: cuvinte folosite în alte mesaje — tipurile de elemente, numărări,
# tipuri de valori, date scrise pentru oameni.
#
# Tipurile de elemente (kind-…) sunt articulate („etapa”, „reperul”), căci
# stau acolo unde engleza scrie „the phase” sau „phase `x`”.
# Pluralul urmează regulile CLDR pentru română: one (1 zi), few (2 zile,
# 0 zile, 101 zile), other (20 de zile).

## Cuvinte folosite în mesaje

kind-phase = etapa
kind-milestone = reperul
kind-workshop = atelierul
kind-recurring = întâlnirea periodică
kind-kpi = indicatorul

count-phase = { PLURAL($count) ->
        [one] 1 etapă
        [few] { $count } etape
       *[other] { $count } de etape
    }
count-milestone = { PLURAL($count) ->
        [one] 1 reper
        [few] { $count } repere
       *[other] { $count } de repere
    }
count-workshop = { PLURAL($count) ->
        [one] 1 atelier
        [few] { $count } ateliere
       *[other] { $count } de ateliere
    }
count-recurring = { PLURAL($count) ->
        [one] 1 întâlnire periodică
        [few] { $count } întâlniri periodice
       *[other] { $count } de întâlniri periodice
    }
count-kpi = { PLURAL($count) ->
        [one] 1 indicator
        [few] { $count } indicatori
       *[other] { $count } de indicatori
    }

type-string = un șir de caractere
type-strings = o listă de șiruri de caractere
type-date = o dată calendaristică
type-months = un număr întreg de luni
type-number = un număr
type-table = un tabel
type-tables = o listă de tabele
type-integer = un număr întreg
type-float = un număr zecimal
type-boolean = o valoare booleană
type-datetime = o dată cu oră
type-array = o listă

table-plan = planul
table-section = [{ $key }]
table-item = { $kind } `{ $id }`
table-numbered = [[{ $key }]] numărul { $number }

# Numele unei luni (1 = ianuarie).
month-name = { $month ->
        [1] ianuarie
        [2] februarie
        [3] martie
        [4] aprilie
        [5] mai
        [6] iunie
        [7] iulie
        [8] august
        [9] septembrie
        [10] octombrie
        [11] noiembrie
       *[12] decembrie
    }

# Date scrise pentru oameni: martie 2021, 19 noiembrie 2020.
month-year = { month-name } { $year }
day-month-year = { $day } { month-name } { $year }

# Gravitatea constatărilor și cuvântul dinaintea unui sfat, cum le scrie
# ieșirea pentru oameni înaintea două-punctelor (`eroare: …`, `ajutor: …`).
severity-error = eroare
severity-warning = avertisment
severity-note = notă
word-help = ajutor

# Cuvintele închise ale planului, cum le arată vederile și documentele
# (JSON-ul, valorile CSV și planul păstrează cuvântul-cheie): `status`-ul
# unui eveniment, `mode`-ul unui atelier și starea unei etape într-o zi.
# Atelierul și reperul sunt neutre („planificat”), etapa feminină („încheiată”).
status-planned = planificat
status-done = realizat
status-cancelled = anulat
mode-online = online
mode-in-person = fizic
mode-hybrid = hibrid
state-done = încheiată
state-active = în curs
state-upcoming = urmează

# Numere: semnul zecimal al unei valori măsurate (41,5).
decimal-mark = ,
