# Română: linia de comandă: erorile la rularea unei comenzi (cod 2), rezumatul lui `icc check`, cuvintele ieșirii sale (eroare, avertisment, notă, ajutor), ce spune o editare și de ce refuză.
# Aceleași mesaje și variabile ca în locales/en/cli.ftl.

## Rezumatul lui `icc check`: `plan.toml: 1 eroare, 0 avertismente, 2 note; verificarea a eșuat`
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
        [passes] verificarea a reușit
        [fails] verificarea a eșuat
       *[strict] verificarea eșuează cu --strict
    }

## Cuvintele ieșirii pentru oameni a lui `icc check`, în afara celor ale
## constatărilor (numele nivelurilor, `eroare:` …, sunt severity-* și
## word-help din common.ftl)

# O constatare fără loc în fișier spune despre ce fișier este vorba.
check-in-plan = în { $plan }
check-line-too-long = linia { $line } este prea lungă pentru a fi afișată

## Erori la rularea unei comenzi (cod 2): programul scrie `eroare:` înaintea
## fiecăreia, iar sfatul, unde există, urmează pe un rând separat.
## ($file, $path, $dir: nume de fișiere și dosare, afișate întregi)

error-no-plan = nu există niciun { $file } în { $dir } sau într-un dosar de deasupra lui
error-no-plan-help = indicați --plan CALE, setați ICC_PLAN, rulați icc în dosarul planului sau creați un plan cu `icc init`
# $from: `--plan` sau `ICC_PLAN`, cel care a numit dosarul.
error-no-plan-in = { $from }: `{ $dir }` este un dosar fără { $file }
error-read = nu se poate citi { $path }: { $why }
read-not-a-file = nu este un fișier obișnuit
read-too-big = depășește { $mib } MiB, dimensiunea maximă pe care o citește icc
# O eroare a sistemului: cuvintele lui ($detail) sau ale noastre pentru
# cele obișnuite ($kind).
io-error = { $kind ->
        [not-found] nu există
        [permission-denied] acces refuzat
        [read-only] sistemul de fișiere este doar pentru citire
        [not-a-directory] nu este un dosar
        [filesystem-loop] prea multe legături simbolice înlănțuite
        [is-a-directory] este un dosar
        [invalid-filename] numele fișierului nu este valid (prea lung sau cu caractere nepermise)
        [storage-full] nu mai este spațiu pe disc
        [quota-exceeded] cota de spațiu pe disc a fost depășită
        [file-too-large] fișierul este prea mare
        [already-exists] există deja
        [directory-not-empty] dosarul nu este gol
        [crosses-devices] nu se poate muta între sisteme de fișiere diferite
        [too-many-links] prea multe legături
        [interrupted] operația a fost întreruptă
        [resource-busy] resursa este ocupată
        [executable-file-busy] fișierul este în uz
        [deadlock] blocaj reciproc
        [input-output] eroare de intrare/ieșire
       *[other] { $detail }
    }

## O valoare dată unei opțiuni care nu este una validă (programul numește opțiunea)

# O dată greșită, în cuvintele constatărilor (date-problem, în findings.ftl),
# și ce să scrieți: data cea mai probabilă, ultima zi a lunii sau formele
# acceptate (pentru --today, doar o zi).
flag-date = { date-problem }{ $hint ->
        [suggestion] ; ați vrut să scrieți { $date }?
        [last-day] ; ultima zi a lunii este { $last }
        [day] ; scrieți AAAA-LL-ZZ, de exemplu 2021-11-28
        [none] {""}
       *[forms] ; { date-forms }
    }
flag-today-month = `{ $text }` este o lună, iar aici trebuie o zi: scrieți AAAA-LL-ZZ, de exemplu { $text }-01
flag-outside-calendar = `{ $text }` este în afara anilor de la 0001 la 9999
flag-not-an-id = `{ $text }` nu este un id: folosiți litere mici, cifre și `-`, de exemplu `{ $suggestion }`
flag-empty = nu poate fi gol
flag-not-one-line = trebuie să fie un singur rând de text, fără salturi de rând, tabulatoare sau caractere de control
flag-not-a-shift = `{ $text }` nu este o deplasare: scrieți un număr întreg de luni (m), săptămâni (w) sau zile (d), de exemplu 2m, -10d, 3w
flag-shift-zero = `{ $text }` nu mută nimic: folosiți o deplasare diferită de 0
flag-shift-too-far = `{ $text }` depășește calendarul pe care îl scrie icc (anii de la 0001 la 9999)

