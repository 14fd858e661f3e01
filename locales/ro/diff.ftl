# Un plan anterior (BASE: un fișier sau o revizie git a depozitului în care
# se află planul) și ce s-a schimbat în calendar de atunci: `icc diff`,
# `--baseline`, `icc report --since`.

## Citirea BASE. $base este BASE așa cum a fost scris; $plan, calea planului.

base-stdin = `{ $base }` nu este un fișier, iar un plan citit de la intrarea standard nu se află în niciun depozit git: dați BASE ca fișier
base-not-in-git = `{ $base }` nu este un fișier, iar { $plan } nu se află într-un depozit git
base-unknown-revision = `{ $base }` nu este nici fișier, nici revizie a depozitului git în care se află { $plan }
base-not-in-revision = { $plan } nu exista la `{ $base }` (commitul { $commit })
base-no-git = `{ $base }` nu este un fișier, iar citirea unei revizii necesită git, care nu a fost găsit
base-git-failed = git nu a putut citi `{ $base }`: { $why }
