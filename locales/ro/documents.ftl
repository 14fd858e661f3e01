# Română: documentele pentru publicul planului: etichetele exporturilor iCalendar și CSV.
# Aceleași mesaje și variabile ca în locales/en/documents.ftl.
# Textul planului (titluri, denumiri, obiective) rămâne așa cum este scris;
# codurile, identificatorii, datele ISO și valorile din CSV nu se traduc.

## iCalendar (`icc export --format ics`): etichetele din descrierea unui
## eveniment, fiecare înaintea valorii sale (`Obiectiv: …`).

ics-objective = Obiectiv:
ics-activity = Activitate:
ics-audience = Participanți:
ics-led-by = Coordonat de:
ics-status = Stare:
# Locul unui atelier hibrid: orașul din plan, și online.
ics-hybrid = { $city } și online

## iCalendar: ținta unui indicator, un eveniment de o zi întreagă la
## termenul ei (sau pe toată luna). $name și $unit sunt textul planului;
## $value se scrie cu virgula zecimală a limbii.

# O valoare în unitatea indicatorului: „60 %”, „40 seturi de date” (nimic
# după număr dacă unitatea lipsește).
ics-kpi-amount = { $value } { $unit }
# Titlul evenimentului: „Țintă: Servicii online — 60 %”.
ics-kpi-target = Țintă: { $name } — { $amount }
# Etichetele descrierii, fiecare înaintea valorii sale; o valoare și data
# ei: „12 % (2024-09)”.
ics-kpi-baseline = Valoare de referință:
ics-kpi-latest = Ultima valoare:
ics-kpi-state = Stare:
ics-kpi-reading = { $amount } ({ $date })
# Ultima valoare a unui indicator încă nemăsurat.
ics-kpi-unmeasured = nemăsurat încă

## CSV (`icc export --format csv`): rândul de antet, o etichetă pe coloană,
## pentru cine citește tabelul într-un program de calcul tabelar.

csv-kind = Tip
csv-id = ID
csv-title = Titlu
csv-date = Data
csv-end = Sfârșit
csv-first-day = Prima zi
csv-last-day = Ultima zi
csv-phase = Etapa
csv-status = Stare
csv-when = Când
csv-mode = Format
csv-audience = Participanți
csv-led-by = Coordonat de
csv-activity = Activitate
csv-objective = Obiectiv
csv-name = Denumire
csv-start = Început
csv-months = Durată (luni)
csv-stated-months = Durată declarată (luni)
csv-progress = Progres
csv-days-left = Zile rămase
csv-after = După
csv-summary = Rezumat
csv-activities = Activități
csv-unit = Unitate de măsură
csv-direction = Sens
csv-baseline-value = Valoare de referință
csv-baseline-date = Data valorii de referință
csv-target-value = Valoare țintă
csv-target-date = Termenul țintei
csv-latest-value = Ultima valoare
csv-latest-date = Data ultimei valori
csv-state = Stare
csv-kpi-id = ID indicator
csv-value = Valoare
