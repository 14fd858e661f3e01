# Română: constatările lui `icc check`, un mesaj un cod (id-ul este codul).
# Aceleași mesaje, atribute și variabile ca în locales/en/findings.ftl (un
# test, tests/catalogues.rs, le ține în pas); vezi acolo ce înseamnă fiecare.

## Citirea fișierului

invalid-utf8 = planul nu este UTF-8 valid: octetul { $byte } nu face parte dintr-un caracter UTF-8
    .label = { PLURAL($bytes) ->
        [one] 1 octet nevalid
        [few] { $bytes } octeți nevalizi
       *[other] { $bytes } de octeți nevalizi
    }
    .help = salvați fișierul în codificarea UTF-8 (majoritatea editoarelor oferă opțiunea, de obicei numită „Salvare cu codificare” sau „Save with encoding”)

syntax = TOML nevalid: { $detail }
    .duplicate-key = { $table }: `{ $key }` apare de două ori, prima dată la linia { $line }
    .duplicate-key-label = apare din nou
    .duplicate-key-help = păstrați doar una dintre cele două
    .first = prima apariție
    .duplicate-table = tabelul `[{ $name }]` apare de două ori
    .duplicate-table-label = apare din nou
    .duplicate-table-help = uniți-le într-un singur tabel `[{ $name }]`
    .known = TOML nevalid: { $problem }
    .known-expected = TOML nevalid: { $problem }; se aștepta { $expected }

