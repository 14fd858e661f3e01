# Română: `icc --help`, ajutorul fiecărei comenzi și pagina de manual: un mesaj o comandă (`help-COMANDĂ`) și o opțiune (`help-COMANDĂ-OPȚIUNE`, `help-OPȚIUNE` pentru cele globale și pentru cele comune mai multor comenzi), și titlurile și erorile lui clap.
# Aceleași mesaje și variabile ca în locales/en/help.ftl. Un text de ajutor poate fi scris pe mai multe rânduri: ele se unesc cu un spațiu, iar un rând care conține doar {""} începe un paragraf nou. O eroare stă pe un singur rând.

## Programul și opțiunile lui globale

help-about = Planul unui program, sub formă de cod: verifică, afișează și modifică etapele, reperele și atelierele programului unui oraș
help-plan = Fișierul planului sau un dosar care conține un `plan.toml`; `-` citește de la intrarea
    standard. Implicit: cel mai apropiat `plan.toml` din acest dosar sau de deasupra lui. [variabilă: ICC_PLAN]
help-today = Ziua pentru care se calculează, AAAA-LL-ZZ. Implicit: data locală. [variabilă: ICC_TODAY]
help-width = Lățimea tabelelor și a graficelor, în coloane. Implicit: cea a terminalului; în afara
    unui terminal, COLUMNS, dacă este o lățime între 20 și 1000, altfel 100
help-lang = Limba mesajelor, a tabelelor și a ajutorului, și a documentelor scrise de icc: `en` sau
    `ro` (o etichetă ca `ro-RO` sau `ro_RO.UTF-8` este potrivită cu cea mai apropiată; celelalte
    sunt engleză). Implicit: cea a sistemului (LC_ALL, LC_MESSAGES, LANG); pentru documente,
    `project.language` din plan. [variabilă: ICC_LANG]
help-color = Când se colorează ieșirea: `auto` colorează un terminal, dacă NO_COLOR nu este setată

## Opțiuni comune mai multor comenzi

help-format = Cum se afișează vederea
help-format-human = Tabele pentru oameni
help-format-json = JSON pentru scripturi
help-sort = Ordinea listei
help-sort-date = După dată, apoi după data de sfârșit
help-sort-title = După titlu, fără a ține seama de majuscule și diacritice; apoi după dată
help-sort-phase = După etapă, în ordinea în care încep etapele; după dată în cadrul unei etape
help-sort-file = În ordinea din fișier
help-sort-id = După id
help-output = Scrie în FIȘIER în loc de ieșirea standard (`-`: ieșirea standard). Fișierul este
    înlocuit în întregime sau deloc: scris alături, apoi redenumit
help-dry-run = Afișează modificarea ca diff unificat; nu scrie nimic
help-break-links = Modifică oricum un plan care are și alte nume (legături fizice): celelalte nume
    păstrează textul vechi
help-audience = Cine participă; se repetă pentru mai mulți
help-led-by = Cine conduce; se repetă pentru mai mulți
help-mode = Cum se desfășoară
help-objective = Care este scopul

## Comenzile

help-check = Verifică dacă planul este coerent; afișează constatările
help-check-strict = Eșuează (cod 1) și la avertismente, nu doar la erori
help-check-format = Cum se afișează constatările
help-check-format-human = Ca rustc: rândul din sursă, un marcaj și ajutor
help-check-format-json = Un singur obiect JSON, cu numărători și toate constatările
help-check-format-github = Comenzi de flux de lucru GitHub Actions, câte una pentru fiecare constatare

help-status = Unde se află programul astăzi: etape, progres, evenimente din jurul zilei de azi
help-status-baseline = Arată cât s-a mutat sfârșitul fiecărei etape față de BAZĂ: un fișier sau o revizie git

help-phases = Toate etapele, cu intervalul, durata, starea și progresul fiecăreia
help-phases-baseline = Arată cât s-a mutat sfârșitul fiecărei etape față de BAZĂ: un fișier sau o revizie git

