# Română: cronologia: inițialele lunilor și legenda în terminal, numele lunilor, legenda și titlurile SVG-ului, etichetele diagramei Mermaid.
# Aceleași mesaje și variabile ca în locales/en/charts.ftl.

## Calendarul unei axe (month-name, din common.ftl, unde este loc)

# Numele unei luni în trei litere, unde axa nu are loc pentru numele
# întreg (1 = ianuarie). Fără punct, ca toate să aibă aceeași lățime.
timeline-month-short = { $month ->
        [1] ian
        [2] feb
        [3] mar
        [4] apr
        [5] mai
        [6] iun
        [7] iul
        [8] aug
        [9] sep
        [10] oct
        [11] nov
       *[12] dec
    }

# Inițiala unei luni, unde axa are loc pentru o literă pe lună.
timeline-month-initial = { $month ->
        [1] I
        [2] F
        [3] M
        [4] A
        [5] M
        [6] I
        [7] I
        [8] A
        [9] S
        [10] O
        [11] N
       *[12] D
    }

# Un trimestru ($number: de la 1 la 4) și un semestru (1 sau 2) pe o axă,
# unde lunile sunt prea înguste pentru nume; cât de scurte permite
# inițiala unei luni.
timeline-quarter = T{ $number }
timeline-half = S{ $number }

## Rânduri

# Câte ateliere și repere are o etapă, pe rândul de sub bara ei.
timeline-events = { PLURAL($count) ->
        [one] 1 eveniment
        [few] { $count } evenimente
       *[other] { $count } de evenimente
    }
# Câte ținte de indicatori are o etapă pe acel rând, dacă nu are
# evenimente; și ambele numere, dacă le are pe amândouă.
timeline-targets = { PLURAL($count) ->
        [one] 1 țintă de indicator
        [few] { $count } ținte de indicatori
       *[other] { $count } de ținte de indicatori
    }
timeline-events-targets = { PLURAL($events) ->
        [one] 1 eveniment
        [few] { $events } evenimente
       *[other] { $events } de evenimente
    }, { PLURAL($targets) ->
        [one] 1 țintă de indicator
        [few] { $targets } ținte de indicatori
       *[other] { $targets } de ținte de indicatori
    }
# După numele unei etape al cărei interval planul nu îl stabilește.
timeline-no-dates = (fără perioadă)
# Rândul atelierelor și reperelor care nu țin de nicio etapă.
timeline-other-events = Alte evenimente
# Ce scrie Mermaid în locul numelui gol al unei etape sau al unui eveniment.
timeline-no-name = (fără nume)
timeline-no-title = (fără titlu)

## Unde graficul este gol, și ziua de azi

# Datele ($first, $last, $date) sunt scrise ca în plan (ISO).
timeline-nothing-in-window = nimic în acest interval (planul se întinde de la { $first } până la { $last })
timeline-nothing-to-draw = nimic de desenat (nicio etapă și niciun eveniment din plan nu are o dată)
timeline-today-on = azi { $date }
timeline-outside = (în afara graficului)

## Legenda

timeline-phase-done = etapă { state-done }
timeline-phase-active = etapă { state-active }
# „etapă urmează” nu se spune: state-upcoming nu se potrivește aici.
timeline-phase-upcoming = etapă viitoare
# Semnele terminalului pentru un atelier sau un reper: în ziua lui, sau
# pe o lună (o dată fără zi) ori pe o serie de zile.
timeline-event-done = eveniment realizat
timeline-event-coming = eveniment viitor
timeline-event-underway = eveniment în desfășurare
timeline-span-done = lună sau serie, realizată
timeline-span-coming = lună sau serie viitoare
timeline-span-underway = lună sau serie în desfășurare
timeline-overdue = restant (a trecut, încă planificat)
timeline-cancelled = { status-cancelled }
# Semnele țintei unui indicator, la termenul ei, după starea indicatorului
# în ziua respectivă.
timeline-kpi-achieved = țintă de indicator atinsă
timeline-kpi-on-track = țintă de indicator, în grafic
timeline-kpi-behind = țintă de indicator, în urmă
timeline-kpi-missed = țintă de indicator ratată
timeline-kpi-no-data = țintă de indicator, încă fără date
# Semnele SVG-ului: rombul unui reper, cercul sau banda unui atelier.
timeline-milestone-done = reper realizat
timeline-milestone-coming = reper viitor
timeline-milestone-underway = reper în desfășurare
timeline-milestone-overdue = reper restant (a trecut, încă planificat)
timeline-milestone-cancelled = reper anulat
timeline-workshop-done = atelier realizat
timeline-workshop-coming = atelier viitor
timeline-workshop-underway = atelier în desfășurare
timeline-workshop-overdue = atelier restant (a trecut, încă planificat)
timeline-workshop-cancelled = atelier anulat
timeline-recurring-held = întâlnire periodică ținută
timeline-recurring-coming = întâlnire periodică viitoare
timeline-today = azi
# Săgeata SVG-ului de la ce este urmat la ce urmează (`after` este cheia
# din plan).
timeline-link = urmează după

## Indicațiile SVG-ului

# Cuvintele dintre paranteze ale unei indicații, după numele și data unui
# eveniment: „Lansare: 2021-03 (restant)”.
timeline-tip-overdue = restant
timeline-tip-underway = în desfășurare
# Valoarea unui indicator în unitatea lui: „60 %”, „40 seturi de date”
# ($unit este a planului și poate lipsi; $value are virgula zecimală).
timeline-kpi-amount = { $value } { $unit }
# Indicația țintei unui indicator ($name al indicatorului, $state unul
# dintre kpi-state-*): „Servicii online: ținta 60 %, termen 2025-11 (în grafic)”.
timeline-tip-kpi = { $name }: ținta { $amount }, termen { $date } ({ $state })
# Rândul Mermaid al țintei unui indicator, care nu are indicație:
# „Țintă: Servicii online — 60 % (în grafic)”.
timeline-kpi-target = Țintă: { $name } — { $amount } ({ $state })
# Între două nume, în indicația unei săgeți: „Implementare după Pilot”.
timeline-tip-after = după

## Erori

timeline-to-before-from = --to { $to } este înainte de --from { $from }

## Față de un plan de referință (`icc timeline --baseline BASE`): sub bara
## fiecărei etape, perioada ei într-un plan anterior și cât s-a mutat
## sfârșitul ei de atunci. $base numește planul anterior: `HEAD~1 (3f2a1b9)`
## sau numele unui fișier.

# Un sfârșit care nu s-a mutat.
timeline-slip-none = ±0
# Legenda: etapele din planul de referință care nu mai sunt în plan ($ids).
timeline-gone = { PLURAL($count) ->
        [one] nu mai este în plan: etapa { $ids }
       *[other] nu mai sunt în plan: etapele { $ids }
    }
# Sub începutul unei etape pe care planul de referință nu o are, după un `+`.
timeline-new = nouă
# Legenda: linia subțire (sau bara palidă) și `+`-ul unei etape noi.
timeline-baseline = perioada planificată în { $base }, apoi cât s-a mutat sfârșitul
timeline-new-phase = nouă: o etapă pe care { $base } nu o are
# Indicația barei de referință în SVG ($name: numele etapei, $when: perioada
# ei acolo, cu datele scrise ca în plan).
timeline-tip-baseline = { $name }, planificată în { $base }: { $when }
# Sarcina Mermaid a perioadei de referință, sub bara etapei.
timeline-baseline-task = { $name }, planificată în { $base }
