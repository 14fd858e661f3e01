# Română: vederile din terminal: `icc status` (titlul, zilele relative), tabelele lui `phases`, `workshops`, `milestones`, `agenda`, antetele, cuvintele din celule și listele goale.
# Aceleași mesaje și variabile ca în locales/en/views.ftl.
#
# Datele din tabele și din titlu rămân ISO, cum le scrie planul. Denumirile
# și titlurile nu sunt niciodată argumente aici, nici id-urile din celule:
# codul le pune lângă aceste cuvinte, ca să nu fie tăiate (un argument este
# tăiat la 80 de coloane).
# Pluralul urmează regulile CLDR pentru română: one (1 zi), few (2 zile,
# 19 zile), other (20 de zile).

## Antetele tabelelor: substantive nearticulate, scurte (o coloană e cel
## puțin cât antetul ei)

views-header-id = ID
views-header-date = dată
views-header-when = când
views-header-kind = tip
views-header-title = denumire
views-header-phase = etapă
views-header-status = stare
views-header-window = perioadă
views-header-months = luni
views-header-progress = progres
views-header-days-left = zile rămase
views-header-workshop = atelier
views-header-milestone = reper
views-header-event = eveniment
views-header-mode = format
views-header-audience = public
views-header-led-by = coordonat de

# Sub un tabel, coloanele pe care un terminal îngust le lasă deoparte
# ($columns: antetele lor, despărțite prin virgule).
views-not-shown = nu încap la această lățime: { $columns }

## Cuvinte din celule

# Ce este o intrare din agendă; o întâlnire sau un reper în coloana de
# stare a lui `icc status`, care nu au stare proprie.
views-kind-workshop = atelier
views-kind-milestone = reper
views-kind-meeting = întâlnire
views-kind-phase = etapă

# Un atelier sau un reper cu data trecută și încă în starea `planned`.
views-status-overdue = restant

# După etapa unui eveniment (id-ul ei, întreg), dedusă din dată, nu declarată.
views-by-date = (după dată)

# Lunile unei etape, unde planul declară altele decât cuprinde intervalul
# ($counted: un număr, poate cu zecimale; $stated: întreg).
views-months-stated = { $counted } ({ $stated ->
        [one] { $stated } declarată
       *[other] { $stated } declarate
    })
views-months-only-stated = { $stated ->
        [one] { $stated } declarată
       *[other] { $stated } declarate
    }
# Un număr de luni cu zecimale ($whole, $fraction: cifrele lor).
views-decimal = { $whole },{ $fraction }

# Când are loc ceva, față de azi ($days: câte zile, cel puțin 1).
views-when-upcoming = { $days ->
        [1] mâine
       *[other] în { PLURAL($days) ->
            [few] { $days } zile
           *[other] { $days } de zile
        }
    }
views-when-past = { $days ->
        [1] ieri
       *[other] acum { PLURAL($days) ->
            [few] { $days } zile
           *[other] { $days } de zile
        }
    }
views-when-today = azi
views-when-ongoing = în desfășurare
views-when-this-month = luna aceasta

# Începutul și încheierea unei etape, înaintea denumirii ei, în agendă.
views-phase-start = Începutul etapei
views-phase-end = Încheierea etapei

## `icc status`: titlul, o etichetă pe rând

views-label-today = Astăzi
views-label-phase = Etapa
views-label-also = În paralel
views-label-next = Urmează
views-label-overdue = Restanțe
views-label-plan = Planul
views-label-kpis = Indicatori

views-programme = programul: { $start } – { $end }
views-phase-day = ziua { $day } din { $days }
views-days-left = { PLURAL($days) ->
        [one] rămâne 1 zi
        [few] rămân { $days } zile
       *[other] rămân { $days } de zile
    }
views-no-phase-over = niciuna: programul s-a încheiat
views-no-phase-yet = niciuna încă: programul nu a început
views-no-phase-today = niciuna în curs astăzi
views-more-active = { PLURAL($count) ->
        [one] încă 1 etapă în curs
        [few] încă { $count } etape în curs
       *[other] încă { $count } de etape în curs
    }: vedeți `icc phases`
