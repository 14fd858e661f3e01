# Un plan anterior (BASE: un fișier sau o revizie git a depozitului în care
# se află planul) și ce s-a schimbat în calendar de atunci: `icc diff`,
# `--baseline`, `icc report --since`.

## Citirea BASE. $base este BASE așa cum a fost scris; $plan, calea planului.

base-stdin = `{ $base }` nu este un fișier, iar un plan citit de la intrarea standard nu se află în niciun depozit git: dați BAZA ca fișier
base-not-in-git = `{ $base }` nu este un fișier, iar { $plan } nu se află într-un depozit git
base-unknown-revision = `{ $base }` nu este nici fișier, nici revizie a depozitului git în care se află { $plan }
base-no-commit = `{ $base }` nu este un fișier, iar depozitul git în care se află { $plan } nu are încă niciun commit: faceți întâi commit planului
base-not-in-revision = { $plan } nu exista la `{ $base }` (commitul { $commit })
base-no-git = `{ $base }` nu este un fișier, iar citirea unei revizii necesită git, care nu a fost găsit
base-git-failed = git nu a putut citi `{ $base }`: { $why }
# BASE al cărui TOML nu este valid ($name: planul anterior, `HEAD~1:plan.toml`
# sau un fișier; $why: ce este greșit, așa cum spune `icc check`).
base-not-toml = `{ $base }` nu poate fi citit ca plan: { $name } nu este TOML valid (rândul { $line }, coloana { $column }: { $why })
base-not-toml-anywhere = `{ $base }` nu poate fi citit ca plan: { $name } nu este TOML valid ({ $why })

## Ce s-a schimbat. $base numește BASE (`HEAD~1 (1a2b3c4)`, un fișier).

diff-title = Schimbări în calendar față de { $base }
diff-none = Nicio schimbare în calendar față de { $base }.
diff-counts = modificate: { $changed } · adăugate: { $added } · eliminate: { $removed }
# Ce urmează o etapă sau o întâlnire, când datele ei s-au mutat odată cu aceasta: $ids.
diff-following = urmează { $ids }
diff-programme-start = Începutul programului
diff-programme-end = Sfârșitul programului
diff-column-item = Element
diff-column-change = Schimbare
diff-column-before = Înainte
diff-column-after = După
diff-column-shift = Decalaj
# Cât s-a mutat o dată: $sign este „+”, „−” sau nimic; $count este pozitiv.
shift-days = { PLURAL($count) ->
        [one] { $sign }1 zi
        [few] { $sign }{ $count } zile
       *[other] { $sign }{ $count } de zile
    }
shift-months = { PLURAL($count) ->
        [one] { $sign }1 lună
        [few] { $sign }{ $count } luni
       *[other] { $sign }{ $count } de luni
    }
