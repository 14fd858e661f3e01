# English: the terminal views: `icc status` (headline, relative days), the tables of `phases`, `workshops`, `milestones`, `agenda`, their headers, cell words and empty lists.
