# Română: cronologia: inițialele lunilor și legenda în terminal, numele lunilor, legenda și titlurile SVG-ului, etichetele diagramei Mermaid.
# Aceleași mesaje și variabile ca în locales/en/charts.ftl.