## Un plan cu erori, sub o vedere (după `avertisment:`) și după o editare

plan-has-errors = { $plan } are { PLURAL($errors) ->
        [one] 1 eroare: rulați `icc check` pentru a o vedea
        [few] { $errors } erori: rulați `icc check` pentru a le vedea
       *[other] { $errors } de erori: rulați `icc check` pentru a le vedea
    }
plan-still-has-errors = { $plan } are în continuare { PLURAL($errors) ->
        [one] 1 eroare: rulați `icc check` pentru a o vedea
        [few] { $errors } erori: rulați `icc check` pentru a le vedea
       *[other] { $errors } de erori: rulați `icc check` pentru a le vedea
    }

## Scrierea unui fișier: o editare, `icc init`, `-o FIȘIER` ($file: numele lui)

write-changed = { $file } s-a modificat pe disc în timp ce icc îl edita; nu s-a scris nimic; rulați din nou comanda
write-read-only = { $file } este doar pentru citire (prin drepturile sale sau prin indicatorul immutable ori append-only al lui chattr); nu s-a scris nimic
write-hard-links = { $file } are { PLURAL($links) ->
        [few] { $links } nume
       *[other] { $links } de nume
    } (legături fizice): celelalte ar păstra textul vechi; nu s-a scris nimic (folosiți --break-links pentru a-l edita doar pe acesta)
write-linked = { $file } are { PLURAL($links) ->
        [few] { $links } nume
       *[other] { $links } de nume
    } (legături fizice): celelalte ar păstra textul vechi; nu s-a scris nimic
# $what: `owner` sau `group`, când doar grupul nu a putut fi păstrat.
write-owner = nu se poate păstra { $what ->
        [group] grupul
       *[owner] proprietarul
    } lui { $file } ({ $uid }:{ $gid }): { $why }; nu s-a scris nimic
write-attribute = nu se poate păstra atributul { $attribute } al lui { $file }: { $why }; nu s-a scris nimic
write-exists = { $file } există deja și a fost lăsat neschimbat (folosiți --force pentru a-l suprascrie)
write-dangling-link = { $file } este o legătură simbolică spre un fișier care nu există; nu s-a scris nimic
write-not-a-file = { $file } nu este un fișier obișnuit; nu s-a scris nimic
write-saved-meanwhile = alt program a salvat { $file } în timp ce icc îl scria: editarea făcută de icc este în { $file }, iar acea salvare a ajuns în fișierul înlocuit; salvați din nou din acel program
# $folder: `current` (dosarul de lucru) sau `named` ($path).
write-folder = nu se poate scrie în { $folder ->
        [current] dosarul curent
       *[named] dosarul { $path }
    }: { $kind ->
        [permission-denied] acces refuzat
        [read-only] sistemul de fișiere este doar pentru citire
       *[other] { $why }
    }
write-io = nu se poate scrie { $file }: { $why }
# Un fișier folosit de editările icc, al fișierului $of: fișierul de
# blocare sau un fișier temporar.
icc-file = { $icc_file ->
        [lock] fișierul de blocare al lui { $of }, pe care îl folosesc editările făcute de icc
       *[temporary] un fișier temporar al unei editări făcute de icc asupra lui { $of }, pe care următoarea editare îl șterge
    }
write-icc-file = { $file } este { icc-file }; nu s-a scris nimic
output-icc-file = -o { $file }: acesta este { icc-file }; alegeți alt fișier
output-folder = -o { $file }: este un dosar, nu un fișier; indicați numele fișierului de scris (sau `-` pentru ieșirea standard)
output-plan = -o { $file }: acesta este planul citit; alegeți alt fișier
lock-link = { $file } este o legătură simbolică, pe care icc nu o urmează
lock-foreign = { $file } aparține altui utilizator și nu poate fi citit; dacă nu este în curs nicio editare, ștergeți-l
lock-not-a-file = { $file } nu este un fișier obișnuit

