# English: `icc init`: the starter plan's names and comments.