# Problemele pe care le numește parserul TOML (src/load.rs, SYNTAX_PROBLEMS).
syntax-problem-invalid-basic-string = șir de caractere nevalid
syntax-problem-invalid-literal-string = șir literal nevalid
syntax-problem-invalid-multi-line-basic-string = șir de caractere pe mai multe rânduri nevalid
syntax-problem-invalid-multi-line-literal-string = șir literal pe mai multe rânduri nevalid
syntax-problem-invalid-string = șir de caractere nevalid
syntax-problem-unclosed-array = listă neînchisă
syntax-problem-unclosed-table = antet de tabel neînchis
syntax-problem-unclosed-array-table = antet de listă de tabele neînchis
syntax-problem-unclosed-inline-table = tabel pe un rând neînchis
syntax-problem-extra = `=` în plus
syntax-problem-string-values-must-be-quoted = un text se scrie între ghilimele
syntax-problem-unexpected-leading-zero = un număr nu începe cu zero
syntax-problem-invalid-boolean = valoare booleană nevalidă (`true` sau `false`)
syntax-problem-missing-escaped-value = secvență escape nevalidă după `\`
syntax-problem-missing-comma-between-array-elements = lipsește virgula dintre elementele listei
syntax-problem-missing-assignment-between-key-value-pairs = lipsește `=` dintre cheie și valoare
syntax-problem-missing-value = lipsește valoarea
syntax-problem-missing-value-for-key = lipsește valoarea cheii
syntax-problem-key-with-no-value = cheie fără valoare
syntax-problem-invalid-unquoted-key = cheie nevalidă fără ghilimele
syntax-problem-invalid-key = cheie nevalidă
syntax-problem-unquoted-keys-cannot-be-empty = o cheie fără ghilimele nu poate fi goală
syntax-problem-keys-cannot-be-multi-line-literal-strings = o cheie nu poate fi un șir literal pe mai multe rânduri
syntax-problem-keys-cannot-be-multi-line-basic-strings = o cheie nu poate fi un șir pe mai multe rânduri
syntax-problem-extra-comma-in-array = virgulă în plus în listă
syntax-problem-extra-comma-in-inline-table = virgulă în plus în tabelul pe un rând
syntax-problem-invalid-integer-number = număr întreg nevalid
syntax-problem-invalid-float = număr zecimal nevalid
syntax-problem-invalid-value = valoare nevalidă
syntax-problem-unexpected-content = conținut neașteptat
syntax-problem-unexpected-key-or-value = cheie sau valoare neașteptată
syntax-problem-cannot-recurse-further-max-recursion-depth-met = prea multe niveluri de liste sau tabele unele în altele
syntax-problem-carriage-return-must-be-followed-by-newline = un caracter „carriage return” trebuie urmat de un rând nou
syntax-problem-invalid-comment-character = caracter nevalid într-un comentariu
syntax-problem-may-only-go-between-digits = `_` poate sta doar între cifre
syntax-problem-invalid-table = tabel nevalid
syntax-problem-missing-table-open = lipsește `[` de la începutul antetului
syntax-problem-missing-inline-table-opening = lipsește `{"{"}` de la începutul tabelului
syntax-problem-missing-array-opening = lipsește `[` de la începutul listei
syntax-problem-missing-opening-quote = lipsesc ghilimelele de deschidere
syntax-problem-missing-key-for-inline-table-element = lipsește cheia unui element din tabel
syntax-problem-unexpected-in-array = `=` neașteptat într-o listă
syntax-problem-too-few-unicode-value-digits = prea puține cifre într-un cod Unicode
syntax-problem-redundant-numeric-sign = semn în plus înaintea numărului
syntax-problem-unexpected-sign = semn neașteptat
syntax-problem-integers-with-a-radix-cannot-be-signed = un număr întreg într-o altă bază nu poate avea semn
syntax-problem-radix-must-be-lowercase = prefixul bazei se scrie cu literă mică
syntax-problem-missing-comma-between-key-value-pairs = lipsește virgula dintre perechile cheie-valoare
syntax-problem-extra-assignment-between-key-value-pairs = `=` în plus între perechile cheie-valoare
syntax-problem-invalid-key-value-pair = pereche cheie-valoare nevalidă
syntax-problem-invalid-inline-table-element = element nevalid în tabelul pe un rând
syntax-problem-unexpected-content-between-comment-and-newline = conținut neașteptat între comentariu și sfârșitul rândului
syntax-problem-missing-comment-start = lipsește `#` de la începutul comentariului
syntax-problem-redundant-integer-number-prefix = prefix în plus înaintea numărului întreg
syntax-problem-invalid-mantissa = mantisă nevalidă
syntax-problem-invalid-fraction = parte zecimală nevalidă
syntax-problem-invalid-hexadecimal-number = număr hexazecimal nevalid
syntax-problem-invalid-octal-number = număr octal nevalid
syntax-problem-invalid-binary-number = număr binar nevalid
syntax-problem-invalid-exponent = exponent nevalid
syntax-problem-duplicate-key = cheie scrisă de două ori
syntax-problem-invalid-time = oră nevalidă
syntax-problem-invalid-date = dată nevalidă
syntax-problem-invalid-date-time = dată și oră nevalide
syntax-problem-invalid-time-offset = fus orar nevalid

unknown-key = { $table }: cheie necunoscută `{ $key }`
    .label = nu este un câmp cunoscut de icc
    .help = ați vrut să scrieți `{ $suggestion }`?
    .help-list = cheile cunoscute aici: { $known }

wrong-type = { $table }: `{ $key }` trebuie să fie { $expected }, dar este { $found }
    .label = se așteaptă { $expected }
    .help-table = scrieți-l ca tabel separat: `[{ $key }]`
    .help-tables = scrieți fiecare element ca tabel separat: `[[{ $key }]]`
    .help-written = scrieți `{ $key } = { $written }`

missing-field = { $table } nu are `{ $key }`
    .help = adăugați `{ $key } = { $example }`
    .project = planul nu are tabelul `[project]`
    .project-help =
        începeți planul cu:
        {"["}project]
        name = "…"

invalid-id = `{ $id }` nu este un id valid
    .label = un id conține litere mici ASCII, cifre și `-`
    .help = un id respectă modelul `[a-z0-9][a-z0-9-]*`, de exemplu `{ $suggestion }`

date-problem = { $problem ->
        [no-such-day] `{ $text }` nu există: { $month } are { $days } de zile
        [no-such-month] `{ $text }` are o lună în afara intervalului 01-12
        [time-of-day] `{ $text }` conține o oră; o dată din plan este o zi sau o lună
        [year-zero] `{ $text }` este în anul 0000, înaintea calendarului pe care îl scrie icc (anii de la 0001 la 9999)
       *[form] `{ $text }` nu este o dată într-un format pe care icc îl citește
    }
date-forms = scrieți o zi ca `AAAA-LL-ZZ` (de exemplu 2021-03-15) sau o lună ca `AAAA-LL` (de exemplu "2021-03")

invalid-date = { $table }: `{ $key }`: { date-problem }
    .help = { date-forms }
    .help-suggestion = scrieți `{ $key } = { $written }`
    .help-no-such-day = ultima zi din { $month } este `{ $last }`
    .help-no-such-month = o lună se scrie de la `01` la `12`; { date-forms }
    .help-year-zero = anii sunt de la 0001 la 9999
    .unquoted-month = { $table }: `{ $key }`: `{ $text }` este o lună, iar o lună se scrie între ghilimele
    .unquoted-month-help = scrieți `{ $key } = { $written }`; o dată fără ghilimele este o zi

invalid-value = { $table }: `{ $key } = "{ $value }"` nu este o valoare permisă
    .label = se așteaptă una dintre valorile { $allowed }
    .help = ați vrut să scrieți `{ $suggestion }`?
    .help-allowed = `{ $key }` ia una dintre valorile { $allowed }
    .empty = { $table }: câmpul `{ $key }` este gol
    .allow-error = { $table }: `{ $key }`: `{ $value }` este o eroare, iar o eroare nu poate fi acceptată
    .allow-error-label = o eroare
    .allow-error-help = corectați ce semnalează; `allow` primește avertismente și note, pe care un plan le poate păstra în mod intenționat
    .months = { $table }: `{ $key } = { $value }` nu este un număr de luni
    .months-label = trebuie să fie un număr întreg de la 1 la { $max }
    .months-help = o etapă durează cel puțin o lună și cel mult { PLURAL($max) ->
        [one] 1 lună
        [few] { $max } luni
       *[other] { $max } de luni
    }
    .empty-entry = { $table }: `{ $key }` are o intrare goală
    .empty-entry-label = goală
    .empty-entry-help = eliminați-o sau scrieți ce reprezintă
    .number = { $table }: `{ $key } = { $value }` nu este un număr pe care un indicator îl poate măsura
    .number-label = nu este un număr finit
    .number-help = scrieți un număr, de exemplu `12` sau `41.5`

duplicate-entry = { $table }: `{ $key }` conține `{ $value }` de mai multe ori
    .label = apare din nou
    .first = prima apariție
    .help = eliminați repetiția

## Rezolvarea id-urilor și a datelor

duplicate-id = id-ul `{ $id }` este folosit de { $first_kind } de la linia { $first_line } și de { $kind } de la linia { $line }
    .label = folosit din nou, de { $kind }
    .first = folosit prima dată aici, de { $first_kind }
    .help = un id este unic în tot planul, indiferent de tipul elementului; redenumiți unul dintre ele
    .same-line = id-ul `{ $id }` este folosit de { $first_kind } de la linia { $first_line }, coloana { $first_column }, și de { $kind } de la linia { $line }, coloana { $column }
    .same-line-label = folosit din nou, de { $kind }
    .same-line-help = un id este unic în tot planul, indiferent de tipul elementului; redenumiți unul dintre ele

unknown-reference = { $kind } `{ $id }` urmează după `{ $reference }`, care nu există în plan
    .label = niciun element nu are acest id
    .help = ați vrut să scrieți `{ $suggestion }`?
    .recurring = { $kind } `{ $id }` urmează după `{ $reference }`, care este o întâlnire periodică
    .recurring-label = o întâlnire periodică nu are o singură dată de încheiere
    .recurring-help = `after` primește o etapă, un reper sau un atelier
    .kpi = { $kind } `{ $id }` urmează după `{ $reference }`, care este un indicator
    .kpi-label = un indicator nu are un sfârșit propriu
    .kpi-help = `after` acceptă o etapă, un reper sau un atelier

self-reference = { $kind } `{ $id }` apare în propria listă `after`
    .label = se referă la elementul în care se află
    .help = eliminați-l din `after`

dependency-cycle = ciclu de dependențe: { $cycle }
    .label = `{ $from }` urmează după `{ $to }`
    .edge = `{ $edge_from }` urmează după `{ $edge_to }`
    .help = fiecare element din ciclu îl așteaptă pe următorul, așa că niciunul nu poate începe; eliminați o referință din `after`

date-out-of-range = etapa `{ $phase }` { $side ->
        [start] ar începe înainte de 0001-01-01
        [late-start] ar începe după 9999-12-31
       *[end] s-ar încheia după 9999-12-31
    }, în afara calendarului pe care îl scrie icc (anii de la 0001 la 9999)
    .label = { $side ->
        [end] sfârșitul ei
       *[other] începutul ei
    } este în afara calendarului
    .help = verificați `months` și etapele după care urmează (`after`)

phase-underdetermined = etapa `{ $phase }` nu are { $missing ->
        [start] dată de început
       *[end] dată de sfârșit
    }: intervalul ei nu poate fi stabilit
    .label = { $missing ->
        [start] începutul
       *[end] sfârșitul
    } acestei etape nu este cunoscut
    .help = precizați două dintre `start`, `end`, `months`, sau `after` împreună cu `months` sau `end`

unknown-phase = { $kind } `{ $id }` este în etapa `{ $phase }`, dar nu există nicio etapă `{ $phase }`
    .label = nu este o etapă a acestui plan
    .help = ați vrut să scrieți `{ $suggestion }`?
    .help-list = etapele: { $phases }
    .other-kind = { $kind } `{ $id }` este în etapa `{ $phase }`, dar `{ $phase }` nu este o etapă, ci { $actual_kind } cu acest id
    .other-kind-label = nu este o etapă a acestui plan
    .other-kind-help = ați vrut să scrieți `{ $suggestion }`?
    .other-kind-help-list = etapele: { $phases }

## Verificarea celor rezolvate

end-before-start = { $kind } `{ $id }` se încheie ({ $end }) înainte să înceapă ({ $start })
    .label = înainte de început
    .start = începe aici
    .help = inversați `start` și `end` sau corectați una dintre ele
    .series = { $kind } `{ $id }` se încheie ({ $end }) înainte să înceapă ({ $start })
    .series-label = înainte de `date`
    .series-help = inversați `date` și `end` sau corectați una dintre ele
    .after = { $kind } `{ $id }` se încheie ({ $end }) înainte să înceapă ({ $start }, a doua zi după { $predecessor_extent ->
        [day] {""}
       *[period] {"ce se încheie "}
    }{ $predecessor_kind } `{ $predecessor }`)
    .after-label = înainte de început
    .after-dependency = începe a doua zi după { $predecessor_extent ->
        [day] {""}
       *[period] {"ce se încheie "}
    }`{ $predecessor }`
    .after-help = mutați `end` la { $start } sau mai târziu, sau eliminați `{ $predecessor }` din `after`

months-mismatch = etapa `{ $phase }` are durata declarată de { PLURAL($stated) ->
        [one] 1 lună
        [few] { $stated } luni
       *[other] { $stated } de luni
    }, dar intervalul ei { $start } – { $end } cuprinde { months-mismatch-length }{ months-mismatch-counting }
    .label = durata declarată: { PLURAL($stated) ->
        [one] 1 lună
        [few] { $stated } luni
       *[other] { $stated } de luni
    }
    .start = intervalul începe aici
    .end = intervalul se încheie aici
    .help = { $counted_days ->
        [0] scrieți `months = { $counted }` sau modificați intervalul
       *[other] puneți de acord `months` cu intervalul
    }
# Spus doar unde contează: luni întregi, mai mult de una.
months-mismatch-counting = { $precision ->
        [month] { $counted_days ->
            [0] { $counted ->
                [0] {""}
                [1] {""}
               *[other] , numărând și luna de început, și luna de sfârșit
            }
           *[other] {""}
        }
       *[day] {""}
    }
months-mismatch-length = { $counted_days ->
        [0] { PLURAL($counted) ->
            [one] 1 lună
            [few] { $counted } luni
           *[other] { $counted } de luni
        }
       *[other] { $counted ->
            [0] {""}
           *[other] { PLURAL($counted) ->
                [one] 1 lună și{" "}
                [few] { $counted } luni și{" "}
               *[other] { $counted } de luni și{" "}
            }
        }{ PLURAL($counted_days) ->
            [one] 1 zi
            [few] { $counted_days } zile
           *[other] { $counted_days } de zile
        }
    }

dependency-subject = { $kind } `{ $id }` ({ $extent ->
        [day] la
       *[period] începe la
    } { $start }) urmează după { $predecessor_kind } `{ $predecessor }` ({ $predecessor_extent ->
        [day] la
       *[period] se încheie la
    } { $end })

dependency-order = { dependency-subject }, dar { $extent ->
        [day] are loc
       *[period] începe
    } { $predecessor_extent ->
        [day] înaintea predecesorului
       *[period] înainte ca predecesorul să se încheie
    }
    .label = înainte { $predecessor_extent ->
        [day] de `{ $predecessor }`
       *[period] ca `{ $predecessor }` să se încheie
    }
    .dependency = dependența
    .help = { $extent ->
        [day] mutați `{ $id }`
       *[period] mutați începutul lui `{ $id }`
    } după { $end }, sau eliminați `{ $predecessor }` din `after`

dependency-order-possible = { dependency-subject }: cu date cunoscute doar la nivel de lună, cele două se pot suprapune
    .label = aceeași lună
    .dependency = dependența
    .help = precizați ziua în date, dacă ordinea contează

after-gap = etapa `{ $id }` urmează după { $predecessor_kind } `{ $predecessor }`, dar între ele { after-gap-between } (`{ $predecessor }` { $predecessor_extent ->
        [day] are loc la
       *[period] se încheie la
    } { $end }, `{ $id }` începe la { $start })
    .label = între `{ $predecessor }` și acest început { after-gap-between }
    .dependency = dependența
    .help = eliminați `start`, ca etapa să înceapă a doua zi după { $predecessor_extent ->
        [day] {""}
       *[period] {"ce se încheie "}
    }`{ $predecessor }`, sau eliminați `{ $predecessor }` din `after`
after-gap-between = { $gap ->
        [one] este
       *[other] sunt
    } { $bound ->
        [at-least] {"cel puțin "}
       *[exact] {""}
    }{ after-gap-length }
after-gap-length = { $unit ->
        [months] { PLURAL($gap) ->
            [one] 1 lună
            [few] { $gap } luni
           *[other] { $gap } de luni
        }
       *[days] { PLURAL($gap) ->
            [one] 1 zi
            [few] { $gap } zile
           *[other] { $gap } de zile
        }
    }

outside-phase = { $kind } `{ $id }` ({ $date }) este în etapa `{ $phase }`, al cărei interval este { $window_start } – { $window_end }: se află în afara lui
    .label = în afara etapei
    .help = corectați data sau câmpul `phase`
    .series = { $kind } `{ $id }` ({ $date } – { $end }) este în etapa `{ $phase }`, al cărei interval este { $window_start } – { $window_end }: se află în afara lui
    .series-label = în afara etapei
    .series-help = corectați datele sau câmpul `phase`
    .help-phase = data sa se află în intervalul etapei `{ $in_phase }`: scrieți `phase = "{ $in_phase }"` sau corectați data
    .series-help-phase = datele sale se află în intervalul etapei `{ $in_phase }`: scrieți `phase = "{ $in_phase }"` sau corectați datele
    .help-phases = data sa se află în intervalele etapelor { $in_phases }: scrieți `phase` cu una dintre ele sau corectați data
    .series-help-phases = datele sale se află în intervalele etapelor { $in_phases }: scrieți `phase` cu una dintre ele sau corectați datele
    .help-none = data sa nu se află în intervalul niciunei etape: corectați data
    .series-help-none = datele sale nu se află în intervalul niciunei etape: corectați datele
    .help-across-phase = o parte din { $date } se află în intervalul etapei `{ $in_phase }`: precizați o zi din acest interval și scrieți `phase = "{ $in_phase }"`, sau corectați data
    .series-help-across-phase = datele sale se suprapun cu intervalul etapei `{ $in_phase }` fără a fi cuprinse în el: păstrați-le în acest interval și scrieți `phase = "{ $in_phase }"`, sau corectați datele
    .help-across = o parte din { $date } se află în intervalele etapelor { $in_phases }: precizați o zi din unul dintre ele și scrieți `phase` cu etapa respectivă, sau corectați data
    .series-help-across = datele sale se suprapun cu intervalele etapelor { $in_phases } fără a fi cuprinse în vreunul: păstrați-le într-unul dintre ele și scrieți `phase` cu etapa respectivă, sau corectați datele
    .series-help-past-phase = începe în `{ $phase }`, dar se încheie după aceasta: stabiliți sfârșitul cel târziu la { $window_end } sau prelungiți `{ $phase }`
    .series-help-past-end = se încheie după încheierea programului ({ $programme_end }): stabiliți sfârșitul cel târziu la { $window_end } sau prelungiți `{ $phase }`
    .series-help-before-phase = se încheie în `{ $phase }`, dar începe înaintea acesteia: stabiliți începutul la { $window_start } sau mai târziu, sau mutați mai devreme începutul etapei `{ $phase }`
    .series-help-before-start = începe înainte de începerea programului ({ $programme_start }): stabiliți începutul la { $window_start } sau mai târziu, sau mutați mai devreme începutul etapei `{ $phase }`
    .series-help-around = datele sale depășesc ambele capete ale etapei `{ $phase }`: păstrați-le în intervalul ei sau corectați-le
    .after-end = { $kind } `{ $id }` ({ $date }) este în etapa `{ $phase }`, al cărei interval este { $window_start } – { $window_end }: cade după încheierea programului ({ $programme_end })
    .after-end-label = după încheierea programului
    .after-end-help = corectați data; nu o cuprinde intervalul niciunei etape
    .series-after-end = { $kind } `{ $id }` ({ $date } – { $end }) este în etapa `{ $phase }`, al cărei interval este { $window_start } – { $window_end }: cade după încheierea programului ({ $programme_end })
    .series-after-end-label = după încheierea programului
    .series-after-end-help = corectați datele; nu le cuprinde intervalul niciunei etape
    .before-start = { $kind } `{ $id }` ({ $date }) este în etapa `{ $phase }`, al cărei interval este { $window_start } – { $window_end }: cade înainte de începerea programului ({ $programme_start })
    .before-start-label = înainte de începerea programului
    .before-start-help = corectați data; nu o cuprinde intervalul niciunei etape
    .series-before-start = { $kind } `{ $id }` ({ $date } – { $end }) este în etapa `{ $phase }`, al cărei interval este { $window_start } – { $window_end }: cade înainte de începerea programului ({ $programme_start })
    .series-before-start-label = înainte de începerea programului
    .series-before-start-help = corectați datele; nu le cuprinde intervalul niciunei etape

outside-phase-possible = { $kind } `{ $id }` ({ $date }) este în etapa `{ $phase }`, al cărei interval este { $window_start } – { $window_end }: în funcție de zi, se poate afla în afara lui
    .label = parțial în afara etapei
    .help = precizați ziua pentru a lămuri situația
    .series = { $kind } `{ $id }` ({ $date } – { $end }) este în etapa `{ $phase }`, al cărei interval este { $window_start } – { $window_end }: în funcție de zile, se poate afla în afara lui
    .series-label = parțial în afara etapei
    .series-help = precizați zilele pentru a lămuri situația

phase-inferred = { $kind } `{ $id }` nu are `phase`; după dată, aparține etapei `{ $phase }`
    .label = în intervalul etapei `{ $phase }`
    .help = adăugați `phase = "{ $phase }"` pentru a preciza acest lucru

no-phase = { $kind } `{ $id }` nu are `phase`, iar data sa { $date } nu se află în intervalul niciunei etape
    .label = în afara oricărei etape
    .help = adăugați `phase = "…"` sau mutați data în intervalul unei etape
    .after-end = { $kind } `{ $id }` nu are `phase`, iar data sa { $date } este după încheierea programului ({ $programme_end })
    .after-end-label = după încheierea programului
    .after-end-help = corectați data sau adăugați o etapă care să o cuprindă
    .before-start = { $kind } `{ $id }` nu are `phase`, iar data sa { $date } este înainte de începerea programului ({ $programme_start })
    .before-start-label = înainte de începerea programului
    .before-start-help = corectați data sau adăugați o etapă care să o cuprindă
    .across = { $kind } `{ $id }` nu are `phase`, iar intervalul niciunei etape nu cuprinde în întregime { $date }: se suprapune cu { $phases }
    .across-label = nu se află în interiorul unei singure etape
    .across-help = adăugați `phase = "…"`; o dată cu zi lămurește dacă se află în interiorul etapei
    .across-series = { $kind } `{ $id }` nu are `phase`, iar intervalul niciunei etape nu cuprinde în întregime { $date } – { $end }: se suprapune cu { $phases }
    .across-series-label = nu se află în interiorul unei singure etape
    .across-series-help = adăugați `phase = "…"` și păstrați datele în intervalul acelei etape
    .several = { $kind } `{ $id }` nu are `phase`, iar data sa { $date } se află în intervalele etapelor { $phases }
    .several-label = în mai multe etape
    .several-help = adăugați `phase = "…"` pentru a preciza care dintre ele

invalid-interval = { $table }: `{ $key } = { $value }` nu este un număr de luni
    .label = trebuie să fie un număr întreg de la 1 la { $max }
    .help = o întâlnire se repetă cel mult o dată pe lună (`every_months = 1`) și cel puțin o dată la { PLURAL($max) ->
        [one] 1 lună
        [few] { $max } luni
       *[other] { $max } de luni
    }

too-many-occurrences = întâlnirea periodică `{ $id }` ar avea { PLURAL($count) ->
        [one] 1 ședință
        [few] { $count } ședințe
       *[other] { $count } de ședințe
    } în etapa sa; icc le păstrează pe primele { $kept }
    .label = { PLURAL($count) ->
        [one] 1 ședință
        [few] { $count } ședințe
       *[other] { $count } de ședințe
    }
    .help = verificați `every_months` și intervalul etapei
    .all = întâlnirile periodice ale planului ar depăși în total { PLURAL($kept) ->
        [one] 1 ședință
        [few] { $kept } ședințe
       *[other] { $kept } de ședințe
    }: icc le păstrează pe primele { $kept }, până la `{ $id }` din { $date }
    .all-label = peste { PLURAL($kept) ->
        [one] 1 ședință
        [few] { $kept } ședințe
       *[other] { $kept } de ședințe
    } în total
    .all-help = verificați `every_months` și intervalele etapelor

recurring-outside-phase = întâlnirea periodică `{ $id }` nu are nicio dată în etapa `{ $phase }` ({ $window_start } – { $window_end }): `first = { $first }` este în afara ei
    .label = în afara etapei
    .help = ședințele rămân în intervalul etapei lor; alegeți pentru `first` o dată din acest interval sau micșorați `every_months`
    .before = întâlnirea periodică `{ $id }` începe înaintea etapei sale: `first = { $first }` este înainte de începutul etapei `{ $phase }` ({ $window_start } – { $window_end })
    .before-label = înainte de începutul etapei
    .before-help = alegeți pentru `first` o dată din intervalul etapei; ședințele dinaintea etapei sunt omise
    .by-default = întâlnirea periodică `{ $id }` nu are nicio dată în etapa `{ $phase }` ({ $window_start } – { $window_end }): prima ședință, la un interval după început, ar fi la { $first }
    .by-default-label = în afara etapei
    .by-default-help = ședințele rămân în intervalul etapei lor; alegeți pentru `first` o dată din acest interval sau micșorați `every_months`

overdue = { $kind } `{ $id }` ({ $date }) este în trecut (azi: { $today }), dar are încă starea `planned`
    .label = în trecut, dar încă în starea `planned`
    .help = scrieți `status = "done"`, sau `"cancelled"` dacă nu a avut loc

done-in-future = { $kind } `{ $id }` ({ $date }) are starea `done` la { $today }, înainte de data sa
    .label = starea `done` înainte de data sa
    .help = scrieți `status = "planned"` până când are loc, sau corectați data

same-day = { $kind } `{ $id }` este în aceeași zi cu `{ $other }` ({ $date })
    .label = aceeași zi cu `{ $other }`
    .first = aceeași zi cu `{ $id }`

## Constatări acceptate

unused-allow = { $table }: `allow` acceptă `{ $allowed }`, dar niciun element pe care îl acoperă nu are această constatare
    .label = nu acceptă nimic
    .help = eliminați `"{ $allowed }"` din `allow`

## Indicatori de performanță (KPI)

target-before-baseline = indicatorul `{ $id }`: ținta ({ $target }) nu este după valoarea de referință ({ $baseline })
    .label = datată înainte de referință sau în aceeași zi
    .baseline = data valorii de referință
    .help = ținta vine după valoarea de referință: inversați datele sau corectați anul
target-before-baseline-possible = indicatorul `{ $id }`: ținta ({ $target }) s-ar putea să nu fie după valoarea de referință ({ $baseline })
    .label = poate fi înainte de referință sau în aceeași zi
    .baseline = data valorii de referință
    .help = scrieți ambele date ca zile (`2021-03-15`) dacă ordinea lor contează
target-equals-baseline = indicatorul `{ $id }`: ținta { $target } este chiar valoarea de referință
    .label = valoarea de referință
    .baseline = valoarea de referință
    .help = scrieți valoarea care trebuie atinsă
target-against-direction = indicatorul `{ $id }` ar trebui să { $direction ->
        [decrease] scadă
       *[increase] crească
    }, dar ținta { $target } este { $direction ->
        [decrease] peste
       *[increase] sub
    } valoarea de referință { $baseline }
    .label = { $direction ->
        [decrease] peste
       *[increase] sub
    } valoarea de referință
    .baseline = valoarea de referință
    .help = { $direction ->
        [decrease] scrieți `direction = "increase"` dacă o valoare mai mare este mai bună, sau corectați ținta
       *[increase] scrieți `direction = "decrease"` dacă o valoare mai mică este mai bună (un timp de așteptare, un cost), sau corectați ținta
    }
measurement-in-future = indicatorul `{ $id }`: o măsurătoare are data { $date }, după { $today }
    .label = încă nemăsurat la { $today }
    .help = corectați data; până atunci măsurătoarea nu contează
measurement-before-baseline = indicatorul `{ $id }`: o măsurătoare are data { $date }, înainte de valoarea de referință ({ $baseline })
    .label = înainte de valoarea de referință
    .baseline = data valorii de referință
    .help = corectați data sau mutați valoarea de referință mai devreme, dacă atunci a fost măsurată
duplicate-measurement = indicatorul `{ $id }` are două măsurători cu data { $date }
    .label = măsurat din nou
    .first = prima măsurătoare cu această dată
    .help = păstrați una dintre ele (`icc record --replace` înlocuiește o valoare)
    .overlap = indicatorul `{ $id }` are două măsurători ale căror date se suprapun: { $date } și { $other }
    .overlap-label = se suprapune cu cealaltă
    .overlap-first = cealaltă măsurătoare
    .overlap-help = păstrați una dintre ele sau datați-le pe amândouă cu zile: care este ultima ar depinde de ordinea lor
percent-out-of-range = indicatorul `{ $id }`: { $value } nu este un procent între 0 și 100
    .label = în afara intervalului 0–100
    .help = corectați valoarea sau `unit`, dacă nu este un procent
target-outside-programme = indicatorul `{ $id }`: ținta ({ $target }) este după încheierea programului ({ $bound })
    .label = după program
    .help = mutați ținta în perioada programului sau prelungiți ultima etapă
    .before = indicatorul `{ $id }`: ținta ({ $target }) este înainte de începutul programului ({ $bound })
    .before-label = înainte de program
    .before-help = mutați ținta în perioada programului
not-measured = indicatorul `{ $id }` nu are nicio măsurătoare, iar etapa `{ $phase }` s-a încheiat ({ $since })
    .label = nemăsurat
    .help = înregistrați ce s-a măsurat: `icc record { $id } VALOARE --date AAAA-LL-ZZ`
    .target = indicatorul `{ $id }` nu are nicio măsurătoare, iar data țintei ({ $since }) a trecut
    .target-label = nemăsurat
    .target-help = înregistrați ce s-a măsurat: `icc record { $id } VALOARE --date AAAA-LL-ZZ`