## Editări: add-*, set-status, move, remove, rename
## ($plan: numele planului; $kind: kind-* din common.ftl, articulat;
## $kind_a, $kind_of: tipul ca în kind-a-* și kind-of-* de mai jos;
## $dry_run: `yes` pentru --dry-run, care spune ce ar face editarea)

kind-a-phase = o etapă
kind-a-milestone = un reper
kind-a-workshop = un atelier
kind-a-recurring = o întâlnire periodică
kind-a-kpi = un indicator
kind-of-phase = etapei
kind-of-milestone = reperului
kind-of-workshop = atelierului
kind-of-recurring = întâlnirii periodice
kind-of-kpi = indicatorului

edit-unchanged = fișierul rămâne neschimbat
edit-item = { $kind } `{ $id }`

# Erori de folosire (cod 2).
edit-stdin = `--plan -` citește planul de la intrarea standard, în care nu se poate scrie
edit-stdin-help = adăugați --dry-run pentru a vedea modificarea ca diff sau indicați numele fișierului planului
edit-add-phase-none = add-phase are nevoie de intervalul etapei, dar nu s-a dat niciuna dintre opțiunile --start, --end, --months, --after; { edit-unchanged }
edit-add-phase-alone = add-phase nu poate stabili intervalul etapei doar din { $flag }; { edit-unchanged }
edit-add-phase-both = add-phase nu poate stabili intervalul etapei din { $first } și { $second }; { edit-unchanged }
edit-add-phase-help = folosiți --start și --end, --months cu --start, --end sau --after, ori --after cu --end (de exemplu --start 2025-01 --months 3)
# Un id numit de editare care nu există ($wanted: ce trebuie să fie) sau
# care nu este de tipul cerut; $flag, opțiunea care îl numește, sau `none`.
edit-flag = { $flag ->
        [none] {""}
       *[other] {" "}({ $flag })
    }
edit-no-such-id = { $wanted ->
        [event] nu există niciun atelier sau reper
        [phase] nu există nicio etapă
       *[item] nu există niciun element
    } `{ $id }` în { $plan }{ edit-flag }; { edit-unchanged }
edit-not-an-event = `{ $id }` este { $kind_a }: doar atelierele și reperele au o stare; { edit-unchanged }
edit-not-a-phase = `{ $id }` este { $kind_a }, nu o etapă{ edit-flag }; { edit-unchanged }
edit-cannot-change = elementul `{ $id }` nu poate fi modificat astfel{ edit-flag }; { edit-unchanged }
edit-not-a-predecessor = `{ $id }` este o întâlnire periodică, care nu are un singur sfârșit{ edit-flag }; { edit-unchanged }
edit-not-a-predecessor-help = `--after` primește o etapă, un reper sau un atelier
edit-did-you-mean = ați vrut să scrieți `{ $suggestion }`?
edit-id-taken = `{ $id }` este deja folosit ca id de { $kind_a } în { $plan }: un id este unic în tot planul; { edit-unchanged }
# $which: tipul, ca și cuvânt-cheie.
edit-wrong-flag = `{ $id }` este { $kind_a }, iar { $flag } nu mută acest tip de element; { edit-unchanged }
edit-wrong-flag-help = { $kind_a } se mută cu { $which ->
        [phase] --start, --end, --months sau --by
        [workshop] --date, --end sau --by
        [milestone] --date sau --by
       *[recurring] --first sau --by
    }
edit-lock = nu se poate bloca { $plan } pentru editare: { $why }

# Refuzuri (cod 1), după `eroare:`.
edit-unreadable = { $plan } nu poate fi citit ca plan, deci nu poate fi editat în siguranță; { edit-unchanged }
edit-adds-errors = editarea a fost refuzată: ar adăuga { PLURAL($errors) ->
        [one] 1 eroare
        [few] { $errors } erori
       *[other] { $errors } de erori
    } în { $plan } (mai sus, în fișierul așa cum ar deveni); { edit-unchanged }