help-workshops = Toate atelierele, în ordinea datei: cum se desfășoară, pentru cine, cine le conduce
help-workshops-phase = Doar atelierele acestei etape (declarată sau dedusă din dată)
help-workshops-upcoming = Doar atelierele care nu s-au încheiat (în desfășurare sau viitoare)
help-workshops-past = Doar atelierele încheiate
help-workshops-status = Doar atelierele cu această stare
help-workshops-mode = Doar atelierele desfășurate astfel
help-workshops-audience = Doar atelierele cu o intrare în `audience` care conține TEXT, fără a ține
    seama de majuscule și diacritice (`primariei` găsește „Reprezentanți ai Primăriei”)
help-workshops-led-by = Doar atelierele cu o intrare în `led_by` care conține TEXT, fără a ține
    seama de majuscule și diacritice (`tematic` găsește „Expert Tematic”)

help-milestones = Toate reperele, în ordinea datei: etapa, starea și zilele rămase până la fiecare
help-milestones-phase = Doar reperele acestei etape (declarată sau dedusă din dată)
help-milestones-upcoming = Doar reperele care nu au trecut (din luna curentă sau viitoare)
help-milestones-past = Doar reperele a căror dată a trecut
help-milestones-status = Doar reperele cu această stare

help-agenda = Evenimentele, începuturile și sfârșiturile de etape care urmează, în ordinea datei, cu zilele rămase până la fiecare
help-agenda-long =
    Evenimentele, începuturile și sfârșiturile de etape care urmează, în ordinea datei, cu zilele
    rămase până la fiecare.
    {""}
    Fiecare atelier, reper și întâlnire, precum și începutul și sfârșitul fiecărei etape, de la
    --today înainte, inclusiv evenimentele în desfășurare, fără limită, dacă --next sau --to nu
    dau una. O dată cu precizie de lună acoperă toată luna și se numără ca în toate vederile:
    zilele până la prima ei zi cât timp urmează, 0 cât timp durează. Evenimentele anulate sunt
    listate ca anulate. Dacă intervalul nu conține nimic, se spune acest lucru și se arată
    următoarea intrare de după el.
    {""}
    --format json afișează {"{"}"today", "from", "to", "entries"{"}"}: `from` și `to` sunt prima
    și ultima zi a intervalului (`to` este null fără limită); fiecare intrare are `date` și `end`
    (cum le declară planul, `end` este null, cu excepția unei serii), `kind` (workshop,
    milestone, meeting, phase), `boundary` (start sau end pentru o etapă, altfel null), `id`,
    `title`, `phase` (etapa evenimentului; pentru o etapă, propriul id), `status` (planned,
    done, cancelled; null pentru întâlniri și etape), `overdue`, `when` (past, now, upcoming)
    și `days_until` (ca în `icc status`).
help-agenda-next = Doar ce cade în următorul INTERVAL de la azi, inclusiv azi: `30d` zile, `2w`
    săptămâni, `3m` luni calendaristice (`1m` din 2021-11-28 se încheie pe 2021-12-27)
help-agenda-from = De la această zi sau de la prima zi a acestei luni. Implicit: azi
help-agenda-to = Până la această zi sau până la ultima zi a acestei luni. Implicit: fără limită
help-agenda-kind = Doar intrările de aceste tipuri, separate prin virgule: `--kind workshop,milestone`
help-agenda-kind-workshop = Atelierele (o serie, de la prima la ultima ei zi)
help-agenda-kind-milestone = Reperele
help-agenda-kind-meeting = Fiecare apariție a unei întâlniri periodice
help-agenda-kind-phase = Începutul și sfârșitul fiecărei etape, câte o intrare pentru fiecare

help-kpis = Fiecare indicator de performanță: referința, ultima valoare, ținta, progresul și starea
help-kpis-format = Cum se arată indicatorii
help-kpis-format-human = Un tabel pentru oameni
help-kpis-format-json = JSON pentru scripturi
help-kpis-format-svg = O imagine SVG de sine stătătoare: câte un grafic mic pentru fiecare indicator

