//! One calendar rule in every view and format (README, "Counting"): days
//! to an event, day N of M with its percent, bar and days left, months
//! counted and stated, and dates derived from a length. Each case is asked
//! of every view and format that shows the number, and must agree.

mod common;

use common::{Test, root};
use serde_json::Value;

fn shipped() -> String {
    std::fs::read_to_string(root().join("plan.toml")).expect("plan.toml")
}

/// The table row (one line of a table) that holds `needle`.
fn row<'a>(table: &'a str, needle: &str) -> &'a str {
    table
        .lines()
        .find(|line| line.contains(needle))
        .unwrap_or_else(|| panic!("no row with {needle:?}:\n{table}"))
}

fn json(plan: &str, args: &[&str]) -> Value {
    let out = Test::new().plan(plan).args(args).args(&["--format", "json"]).run();
    assert!(out.code == 0 || out.code == 1, "{args:?}: {}", out.stderr);
    out.json()
}

fn text(plan: &str, args: &[&str]) -> String {
    let out = Test::new().plan(plan).args(args).args(&["--width", "200"]).run();
    assert!(out.code == 0 || out.code == 1, "{args:?}: {}", out.stderr);
    out.stdout
}

fn by_id<'a>(items: &'a Value, id: &str) -> &'a Value {
    items
        .as_array()
        .expect("an array")
        .iter()
        .find(|item| item["id"] == id)
        .unwrap_or_else(|| panic!("no {id} in {items}"))
}

/// A month-precision event is its whole month: to come, it is counted to
/// its first day; over, from its last. On 2021-11-28 Arad's interviews
/// (2020-10) ended 393 days before and the 2021-10 review 28; the 2022-03
/// review is 93 days away. The tables say it in words, the JSON of every
/// command as `days_until`.
#[test]
fn days_to_a_month_event_are_one_number_everywhere() {
    let plan = shipped();
    let today = ["--today", "2021-11-28"];
    let workshops = text(&plan, &[&today[..], &["workshops"]].concat());
    assert!(row(&workshops, "interviuri ").contains("393 days ago"), "{workshops}");
    let status = text(&plan, &[&today[..], &["status"]].concat());
    assert!(row(&status, "2021-10 ").contains("28 days ago"), "{status}");
    assert!(row(&status, "2022-03 ").contains("in 93 days"), "{status}");
    assert!(row(&status, "Next ").contains("in 93 days"), "{status}");

    let listed = json(&plan, &[&today[..], &["workshops"]].concat());
    assert_eq!(by_id(&listed["workshops"], "interviuri")["days_until"], -393);
    for command in ["status", "export"] {
        let view = json(&plan, &[&today[..], &[command]].concat());
        assert_eq!(by_id(&view["workshops"], "interviuri")["days_until"], -393, "{command}");
        let occurrences = &view["recurring"][0]["occurrences"];
        let days: Vec<(&str, i64)> = occurrences
            .as_array()
            .unwrap()
            .iter()
            .map(|o| (o["date"].as_str().unwrap(), o["days_until"].as_i64().unwrap()))
            .collect();
        assert_eq!(days, [("2021-10", -28), ("2022-03", 93)], "{command}");
    }
}