edit-layout = icc nu a putut plasa modificarea în { $plan } în siguranță (așezarea fișierului este neobișnuită); { edit-unchanged }
# $which: tipul, ca și cuvânt-cheie; $key: cheia tabelelor lui.
edit-inline-tables = icc nu editează { $plan }: { $which ->
        [phase] etapele
        [milestone] reperele
        [workshop] atelierele
       *[recurring] întâlnirile periodice
    } sunt scrise ca tabele inline (`{ $key } = [{"{"} … {"}"}]`), pe care icc le citește, dar nu le editează; scrieți fiecare element ca tabel `[[{ $key }]]` pentru a-l edita cu icc; { edit-unchanged }
edit-value-form = icc nu editează { $plan }: cheia `{ $key }` a elementului `{ $id }` nu este scrisă ca un singur `{ $key } = valoare`, pe care icc l-ar putea înlocui; { edit-unchanged }
edit-no-project = { $plan } nu are tabelul `[project]`, deci nu este un plan la care icc să adauge (este un fișier gol sau unul în curs de salvare); { edit-unchanged }
edit-referenced = nu s-a șters { $kind } `{ $id }`, la care trimit alte elemente; { edit-unchanged }
# Fiecare trimitere, pe un rând separat.
edit-reference = linia { $line }: cheia `{ $key }` a { $kind_of } `{ $id }`
edit-reference-recurring = linia { $line }: cheia `{ $key }` a { $kind_of } `{ $id }` (care trebuie să aibă o etapă: --cascade șterge întâlnirea)
edit-referenced-help = { $count ->
        [one] --cascade șterge și această trimitere; altfel, modificați-o mai întâi
       *[other] --cascade șterge și aceste trimiteri; altfel, modificați-le mai întâi
    }
# $shown: `yes` când erorile pe care le-ar adăuga mutarea sunt arătate mai sus.
edit-breaks = mutarea a fost refuzată: ar invalida { PLURAL($count) ->
        [one] 1 element care își declară propriile date
        [few] { $count } elemente care își declară propriile date
       *[other] { $count } de elemente care își declară propriile date
    }{ $shown ->
        [yes] {" "}(mai sus, în fișierul așa cum ar deveni)
       *[no] {""}
    }; { edit-unchanged }
# Cum s-ar invalida un element care depinde de ce s-a mutat: ar începe
# înainte să se încheie ce urmează ($after_kind $after) sau ar ieși din
# etapa sa ($after).
edit-because = { $because ->
        [follows] ar începe înainte ca { $after_kind } `{ $after }` să se încheie (conform cheii `after`)
       *[in-phase] ar ieși din intervalul etapei `{ $after }` (conform cheii `phase`)
    }
edit-dependent-line = linia { $line }: { $kind } `{ $id }` { edit-because }{ $done ->
        [yes] ; este realizat
       *[no] {""}
    }
edit-breaks-help = { $count ->
        [one] --cascade mută și acest element, cu cât s-a mutat cel de care depinde
       *[other] --cascade mută și aceste elemente, pe fiecare cu cât s-a mutat cel de care depinde
    }
# $done: elementele realizate, „atelierul `a`, reperul `b`”.
edit-breaks-done-help = { $count ->
        [one] { $done } este realizat, iar --cascade nu mută ce este realizat: schimbați-i întâi starea sau mutați-l explicit
       *[other] { $done } sunt realizate, iar --cascade nu mută ce este realizat: schimbați-le întâi starea sau mutați-le explicit
    }
# $after: id-urile după care vine etapa, „`a`, `b`”.
edit-start-follows = etapa `{ $id }` începe a doua zi după ce se încheie { $count ->
        [one] { $after }
       *[other] ultimul dintre { $after }
    } (conform cheii `after`), deci începutul ei nu se poate muta separat; { edit-unchanged }
