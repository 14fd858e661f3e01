# Română: `icc --help`, ajutorul fiecărei comenzi și pagina de manual: un mesaj o comandă (`help-COMANDĂ`) și o opțiune (`help-COMANDĂ-OPȚIUNE`, `help-OPȚIUNE` pentru cele globale), și titlurile și erorile lui clap.
# Aceleași mesaje și variabile ca în locales/en/help.ftl.