views-nothing-next = nimic planificat
# $items: „1 atelier, 2 repere” (count-workshop, count-milestone).
views-overdue = { $items } în trecut, dar încă în starea `planned`
views-errors = { PLURAL($errors) ->
        [one] 1 eroare
        [few] { $errors } erori
       *[other] { $errors } de erori
    }
views-warnings = { PLURAL($warnings) ->
        [one] 1 avertisment
        [few] { $warnings } avertismente
       *[other] { $warnings } de avertismente
    }
# $counts: views-errors și views-warnings; $total: suma lor.
views-plan-findings = { $counts }: rulați `icc check` pentru a vedea { $total ->
        [one] problema
       *[other] problemele
    }

# Sub evenimentele lui `icc status`.
views-all-cancelled = Niciun eveniment planificat: { PLURAL($count) ->
        [one] singurul eveniment este anulat
        [few] toate cele { $count } evenimente sunt anulate
       *[other] toate cele { $count } de evenimente sunt anulate
    }
views-earlier = { PLURAL($count) ->
        [one] încă 1 eveniment înaintea acestora
        [few] încă { $count } evenimente înaintea acestora
       *[other] încă { $count } de evenimente înaintea acestora
    }
views-later = { PLURAL($count) ->
        [one] încă 1 eveniment după acestea
        [few] încă { $count } evenimente după acestea
       *[other] încă { $count } de evenimente după acestea
    }
views-earlier-later = { PLURAL($earlier) ->
        [one] încă 1 eveniment
        [few] încă { $earlier } evenimente
       *[other] încă { $earlier } de evenimente
    } înaintea acestora și { $later } după
views-every-workshop = `icc workshops` listează toate atelierele

## Liste goale

views-no-phases = Nicio etapă
views-no-events = Niciun eveniment

# `icc workshops` și `icc milestones` când nu rămâne nimic: începutul
# ($when: upcoming, past sau all), apoi ce s-a cerut, fiecare parte după un spațiu.
views-none-workshops = { $when ->
        [upcoming] Niciun atelier de acum înainte
        [past] Niciun atelier din trecut
       *[all] Niciun atelier
    }
views-none-milestones = { $when ->
        [upcoming] Niciun reper de acum înainte
        [past] Niciun reper din trecut
       *[all] Niciun reper
    }
# Între două dintre părțile de după început.
views-filter-join = {", "}
views-filter-plan = în plan
views-filter-phase = în etapa `{ $phase }`
views-filter-status = cu starea `{ $status }`
views-filter-mode = în format `{ $mode }`
views-filter-audience = cu „{ $text }” în public
views-filter-led-by = cu „{ $text }” printre coordonatori

## `icc agenda`

# $from: o zi, poate views-day-today.
views-agenda-from = Agenda începând cu { $from }
views-agenda-span = Agenda de la { $from } până la { $to }
views-day-today = { $day } (azi)

# O agendă goală: ce („Nimic”, sau câte un tip, $first: yes pentru primul
# dintre ele), când, apoi, după două puncte, de ce.
views-agenda-nothing = Nimic
views-agenda-none = { $kind ->
        [workshop] { $first ->
            [yes] Niciun atelier
           *[no] niciun atelier
        }
        [milestone] { $first ->
            [yes] Niciun reper
           *[no] niciun reper
        }
        [meeting] { $first ->
            [yes] Nicio întâlnire
           *[no] nicio întâlnire
        }
       *[phase] { $first ->
            [yes] Niciun început sau sfârșit de etapă
           *[no] niciun început sau sfârșit de etapă
        }
    }
# Între ultimele două tipuri dintr-o listă („Niciun atelier, niciun reper și nicio întâlnire”).
views-or = și
views-agenda-after = de la { $from } încolo
views-agenda-on = pe { $day }
views-agenda-between = de la { $from } până la { $to }
# Intrarea de după interval sau de dinaintea lui ($kind: workshop,
# milestone, meeting, start sau end al unei etape; $when: views-when-…).
views-agenda-next = urmează { $kind ->
        [workshop] atelierul
        [milestone] reperul
        [meeting] întâlnirea
        [start] începutul etapei
       *[end] încheierea etapei
    } `{ $id }` din { $date }, { $when }