/// The headline's `day N of M · P% · L days left` from a phase's day
/// before to its day after: N + L = M, P is 100·N/M rounded down, 100%
/// only on the last day, and the phases table, its bar and the JSON say
/// the same on every day. Over a leap February, across a month's end.
#[test]
fn day_percent_bar_and_days_left_agree_on_every_day() {
    let plan = "[project]\nname = \"T\"\n\n[[phase]]\nid = \"p\"\nname = \"P\"\nstart = 2024-01-31\nend = 2024-03-01\n";
    let total = 31;
    let mut today = chrono::NaiveDate::from_ymd_opt(2024, 1, 30).unwrap();
    let last = chrono::NaiveDate::from_ymd_opt(2024, 3, 2).unwrap();
    while today <= last {
        let day = today.to_string();
        let status = text(plan, &["status", "--today", &day]);
        let phases = text(plan, &["phases", "--today", &day]);
        let view = json(plan, &["phases", "--today", &day]);
        let phase = &view["phases"][0];
        let n = phase["day"].as_i64().unwrap();
        let left = phase["days_left"].as_i64().unwrap_or(0);
        assert_eq!(phase["days"], total, "{day}");
        assert_eq!(n + left, total, "{day}");
        assert!((phase["progress"].as_f64().unwrap() - n as f64 / total as f64).abs() < 1e-9);
        let percent = 100 * n / total;
        let cells = row(&phases, "│ p ");
        assert!(cells.contains(&format!(" {percent}% ")), "{day}: {cells}");
        assert_eq!(cells.contains("█████ 100%"), n == total, "{day}: {cells}");
        if (1..=total).contains(&n) && today <= chrono::NaiveDate::from_ymd_opt(2024, 3, 1).unwrap() {
            let headline = row(&status, "Phase ");
            let days_left = if left == 1 {
                "1 day left".to_owned()
            } else {
                format!("{left} days left")
            };
            assert!(
                headline.ends_with(&format!("day {n} of {total} · {percent}% · {days_left}")),
                "{day}: {headline}"
            );
        }
        today = today.succ_opt().unwrap();
    }
    // The first day is day 1; the last, day 31 with nothing left.
    let first = json(plan, &["phases", "--today", "2024-01-31"]);
    assert_eq!(
        (
            first["phases"][0]["day"].as_i64(),
            first["phases"][0]["days_left"].as_i64()
        ),
        (Some(1), Some(30))
    );
    let final_day = text(plan, &["status", "--today", "2024-03-01"]);
    assert!(
        row(&final_day, "Phase ").ends_with("day 31 of 31 · 100% · 0 days left"),
        "{final_day}"
    );
}

/// Arad's `pregatire` states 5 months and its window covers 6: every view
/// shows both, every format keeps both; a phase icc cannot place still
/// shows the months its file states.
#[test]
fn months_counted_and_stated() {
    let plan = shipped();
    let today = ["--today", "2021-11-28"];
    for command in ["phases", "status"] {
        let table = text(&plan, &[&today[..], &[command]].concat());
        assert!(
            row(&table, "│ pregatire ").contains("6 (5 stated)"),
            "{command}: {table}"
        );
        assert!(row(&table, "│ implementare ").contains(" 15 "), "{command}: {table}");
    }
    for command in ["phases", "status", "export"] {
        let view = json(&plan, &[&today[..], &[command]].concat());
        let phase = by_id(&view["phases"], "pregatire");
        assert_eq!(
            (phase["months"].as_f64(), phase["stated_months"].as_u64()),
            (Some(6.0), Some(5)),
            "{command}"
        );
        let phase = by_id(&view["phases"], "implementare");
        assert_eq!(
            (phase["months"].as_f64(), phase["stated_months"].as_u64()),
            (Some(15.0), Some(15)),
            "{command}"
        );
    }
    let csv = Test::new()
        .plan(&plan)
        .args(&[
            "export", "--format", "csv", "--what", "phases", "--no-bom", "--lang", "en",
        ])
        .run();
    let mut reader = csv::Reader::from_reader(csv.stdout.as_bytes());
    let header = reader.headers().unwrap().clone();
    let column = |name: &str| {
        header
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("no {name}"))
    };
    let (id, months, stated) = (column("id"), column("months"), column("stated_months"));
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let pregatire = rows.iter().find(|r| &r[id] == "pregatire").unwrap();
    assert_eq!((&pregatire[months], &pregatire[stated]), ("6", "5"));

    // Not whole months: one number, never one that reads as whole, in
    // the table, JSON and CSV alike.
    for (start, end, counted) in [
        ("2024-03-05", "2024-03-05", "0.03"),
        ("2024-01-31", "2024-02-29", "1.03"),
        ("2023-02-28", "2023-03-31", "1.04"),
        ("2024-01-30", "2024-03-28", "1.97"),
    ] {
        let plan = format!(
            "[project]\nname = \"T\"\n\n[[phase]]\nid = \"p\"\nname = \"P\"\nstart = {start}\nend = {end}\nmonths = 1\n"
        );
        let table = text(&plan, &["phases"]);
        assert!(
            row(&table, "│ p ").contains(&format!("┆ {counted} (1 stated) ┆")),
            "{table}"
        );
        assert_eq!(json(&plan, &["phases"])["phases"][0]["months"].to_string(), counted);
        let csv = Test::new()
            .plan(&plan)
            .args(&["export", "--format", "csv", "--what", "phases", "--no-bom"])
            .run();
        let record = csv::Reader::from_reader(csv.stdout.as_bytes())
            .records()
            .next()
            .unwrap()
            .unwrap();
        assert_eq!((&record[6], &record[7]), (counted, "1"), "{start} – {end}");
    }

    let unplaced = "[project]\nname = \"T\"\n\n[[phase]]\nid = \"q\"\nname = \"Q\"\nmonths = 4\n";
    let table = text(unplaced, &["phases"]);
    assert!(row(&table, "│ q ").contains("4 stated"), "{table}");
    let view = json(unplaced, &["phases"]);
    assert_eq!(
        (
            view["phases"][0]["months"].clone(),
            view["phases"][0]["stated_months"].clone()
        ),
        (Value::Null, 4.into())
    );
}

