# The progress report for a review session (`icc report`).