help-timeline = Programul ca diagramă Gantt: pentru terminal, ca SVG sau ca Mermaid
help-timeline-format = Ce se desenează
help-timeline-format-human = O diagramă pentru terminal
help-timeline-format-svg = O imagine SVG de sine stătătoare
help-timeline-format-mermaid = Un bloc Mermaid `gantt`, pentru Markdown
help-timeline-from = Afișează de la această dată (AAAA-LL sau AAAA-LL-ZZ). Implicit: prima lună a planului
help-timeline-to = Afișează până la această dată (AAAA-LL sau AAAA-LL-ZZ). Implicit: ultima lună a planului
help-timeline-baseline = Desenează sub fiecare etapă perioada ei în BAZĂ: un fișier sau o revizie git (HEAD~1)

help-add-workshop = Adaugă un atelier în fișierul planului
help-add-workshop-id = Id-ul atelierului. Implicit: format din titlu
    (`Atelier „Date”` → `atelier-date`)
help-add-workshop-title = Titlul, în limba planului
help-add-workshop-date = Ziua (AAAA-LL-ZZ) sau luna (AAAA-LL)
help-add-workshop-end = Ultima zi a unei serii
help-add-workshop-phase = Etapa din care face parte. Implicit: etapa al cărei interval cuprinde data
help-add-workshop-activity = Activitatea pe care o servește
help-add-workshop-status = Starea lui. Implicit: planned
help-add-workshop-after = Un id după care urmează (sfârșit–început); se repetă pentru mai multe

help-add-phase = Adaugă o etapă în fișierul planului
help-add-phase-id = Id-ul etapei
help-add-phase-name = Numele ei, în limba planului
help-add-phase-start = Prima ei lună sau zi
help-add-phase-end = Ultima ei lună sau zi
help-add-phase-months = Durata ei, în luni calendaristice
help-add-phase-after = Un id după care urmează: începe a doua zi după ce acela se încheie; se repetă
    pentru mai multe
help-add-phase-summary = O propoziție despre scopul etapei
help-add-phase-activity = Una dintre activitățile ei principale; se repetă pentru mai multe

help-add-milestone = Adaugă un reper în fișierul planului
help-add-milestone-id = Id-ul reperului. Implicit: format din nume
help-add-milestone-name = Numele lui, în limba planului
help-add-milestone-date = Ziua (AAAA-LL-ZZ) sau luna (AAAA-LL)
help-add-milestone-phase = Etapa din care face parte
help-add-milestone-after = Un id după care urmează; se repetă pentru mai multe

help-add-recurring = Adaugă o întâlnire periodică în fișierul planului
help-add-recurring-id = Id-ul întâlnirii. Implicit: format din titlu
help-add-recurring-title = Titlul ei, în limba planului
help-add-recurring-phase = Etapa în care se repetă: întâlnirile rămân în intervalul etapei
help-add-recurring-review = Întâlnirile sale sunt sesiunile de revizuire ale programului (`review = true`): `icc report` numără perioada de la cea precedentă
help-add-recurring-every-months = Intervalul dintre întâlniri, în luni calendaristice
help-add-recurring-first = Prima întâlnire (AAAA-LL-ZZ sau AAAA-LL). Implicit: începutul etapei
    plus --every-months

help-add-kpi = Adaugă un indicator de performanță în fișierul planului
help-add-kpi-id = Id-ul indicatorului
help-add-kpi-name = Ce măsoară, în limba planului
help-add-kpi-unit = Ce numără valorile sale (`%`, `seturi de date`, `zile`); `%` le limitează la 0..100
help-add-kpi-baseline = De unde pornește: VALOARE@DATĂ, de exemplu 12@2021-03 (se citește și virgula zecimală: 41,5)
help-add-kpi-target = Ce trebuie să atingă și până când: VALOARE@DATĂ, de exemplu 60@2022-07
help-add-kpi-phase = Etapa care îl realizează
help-add-kpi-direction = Dacă se îmbunătățește când crește (implicit) sau când scade
help-add-kpi-direction-increase = Mai mare este mai bine
help-add-kpi-direction-decrease = Mai mic este mai bine (un timp de așteptare)