edit-start-follows-help = mutați { $after }, iar `{ $id }` se va muta de la sine; sau schimbați-i sfârșitul cu --end ori --months
# $by: cât, ca în edit-shift.
edit-month-by-days = valoarea cheii `{ $key }` a { $kind_of } `{ $id }` (linia { $line }) este o lună, { $date }, care se mută doar cu luni întregi, nu cu { $by }; { edit-unchanged }
# $how: opțiunile care ar muta elementul însuși (`start-end`, `first`,
# `date`) sau `other` pentru un element pe care mutarea l-ar lua cu ea.
edit-month-by-days-help = { $how ->
        [start-end] mutați elementul cu luni întregi (--by 1m) sau indicați zile cu --start și --end
        [first] mutați elementul cu luni întregi (--by 1m) sau indicați o zi cu --first
        [date] mutați elementul cu luni întregi (--by 1m) sau indicați o zi cu --date
       *[other] scrieți întâi în plan o zi pentru { $kind } `{ $id }` sau mutați cu luni întregi
    }
edit-calendar = valoarea cheii `{ $key }` a { $kind_of } `{ $id }` (linia { $line }), { $date }, nu se poate muta cu { $by }: ar ieși din anii de la 0001 la 9999; { edit-unchanged }
edit-no-date = { $kind } `{ $id }` nu are o cheie `{ $key }` pe care icc să o poată citi (`icc check` arată de ce), deci nu se poate muta; { edit-unchanged }
edit-cannot-follow = { $kind } `{ $id }` (linia { $line }) { edit-because }, și nicio deplasare a datelor sale nu respectă în același timp `after` și intervalul etapei; { edit-unchanged }
edit-cannot-follow-help = mutați întâi acest element sau schimbați-i `after` ori `phase`
edit-done = { $kind } `{ $id }` (linia { $line }) { edit-because }, dar este realizat: --cascade nu mută ce s-a întâmplat deja; { edit-unchanged }
edit-done-help = schimbați-i întâi starea sau mutați-l explicit (`icc move { $id } …`)
edit-done-several = { PLURAL($count) ->
        [one] 1 element pe care --cascade l-ar muta este realizat
        [few] { $count } elemente pe care --cascade le-ar muta sunt realizate
       *[other] { $count } de elemente pe care --cascade le-ar muta sunt realizate
    }, iar --cascade nu mută ce s-a întâmplat deja; { edit-unchanged }
edit-done-several-help = schimbați-le întâi starea sau mutați-le explicit

# Ce a făcut o editare, câte un rând (ieșirea standard); cu --dry-run, ce
# ar face (ieșirea de erori, lângă diff).
edit-added = { $dry_run ->
        [yes] s-ar adăuga
       *[no] s-a adăugat
    } { $kind } { $id } în { $plan }
edit-added-in-phase = { $dry_run ->
        [yes] s-ar adăuga
       *[no] s-a adăugat
    } { $kind } { $id } în { $plan } (etapa { $phase })
# $status: status-* din common.ftl.
edit-status-set = { $kind } { $id } { $dry_run ->
        [yes] ar fi marcat
       *[no] a fost marcat
    } ca { $status } în { $plan }
edit-already-set = { $kind } { $id } este deja { $status } în { $plan }
# Cât: $by, tot elementul; altfel $first (începutul sau data) și $last
# (sfârșitul), după $how. $what: `first` pentru o întâlnire periodică, a
# cărei primă întâlnire se mută. $from, $to: datele înainte și după.
edit-moved = { $dry_run ->
        [yes] s-ar muta
       *[no] s-a mutat
    } { $how ->
        [by] { $kind } { $id } cu { $by }
        [start] începutul { $kind_of } { $id } cu { $first }
        [date] data { $kind_of } { $id } cu { $first }
        [end] sfârșitul { $kind_of } { $id } cu { $last }
        [start-end] { $kind } { $id }, începutul cu { $first } și sfârșitul cu { $last }
        [date-end] { $kind } { $id }, data cu { $first } și sfârșitul cu { $last }
       *[none] { $kind } { $id }
    }: { $what ->
        [first] prima întâlnire { $from }
       *[dates] { $from }
    } → { $to }{ $because ->
        [follows] {" "}(urmează după { $after_kind } { $after })
        [in-phase] {" "}(este în etapa { $after })
       *[none] {""}
    }
