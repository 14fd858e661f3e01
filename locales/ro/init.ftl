# Română: `icc init`: numele și comentariile planului de început.
# Aceleași mesaje și variabile ca în locales/en/init.ftl.