help-record = Înregistrează o măsurătoare a unui indicator și spune unde se află acum
help-record-kpi = Id-ul indicatorului
help-record-value = Valoarea măsurată, în unitatea indicatorului (41,5 sau 41.5)
help-record-date = Ziua (AAAA-LL-ZZ) sau luna (AAAA-LL) măsurătorii. Implicit: --today
help-record-replace = Înlocuiește valoarea măsurată la acea dată, dacă există (fără acest parametru, o astfel de măsurătoare este refuzată)
help-value-reading = VALOARE@DATĂ
help-value-unit = UNITATE
help-value-value = VALOARE
help-value-kpi = INDICATOR
help-value-direction = SENS

help-set-status = Stabilește starea atelierelor și a reperelor: planned, done sau cancelled
help-set-status-ids = Id-urile atelierelor și ale reperelor, unul sau mai multe
help-set-status-status = Noua lor stare

help-move = Mută datele unui element; cu --cascade, și ale celor care depind de ele
help-move-id = Id-ul elementului de mutat
help-move-date = Noua dată a unui atelier sau a unui reper (AAAA-LL-ZZ sau AAAA-LL)
help-move-end = Noua ultimă zi a unei serii de ateliere sau noul sfârșit al unei etape
help-move-start = Noul început al unei etape
help-move-months = Noua durată a unei etape, în luni calendaristice
help-move-first = Noua primă întâlnire a unei întâlniri periodice
help-move-by = Decalează fiecare dată declarată de element: 2m (luni calendaristice), -10d (zile),
    3w (săptămâni)
help-move-cascade = Decalează și elementele care își declară datele și ar deveni greșite (ar începe
    înainte de sfârșitul elementului pe care îl urmează, ar ieși din etapa lor), fiecare cu atât cu
    cât s-a mutat elementul de care depinde

help-remove = Elimină un element; cu --cascade, și ceea ce face trimitere la el
help-remove-id = Id-ul elementului de eliminat
help-remove-cascade = Elimină și ceea ce face trimitere la el: intrările din `after`, cheile `phase`
    (etapa se deduce atunci din dată), întâlnirile periodice din acea etapă

help-rename = Dă unui element un id nou, împreună cu toate trimiterile la el
help-rename-old = Id-ul elementului
help-rename-new = Noul lui id: litere mici, cifre și `-`, nefolosit în plan

help-diff = Ce s-a schimbat în calendar față de BAZĂ: un fișier sau o revizie git
help-diff-base = Un fișier de plan sau o revizie git a depozitului planului (HEAD~1, o etichetă, o ramură). Implicit: HEAD, ultimul commit
help-diff-format = Cum se arată schimbările
help-diff-format-human = Pentru oameni, colorat ca `git diff --stat`
help-diff-format-markdown = Un tabel Markdown, pentru un pull request sau $GITHUB_STEP_SUMMARY
help-diff-format-json = JSON pentru scripturi
help-diff-exit-code = Iese cu 1 când există schimbări și cu 0 când nu există
help-report = Raportul de progres pentru o sesiune de revizuire, în limba planului
help-report-at = Ziua în care se face raportul (AAAA-LL-ZZ). Implicit: azi
help-report-since = Perioada începe în această zi (AAAA-LL-ZZ) sau în ziua commitului acestei revizii git, și arată cum s-a mișcat calendarul de atunci; un fișier de plan arată schimbările și păstrează perioada. Implicit: sesiunea de revizuire precedentă
help-report-format = Ce se scrie
help-report-format-markdown = Markdown în stilul GitHub
help-report-format-html = O singură pagină HTML de sine stătătoare, care se tipărește pe A4
help-export = Planul rezolvat, pentru alte instrumente: JSON, CSV sau un fișier iCalendar
help-export-format = Ce se scrie
help-export-format-json = Planul rezolvat: toate datele, duratele calculate, starea, aparițiile
help-export-format-csv = Un tabel pentru foi de calcul (RFC 4180, UTF-8)
help-export-format-ics = Un fișier iCalendar (RFC 5545) cu toate evenimentele și țintele
    indicatorilor, pentru calendare
