# English: documents for the plan's audience: the labels of the iCalendar and CSV exports.
