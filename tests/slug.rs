//! Ids that `add-workshop` and `add-milestone` make from a long title
//! stay short enough to type: cut after a whole word, at most 32
//! characters (`text::slug`).

mod common;

use common::{Test, root};

fn shipped() -> String {
    std::fs::read_to_string(root().join("plan.toml")).expect("plan.toml")
}

#[test]
fn an_id_made_from_a_long_title_is_short() {
    let title = "Atelier de co-creare privind digitalizarea serviciilor de urbanism și a autorizațiilor de construire";
    let t = Test::new().plan(&shipped()).args(&[
        "add-workshop",
        "--title",
        title,
        "--date",
        "2021-06-15",
        "--today",
        "2021-06-01",
    ]);
    let out = t.run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(
        out.stdout,
        "added workshop atelier-de-co-creare-privind to plan.toml (phase implementare)\n"
    );
    assert!(
        out.stderr
            .starts_with("note: id `atelier-de-co-creare-privind` made from the title\n"),
        "{}",
        out.stderr
    );
    let plan = std::fs::read_to_string(t.path("plan.toml")).unwrap();
    assert!(
        plan.contains(&format!(
            "[[workshop]]\nid = \"atelier-de-co-creare-privind\"\ntitle = \"{title}\"\n"
        )),
        "{plan}"
    );
    // The id is what every command takes.
    let shown = t
        .reset_args()
        .args(&["workshops", "--phase", "implementare", "--format", "json"])
        .run()
        .json();
    assert_eq!(shown["workshops"][0]["id"], "atelier-de-co-creare-privind");
}

#[test]
fn an_id_made_from_a_long_name_does_not_end_in_a_joining_word() {
    let t = Test::new().plan(&shipped()).args(&[
        "add-milestone",
        "--name",
        "Aprobarea în Consiliul Local a Strategiei de transformare digitală 2021–2027",
        "--date",
        "2021-06",
        "--today",
        "2021-06-01",
    ]);
    let out = t.run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(
        out.stdout,
        "added milestone aprobarea-in-consiliul-local to plan.toml (phase implementare)\n"
    );
    // A second one from the same words is told apart after the cut.
    let again = t.run();
    assert_eq!(
        again.stdout,
        "added milestone aprobarea-in-consiliul-local-2 to plan.toml (phase implementare)\n"
    );
}

#[test]
fn an_id_made_from_many_short_words_keeps_them() {
    // Short words that join nothing (`it`, `ai`, `ue`) are words like any
    // other: an id keeps every word that fits, not the first alone.
    for (title, id) in [
        (
            "Atelier IT de AI și de BI la UE în Arad pentru toți",
            "atelier-it-de-ai-si-de-bi-la-ue",
        ),
        (
            "Ab cd ef gh ij kl mn op qr st uv wx yz",
            "ab-cd-ef-gh-ij-kl-mn-op-qr-st-uv",
        ),
    ] {
        let out = Test::new()
            .plan(&shipped())
            .args(&[
                "add-workshop",
                "--title",
                title,
                "--date",
                "2021-06-01",
                "--dry-run",
                "--today",
                "2021-05-01",
            ])
            .run();
        assert_eq!(out.code, 0, "{}", out.stderr);
        assert!(
            out.stderr.contains(&format!("note: id `{id}` made from the title\n")),
            "{title}: {}",
            out.stderr
        );
        assert!(out.stdout.contains(&format!("+id = \"{id}\"\n")), "{}", out.stdout);
    }
}

#[test]
fn an_id_told_apart_by_a_number_is_still_short() {
    let t = Test::new().plan(&shipped()).args(&[
        "add-workshop",
        "--title",
        "Ab cd ef gh ij kl mn op qr st uv wx yz",
        "--date",
        "2021-06-01",
        "--today",
        "2021-05-01",
    ]);
    let first = t.run();
    assert!(
        first
            .stdout
            .starts_with("added workshop ab-cd-ef-gh-ij-kl-mn-op-qr-st-uv "),
        "{}",
        first.stdout
    );
    // 32 characters already: the number takes the place of the last word.
    let again = t.run();
    assert!(
        again
            .stdout
            .starts_with("added workshop ab-cd-ef-gh-ij-kl-mn-op-qr-st-2 "),
        "{}",
        again.stdout
    );
}