help-export-what = Cu `--format csv`: câte un rând pentru fiecare eveniment (implicit), etapă,
    indicator sau măsurătoare
help-export-what-events = Atelierele, reperele și întâlnirile periodice, în ordinea datei
help-export-what-phases = Etapele
help-export-what-kpis = Indicatorii la data `--today`: valoarea de referință, ținta și ultima
    valoare, cu datele lor, progresul, starea
help-export-what-measurements = Măsurătorile fiecărui indicator: id-ul lui, data, valoarea
help-export-no-bom = Cu `--format csv`: omite marcajul de ordine a octeților (BOM), care le arată
    foilor de calcul (Excel) că fișierul este UTF-8

help-init = Scrie un plan.toml de pornire (șablonul ICC în patru etape) în acest dosar
help-init-city = Orașul care derulează programul
help-init-start = Luna în care începe programul (AAAA-LL) sau prima lui zi (AAAA-LL-ZZ).
    Implicit: luna aceasta
help-init-force = Suprascrie un fișier de plan existent

help-schema = Afișează schema JSON a fișierului planului, pentru editoare

help-completions = Afișează completările pentru shell: `icc completions bash > /etc/bash_completion.d/icc`
help-completions-shell = Shell-ul pentru care se completează

help-man = Afișează pagina de manual (roff): `icc man -o icc.1`

## Numele valorilor pe care le primesc opțiunile, cum le arată utilizarea și ajutorul (`--plan <CALE>`); un nume scris la fel în orice limbă (FORMAT, ID, N, SHELL, TEXT) nu are mesaj.

help-value-activity = ACTIVITATE
help-value-audience = PUBLIC
help-value-city = ORAȘ
help-value-base = BAZĂ
help-value-date = DATĂ
help-value-date-or-rev = DATĂ|REVIZIE
help-value-end = SFÂRȘIT
help-value-file = FIȘIER
help-value-first = PRIMA
help-value-kind = TIP
help-value-lang = LIMBĂ
help-value-led-by = CONDUCĂTOR
help-value-mode = MOD
help-value-months = LUNI
help-value-name = NUME
help-value-new = NOU
help-value-objective = OBIECTIV
help-value-old = VECHI
help-value-path = CALE
help-value-shift = DECALAJ
help-value-sort = ORDINE
help-value-span = INTERVAL
help-value-start = ÎNCEPUT
help-value-status = STARE
help-value-summary = REZUMAT
help-value-title = TITLU
help-value-what = RÂNDURI
help-value-when = CÂND

## Ce adaugă clap fiecărei comenzi: `--help`, `--version`, `icc help`

help-flag-help = Afișează ajutorul
help-flag-help-more = Afișează ajutorul (mai multe cu „--help”)
help-flag-help-summary = Afișează ajutorul (un rezumat cu „-h”)
help-flag-version = Afișează versiunea
help-help = Afișează acest mesaj sau ajutorul comenzilor date
help-help-subcommand = Afișează ajutorul comenzilor date

## Cuvintele ajutorului din jurul textelor de mai sus

help-usage = Utilizare
# În rândul de utilizare: `icc status [OPȚIUNI]`, `icc [OPȚIUNI] <COMANDĂ>`.
help-usage-options = OPȚIUNI
help-usage-command = COMANDĂ
help-heading-commands = Comenzi
help-heading-options = Opțiuni
help-heading-arguments = Argumente
help-heading-global = Opțiuni globale
help-possible-values = Valori posibile
help-default = [implicit: { $value }]
help-possible-values-inline = [valori posibile: { $values }]

