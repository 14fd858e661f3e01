# Română: vederile din terminal: `icc status` (titlul, zilele relative), tabelele lui `phases`, `workshops`, `milestones`, `agenda`, antetele, cuvintele din celule și listele goale.
# Aceleași mesaje și variabile ca în locales/en/views.ftl.
