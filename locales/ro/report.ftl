# Raportul de progres pentru o sesiune de revizuire (`icc report`).