edit-follows = etapa { $id } { $dry_run ->
        [yes] s-ar muta
       *[no] se mută
    } de la sine (intervalul ei este derivat){ $how ->
        [by] {" "}cu { $by }
        [start] , începutul cu { $first }
        [end] , sfârșitul cu { $last }
        [start-end] , începutul cu { $first } și sfârșitul cu { $last }
       *[none] {""}
    }: { $from } → { $to }
edit-kept = { $kind } { $id } { $dry_run ->
        [yes] ar rămâne
       *[no] rămâne
    } la { $at }: se schimbă doar felul în care { $plan } scrie datele
edit-already-there = { $kind } { $id } este deja la { $at } în { $plan }
edit-already-there-first = { $kind } { $id } are deja prima întâlnire la { $at } în { $plan }
edit-restated = { $dry_run ->
        [yes] s-ar schimba
       *[no] s-au schimbat
    } datele { $kind_of } { $id } în { $plan }
edit-removed = { $dry_run ->
        [yes] s-ar șterge
       *[no] s-a șters
    } { $kind } { $id } (linia { $line }) din { $plan }
edit-removed-with-phase = { $dry_run ->
        [yes] s-ar șterge
       *[no] s-a șters
    } și { $kind } { $id } (linia { $line }): se repetă în etapa { $phase } și trebuie să aibă o etapă
edit-phase-removed = { $dry_run ->
        [yes] s-ar șterge
       *[no] s-a șters
    } cheia `phase` a { $kind_of } { $id } (linia { $line }): etapa se deduce din nou din dată
# $to: id-ul scos din `after`-ul elementului.
edit-reference-removed = { $dry_run ->
        [yes] s-ar șterge
       *[no] s-a șters
    } { $to } din cheia `{ $key }` a { $kind_of } { $id } (linia { $line })
edit-renamed = { $kind } { $old } { $dry_run ->
        [yes] s-ar numi
       *[no] se numește acum
    } { $new } în { $plan }{ $references ->
        [0] {""}
        [one] , la fel și trimiterea la acest id
        [few] , la fel și cele { $references } trimiteri la acest id
       *[other] , la fel și cele { $references } de trimiteri la acest id
    }
edit-already-named = { $kind } { $id } are deja acest id în { $plan }
# Cât se mută: 2 luni, -10 zile.
edit-shift = { $unit ->
        [months] { PLURAL($amount) ->
            [one] { $amount } lună
            [few] { $amount } luni
           *[other] { $amount } de luni
        }
        [weeks] { PLURAL($amount) ->
            [one] { $amount } săptămână
            [few] { $amount } săptămâni
           *[other] { $amount } de săptămâni
        }
       *[days] { PLURAL($amount) ->
            [one] { $amount } zi
            [few] { $amount } zile
           *[other] { $amount } de zile
        }
    }

# Ce a hotărât icc în locul utilizatorului (după `notă:`).
# $from: `title` sau `name`, câmpul din care s-a format id-ul.
edit-note-id-made = id-ul `{ $id }` a fost format din { $from ->
        [name] nume
       *[title] titlu
    }
edit-note-phase-inferred = etapa `{ $phase }` a fost dedusă din data { $date }
edit-note-months-counted = etapa `{ $id }` are acum `months = { $new }` (avea { $old }): lungimea noului ei interval
edit-note-months-dropped = etapa `{ $id }` nu mai are `months` (avea { $old }): noul ei interval nu este un număr întreg de luni
# $precision: `day` sau `month`, a datei evenimentului.
edit-note-end-dropped = { $kind } `{ $id }` nu are `end`: un sfârșit { $precision ->
        [day] în aceeași zi cu
       *[month] în aceeași lună cu
    } data sa, { $date }, nu formează o serie
