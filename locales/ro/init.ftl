# Română: `icc init`: numele și comentariile planului inițial (în limba
# documentelor) și ce spune `icc init` în terminal (în limba terminalului).
# Aceleași mesaje și variabile ca în locales/en/init.ftl.
#
# Un comentariu de mai multe rânduri se scrie rând cu rând, așa cum apare
# aici (icc pune `# ` în fața fiecărui rând; sub 76 de coloane). O listă
# (activități, participanți, coordonatori) are câte un element pe rând.
# Identificatorii sunt între ghilimele, `{ "id" }`: nu sunt text de tradus
# și conțin doar a-z, 0-9 și `-`. Comentariile de după o valoare rămân
# scurte: icc le aliniază.

## Începutul planului

init-intro =
    Plan de program pentru icc. `icc check` îl verifică, `icc status` arată
    stadiul în care se află, `icc timeline` îl desenează, iar `icc add-workshop`
    și celelalte comenzi de editare îl modifică.
    Pentru completare și validare în editor, rulați
      icc schema > plan.schema.json
    și puneți `#:schema ./plan.schema.json` pe primul rând al acestui fișier.

init-name-comment = obligatoriu: numele programului, în limba planului
init-city-comment = opțional: orașul care derulează programul
init-language-comment = opțional: limba textelor din plan

## Etapele: cele patru etape ale Intelligent Cities Challenge

init-section-phases = Etape
init-phases-intro =
    O etapă necesită două dintre `start`, `end` și `months`, sau `after`
    împreună cu `months`. O dată este o lună, "AAAA-LL" (un început este prima
    ei zi, un sfârșit ultima), sau o zi, AAAA-LL-ZZ. `months` numără lunile
    calendaristice, inclusiv prima și ultima.
init-id-comment = unic în plan: a-z, 0-9 și `-`
init-after-comment = începe a doua zi după încheierea etapei `{ $id }`

init-preparation-id = { "pregatire" }
init-preparation-name = Pregătire & evaluare
init-preparation-summary = Care este stadiul orașului, încotro ar trebui să se îndrepte și cine din ecosistem se va mobiliza.
init-preparation-activities =
    Lansare
    Mobilizarea ecosistemului
    Derularea evaluărilor
    Pregătirea unei strategii

init-roadmap-id = { "roadmap" }
init-roadmap-name = Detaliere ambiții și roadmap
init-roadmap-summary = Un plan concret pentru atingerea țintelor de îmbunătățire, împreună cu comunitatea.
init-roadmap-activities =
    O foaie de parcurs (roadmap) detaliată
    Indicatori de performanță
    Colaborarea cu părțile interesate și cu alte orașe

init-implementation-id = { "implementare" }
init-implementation-name = Implementare
init-implementation-summary = Implementarea activităților planificate și măsurarea rezultatelor, în parteneriat.
init-implementation-activities =
    Implementarea planului stabilit
    Revizuirea progresului împreună cu toate orașele
    Întâlniri periodice cu ecosistemul și experții

init-review-id = { "revizuire" }
init-review-name = Revizuire și pași următori
init-review-summary = Măsurarea succesului și menținerea legăturilor stabilite și a îmbunătățirilor aduse.
init-review-activities =
    Reevaluare
    Lecțiile învățate
    Continuarea activităților locale

## Atelierul dat ca exemplu

init-section-workshops = Ateliere
init-workshop-id = { "atelier-lansare" }
init-workshop-id-comment = `icc add-workshop` îl generează din titlu
init-workshop-title = Atelier local de lansare
init-date-comment = o zi (AAAA-LL-ZZ) sau o lună ("AAAA-LL")
init-phase-comment = opțional: dedusă din dată
init-workshop-activity = Activare
init-workshop-audience =
    Primăria
    Ecosistemul local
init-workshop-led-by = Expert coordonator
init-workshop-objective = Aspirații comune; facilitatorii locali

## Întâlnirea periodică dată ca exemplu

init-section-recurring = Întâlniri periodice
init-meeting-id = { "revizuire-progres" }
init-meeting-title = Revizuirea progresului cu toate orașele
init-meeting-phase-comment = întâlnirile au loc doar în această etapă
init-every-comment = { PLURAL($months) ->
        [one] prima are loc la o lună după începutul etapei
        [few] prima are loc la { $months } luni după începutul etapei
       *[other] prima are loc la { $months } de luni după începutul etapei
    }

## Ce spune `icc init` (în limba terminalului)

init-wrote = s-a scris { $file }: verificați-l cu `{ $command }`
init-exists = { $file } există deja și a rămas neschimbat (folosiți --force pentru a-l suprascrie)
init-not-standard-input = `icc init` scrie un fișier: indicați --plan CALE, nu `-`
init-would-fail = `--start { $start }`: planul inițial nu ar trece de `icc check`: { $error }