## Erorile lui clap, cum le spune `icc` (după `eroare: `)

# Un nume citat într-un mesaj și în listele de nume.
help-quoted = „{ $text }”
help-error-unexpected-argument = argument neașteptat: „{ $arg }”
help-error-unrecognized-subcommand = comandă necunoscută: „{ $subcommand }”
help-error-value-required = „{ $arg }” cere o valoare, dar nu a primit niciuna
help-error-invalid-value = valoare nevalidă „{ $value }” pentru „{ $arg }”
help-error-invalid-value-because = valoare nevalidă „{ $value }” pentru „{ $arg }”: { $reason }
help-error-required = lipsesc următoarele argumente obligatorii:
help-error-used-twice = argumentul „{ $arg }” nu poate fi folosit de mai multe ori
help-error-conflict = argumentul „{ $arg }” nu poate fi folosit împreună cu „{ $other }”
help-error-conflict-list = argumentul „{ $arg }” nu poate fi folosit împreună cu:
help-error-conflict-others = argumentul „{ $arg }” nu poate fi folosit împreună cu unul sau mai multe dintre celelalte argumente date
help-error-subcommand-conflict = comanda „{ $subcommand }” nu poate fi folosită împreună cu „{ $other }”
help-error-subcommand-conflict-list = comanda „{ $subcommand }” nu poate fi folosită împreună cu:
help-error-subcommand-conflict-others = comanda „{ $subcommand }” nu poate fi folosită împreună cu unul sau mai multe dintre celelalte argumente date
help-error-missing-subcommand = „{ $command }” cere o comandă, dar nu a primit niciuna
help-error-no-equals = este nevoie de semnul egal pentru a da o valoare lui „{ $arg }”
help-error-too-many-values = valoare neașteptată „{ $value }” pentru „{ $arg }”; nu se mai așteptau altele
help-error-too-few-values = „{ $arg }” cere { $min } valori; { $count ->
        [one] s-a dat doar { $count }
       *[other] s-au dat doar { $count }
    }
help-error-wrong-number-of-values = „{ $arg }” cere { $expected } valori, dar { $count ->
        [one] s-a dat { $count }
       *[other] s-au dat { $count }
    }
help-error-invalid-utf8 = unul sau mai multe argumente nu sunt text UTF-8 valid
help-error-unknown = { $reason }
# De ce o valoare nu este una: ce spun cititoarele de numere ale lui clap.
help-error-not-in-range = { $value } nu este între { $min } și { $max }
help-error-not-a-number = nu este un număr întreg
help-error-number-too-large = numărul este prea mare
help-error-empty-number = lipsește numărul
# Un argument cu un sfârșit de rând, un tab sau un caracter de control.
help-error-not-one-line = valoare nevalidă „{ $value }” pentru „{ $arg }”: trebuie să fie un singur rând de text, fără sfârșituri de rând, taburi sau caractere de control
help-error-control-character = `{ $value }` conține un sfârșit de rând, un tab sau un caracter de control, pe care nu le acceptă nicio opțiune și nicio valoare
# După o eroare: valorile pe care le acceptă o opțiune și ce se poate încerca.
help-error-possible-values = valori posibile
help-error-subcommands = comenzi
help-error-try-help = Pentru mai multe informații, încercați „{ $flag }”.
help-tip = sfat
help-tip-similar-subcommand = { $count ->
        [one] există o comandă asemănătoare: { $names }
       *[other] există comenzi asemănătoare: { $names }
    }
help-tip-similar-argument = { $count ->
        [one] există un argument asemănător: { $names }
       *[other] există argumente asemănătoare: { $names }
    }
help-tip-similar-value = { $count ->
        [one] există o valoare asemănătoare: { $names }
       *[other] există valori asemănătoare: { $names }
    }