views-agenda-last = { $kind ->
        [workshop] ultimul a fost atelierul
        [milestone] ultimul a fost reperul
        [meeting] ultima a fost întâlnirea
        [start] ultimul a fost începutul etapei
       *[end] ultima a fost încheierea etapei
    } `{ $id }` din { $date }, { $when }
views-programme-ended = programul s-a încheiat la { $last }
views-programme-ends = programul se încheie la { $last }
views-agenda-plan-none = planul nu conține astfel de intrări

## Erori (după `eroare: `)

# Urmează id-urile etapelor, despărțite prin virgule.
views-unknown-phase = nu există etapa `{ $phase }` în { $plan }; etapele planului sunt:
# --next cu un interval înapoi de la azi ($unit: day, week sau month).
views-next-back = --next { $next }: intervalul începe azi și merge înainte, azi fiind prima lui zi; pentru { $unit ->
        [day] { PLURAL($count) ->
            [one] ultima zi
            [few] ultimele { $count } zile
           *[other] ultimele { $count } de zile
        }
        [week] { PLURAL($count) ->
            [one] ultima săptămână
            [few] ultimele { $count } săptămâni
           *[other] ultimele { $count } de săptămâni
        }
       *[month] { PLURAL($count) ->
            [one] ultima lună
            [few] ultimele { $count } luni
           *[other] ultimele { $count } de luni
        }
    } până azi inclusiv, tastați --from { $from } --to { $to }
views-to-before-from = --to { $to } încheie agenda înainte de --from { $from }
views-to-before-today = --to { $to } încheie agenda înainte de azi ({ $today }), ziua cu care începe fără --from

## De ce este refuzată valoarea unei opțiuni (motivele cititoarelor de
## valori din views.rs, după „valoare nevalidă … pentru …:” al lui clap;
## $text: valoarea cum a fost tastată)

views-empty-filter = un filtru gol ar păstra toate atelierele: scrieți cel puțin un cuvânt de căutat
views-not-a-span = `{ $text }` nu este un interval: scrieți un număr urmat de d, w sau m (zile, săptămâni, luni calendaristice), de exemplu 30d, 2w, 3m
views-span-is-a-flag = `{ $text }` este o opțiune, nu un interval: scrieți după --next un număr urmat de d, w sau m, de exemplu 30d, 2w, 3m
views-span-too-long = `{ $text }` depășește cât poate număra icc
# $unit: d, w sau m, cum a fost tastat.
views-span-zero = `{ $text }` nu înseamnă niciun timp: alegeți un interval de cel puțin 1{ $unit }
# $kinds: tipurile pe care le primește --kind, despărțite prin virgule.
views-empty-kind = un tip este gol (două virgule alăturate sau una la capăt); tipurile sunt { $kinds }

## Față de un plan de referință (`icc status --baseline BASE`, `icc phases
## --baseline BASE`): cât s-a mutat sfârșitul fiecărei etape față de un plan
## anterior. $base îl numește: `HEAD~1 (3f2a1b9)` sau numele unui fișier.

views-header-slip = decalaj
# Un decalaj într-o celulă: $sign este `+` (mai târziu) sau `−` (mai
# devreme), $count câte (niciodată negativ), $unit `months` dacă ambele
# capete sunt luni, altfel `days`.
views-slip = { $unit ->
        [months] { $sign }{ $count } { PLURAL($count) ->
            [one] lună
           *[other] luni
        }
       *[days] { $sign }{ $count } { PLURAL($count) ->
            [one] zi
           *[other] zile
        }
    }
# Un sfârșit care nu s-a mutat; o etapă pe care planul de referință nu o are.
views-slip-none = ±0
# Sub tabel: etapele din planul de referință care nu mai sunt în plan ($ids).
views-slip-gone = { PLURAL($count) ->
        [one] nu mai este în plan: etapa { $ids }
       *[other] nu mai sunt în plan: etapele { $ids }
    }
views-slip-new = nouă
# Sub tabel.
views-slip-since = decalaj: cât s-a mutat sfârșitul fiecărei etape față de { $base }