# $items: „atelierul `a`, reperul `b`”; $cascade: `yes` cu --cascade.
edit-note-not-followed = { $cascade ->
        [yes] --cascade nu a mutat { $items }: { $count ->
            [one] elementul se află
           *[other] elementele se află
        } pe un ciclu de dependențe sau după unul, deci ordinea în care ar trebui mutate nu se cunoaște (`icc check` arată ciclul)
       *[no] mutarea nu a verificat dacă afectează { $items }: { $count ->
            [one] elementul se află
           *[other] elementele se află
        } pe un ciclu de dependențe sau după unul, deci ordinea în care ar trebui verificate nu se cunoaște (`icc check` arată ciclul)
    }
# $old, $new: cheile (`months`, `end`, `start`).
edit-note-key-replaced = etapa `{ $id }` are acum `{ $new }` în loc de `{ $old }`, care ar fi stabilit intervalul de două ori
edit-note-first-stated = întâlnirea periodică `{ $id }` are acum prima întâlnire scrisă (first = { $first }): până acum era derivată din începutul etapei sale

## `icc add-kpi` și `icc record`: indicatorii de performanță

# O valoare dată unui parametru care nu este una potrivită (clap numește parametrul).
flag-not-a-reading = `{ $text }` nu este o valoare la o dată: scrieți VALOARE@DATĂ, de exemplu 12@2021-03 sau 41,5@2021-03-15
flag-not-a-number = `{ $text }` nu este un număr: scrieți cifre, cu virgulă sau punct înaintea zecimalelor, de exemplu 12, 41,5 sau 41.5
flag-number-too-large = `{ $text }` este un număr prea mare pentru plan
# Unde se află un indicator după `record`: $state (kpi-state-* din kpis.ftl)
# și $percent, progresul său, dacă are unul ($progress: `yes` sau `no`).
edit-kpi-now = { $progress ->
        [yes] { $state }, la { $percent }% din parcurs
       *[no] { $state }
    }
# $value: valoarea înregistrată, la data $date; $now: edit-kpi-now.
edit-recorded = { $dry_run ->
        [yes] s-ar înregistra
       *[no] s-a înregistrat
    } valoarea { $value } pentru { $kind } { $id } la { $date } în { $plan }: { $now }
# $old: valoarea înlocuită, dacă icc a putut-o citi ($old_read: `yes`).
edit-recorded-replaced = { $dry_run ->
        [yes] s-ar înlocui
       *[no] s-a înlocuit
    } { $old_read ->
        [yes] valoarea { $old }
       *[no] valoarea pe care icc nu a putut-o citi
    } cu { $value } pentru { $kind } { $id } la { $date } în { $plan }: { $now }
edit-already-recorded = { $kind } { $id } are deja valoarea { $value } la { $date } în { $plan }: { $now }
# Refuzuri (cod 1). $old: valoarea măsurată la $date, pe linia $line.
edit-measured = indicatorul `{ $id }` are deja o măsurătoare la { $date }: { $old } (linia { $line }); { edit-unchanged }
edit-measured-help = --replace o înlocuiește cu { $value }
edit-inline-kpis = icc nu editează { $plan }: indicatorii sunt scriși ca tabele inline (`kpi = [{"{"} … {"}"}]`), pe care icc le citește, dar nu le editează; scrieți fiecare indicator ca tabel `[[kpi]]` pentru a-l edita cu icc; { edit-unchanged }
edit-phase-removed-kpi = { $dry_run ->
        [yes] s-ar șterge
       *[no] s-a șters
    } cheia `phase` a indicatorului { $id } (linia { $line }): acesta nu mai numește nicio etapă
# Erori de folosire (cod 2).
edit-no-such-kpi = nu există niciun indicator `{ $id }` în { $plan }; { edit-unchanged }
edit-not-a-kpi = `{ $id }` este { $kind_a }, nu un indicator; { edit-unchanged }
edit-kpi-no-date = `{ $id }` este un indicator, care nu are o dată proprie de mutat: referința, ținta și fiecare măsurătoare au data lor; { edit-unchanged }
# $command: `icc record ID VALOARE --date DATA`.
edit-kpi-no-date-help = înregistrați o măsurătoare cu `{ $command }` sau modificați referința ori ținta în plan
