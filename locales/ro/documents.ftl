# Română: documentele pentru publicul planului: etichetele exporturilor iCalendar și CSV.
# Aceleași mesaje și variabile ca în locales/en/documents.ftl.