/// A phase from January 31 with a monthly meeting and no `first` meets
/// on each month's 31st or last day, as `first = 2024-01-31` says: each
/// occurrence is the origin plus k months, never the one before plus one.
/// A phase derived back from its end by `months` counts as those months.
#[test]
fn lengths_anchor_on_their_origin() {
    let expected = [
        "2024-02-29",
        "2024-03-31",
        "2024-04-30",
        "2024-05-31",
        "2024-06-30",
        "2024-07-31",
        "2024-08-31",
        "2024-09-30",
        "2024-10-31",
        "2024-11-30",
        "2024-12-31",
    ];
    let phase = "[project]\nname = \"T\"\n\n[[phase]]\nid = \"p\"\nname = \"P\"\nstart = 2024-01-31\nend = 2024-12-31\n\n[[recurring]]\nid = \"r\"\ntitle = \"R\"\nphase = \"p\"\nevery_months = 1\n";
    let dates = |plan: &str| -> Vec<String> {
        let view = json(plan, &["status", "--today", "2024-01-01"]);
        view["recurring"][0]["occurrences"]
            .as_array()
            .unwrap()
            .iter()
            .map(|o| o["date"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(dates(phase), expected);
    let with_first = phase.replace("every_months = 1\n", "every_months = 1\nfirst = 2024-01-31\n");
    assert_eq!(dates(&with_first)[1..], expected);
    let csv = Test::new()
        .plan(phase)
        .args(&["export", "--format", "csv", "--no-bom", "--today", "2024-01-01"])
        .run();
    let from_csv: Vec<String> = csv::Reader::from_reader(csv.stdout.as_bytes())
        .records()
        .map(|r| r.unwrap()[3].to_owned())
        .collect();
    assert_eq!(from_csv, expected);

    // Back from March 30 by a month: February 29, a whole month by icc's
    // own measure (no `months-mismatch`, and the table says 1).
    let back = "[project]\nname = \"T\"\n\n[[phase]]\nid = \"a\"\nname = \"A\"\nend = 2024-03-30\nmonths = 1\n";
    let view = json(back, &["phases", "--today", "2024-03-01"]);
    assert_eq!(
        (
            view["phases"][0]["start"].as_str(),
            view["phases"][0]["months"].as_f64()
        ),
        (Some("2024-02-29"), Some(1.0))
    );
    let table = text(back, &["phases", "--today", "2024-03-01"]);
    assert!(row(&table, "│ a ").contains("┆ 1  "), "{table}");
    let check = Test::new()
        .plan(back)
        .args(&["check", "--strict", "--today", "2024-03-01"])
        .run();
    assert_eq!(check.code, 0, "{}", check.stdout);
}