help-tip-as-value = pentru a da „{ $arg }” ca valoare, folosiți „{ $fix }”
help-tip-exists = există „{ $suggestion }”
help-tip-remove-dashes = există comanda „{ $subcommand }”; pentru a o folosi, ștergeți „--” din fața ei

## Ce spune programul însuși

help-error-cannot-write = ieșirea nu poate fi scrisă
help-error-cannot-read-folder = dosarul curent nu poate fi citit

## Pagina de manual: secțiunile ei și ce enumeră ele

help-man-name = NUME
help-man-synopsis = REZUMAT
help-man-description = DESCRIERE
help-man-options = OPȚIUNI
help-man-commands = COMENZI
help-man-environment = MEDIU
help-man-exit-status = STARE DE IEȘIRE
help-man-examples = EXEMPLE
help-man-version = VERSIUNE
# Titlul din antetul paginii, cum îl scrie groff pentru secțiunea 1.
help-man-manual = Manualul comenzilor generale
help-man-empty-is-unset = O variabilă goală este considerată nesetată.
help-man-env-plan = Fișierul planului sau un dosar care conține un plan.toml, dacă nu se dă --plan.
help-man-env-today = Ziua pentru care se calculează, AAAA-LL-ZZ, dacă nu se dă --today. O
    verificare care depinde de zi (întârzierea) dă același răspuns la fiecare rulare doar cu ziua
    fixată.
help-man-env-lang = Limba, dacă nu se dă --lang (en, ro; o etichetă ca ro-RO sau ro_RO.UTF-8 este
    potrivită cu cea mai apropiată, celelalte sunt engleză): a mesajelor, a tabelelor și a
    ajutorului, și a documentelor scrise de icc (SVG, iCalendar, CSV, planul de pornire).
help-man-env-locale = Limba sistemului, prima dintre ele care este setată, dacă nu se dă nici
    --lang, nici ICC_LANG: a mesajelor, a tabelelor și a ajutorului; documentele urmează mai întâi
    project.language din plan.
help-man-env-columns = Lățimea tabelelor și a graficelor, dacă nu se dă --width și ieșirea standard
    nu este un terminal: un număr între 20 și 1000, altfel se folosește 100.
help-man-env-no-color = Setată și nevidă: fără culori sub --color auto.
help-man-env-clicolor = 0: fără culori sub --color auto; altă valoare: colorează un terminal,
    indiferent ce spune TERM.
help-man-env-clicolor-force = Setată și nevidă: culori sub --color auto, chiar și când ieșirea nu
    este un terminal.
help-man-env-term = dumb sau nesetată: fără culori sub --color auto.
help-man-env-github-workspace = Rădăcina depozitului în GitHub Actions: check --format github
    numește planul relativ la ea, dacă planul se află sub ea; altfel, relativ la cel mai apropiat
    dosar de deasupra planului care conține un .git.
help-man-exit-0 = Gata; planul nu are erori (avertismentele sunt permise, dacă nu se dă --strict).
help-man-exit-1 = Planul are erori (sau avertismente, sub --strict); vederile îl afișează totuși.
    Pentru o modificare: modificarea a fost refuzată, iar fișierul a rămas neschimbat.
help-man-exit-2 = icc nu a putut rula: opțiuni greșite, un id care nu este în plan, niciun fișier
    de plan, un fișier care nu poate fi citit, o eroare de intrare/ieșire.
help-man-example-status = Unde se află programul astăzi.
help-man-example-check = În CI: o adnotare pentru fiecare constatare și codul 1 și la avertismente.
help-man-example-today = Starea la o zi fixă, pentru un script.
help-man-example-workshops = Atelierele unei etape care urmează.
help-man-example-timeline = Diagrama Gantt a plan.toml din alt dosar, ca imagine.
help-man-example-dry-run = Modificarea pe care ar face-o o editare, ca diff; nu se scrie nimic.
help-man-cannot-render = pagina de manual nu poate fi generată: { $reason }
