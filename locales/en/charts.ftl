# English: the timeline: month initials and legend in the terminal, month names, legend and titles of the SVG, labels of the Mermaid chart.
