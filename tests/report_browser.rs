//! The HTML report in a real browser: headless Chromium prints it to PDF,
//! and poppler's `pdfinfo` and `pdftotext` read the PDF back — its pages
//! (A4, as many as expected), the headline on the first, each section's
//! heading with what follows it, each table row whole on one page, each
//! picture whole on one page. And the page makes no network request:
//! Chromium is sent through a proxy this test listens on, which counts
//! every connection but those Chromium makes to Google's services by
//! itself, whatever the page; a page with an image on another host proves
//! that the count would see one. (That no URL is in the page at all,
//! `tests/report.rs` checks.)
//!
//! Chromium and poppler-utils are Debian packages, which `.ci/run`
//! installs and then sets `ICC_REQUIRE_BROWSER=1`: there a missing tool
//! fails the test. Elsewhere (`cargo test` on a fresh machine) the test
//! says on standard error that it did not run, and passes.

mod common;

use std::io::{Read, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use common::{Test, root};
use roxmltree::Document;

/// How long one run of Chromium may take.
const BROWSER_TIMEOUT: Duration = Duration::from_secs(120);

struct Tools {
    chromium: PathBuf,
    pdfinfo: PathBuf,
    pdftotext: PathBuf,
}

/// The first of `names` on the `PATH`.
fn find(names: &[&str]) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    names.iter().find_map(|name| {
        std::env::split_paths(&path)
            .map(|dir| dir.join(name))
            .find(|file| file.is_file())
    })
}

/// The tools, or `None` (with a notice) where one is missing; a panic
/// instead where `ICC_REQUIRE_BROWSER=1`.
fn tools() -> Option<Tools> {
    let chromium = find(&["chromium", "chromium-browser"]);
    let pdfinfo = find(&["pdfinfo"]);
    let pdftotext = find(&["pdftotext"]);
    let missing: Vec<&str> = [
        ("chromium", chromium.is_none()),
        ("pdfinfo", pdfinfo.is_none()),
        ("pdftotext", pdftotext.is_none()),
    ]
    .into_iter()
    .filter_map(|(name, missing)| missing.then_some(name))
    .collect();
    if missing.is_empty() {
        return Some(Tools {
            chromium: chromium?,
            pdfinfo: pdfinfo?,
            pdftotext: pdftotext?,
        });
    }
    let missing = missing.join(", ");
    if std::env::var("ICC_REQUIRE_BROWSER").is_ok_and(|v| v == "1") {
        panic!("ICC_REQUIRE_BROWSER=1, and {missing} not found (Debian: chromium, poppler-utils)");
    }
    // Past the test harness's capture, so that it shows in `cargo test`.
    let _ = writeln!(
        std::io::stderr(),
        "note: the browser test did not run: {missing} not found (Debian: chromium, poppler-utils; \
         ICC_REQUIRE_BROWSER=1 makes this a failure)"
    );
    None
}

/// A proxy that answers every connection with `403` and keeps the first
/// line of each request.
struct Proxy {
    port: u16,
    requests: Arc<Mutex<Vec<String>>>,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl Proxy {
    fn start() -> Proxy {
        let listener = TcpListener::bind("127.0.0.1:0").expect("listen on loopback");
        listener.set_nonblocking(true).expect("non-blocking");
        let port = listener.local_addr().expect("address").port();
        let requests = Arc::new(Mutex::new(Vec::new()));
        let stop = Arc::new(AtomicBool::new(false));
        let thread = {
            let (requests, stop) = (Arc::clone(&requests), Arc::clone(&stop));
            std::thread::spawn(move || {
                while !stop.load(Ordering::Relaxed) {
                    match listener.accept() {
                        Ok((mut stream, _)) => {
                            let _ = stream.set_nonblocking(false);
                            let _ = stream.set_read_timeout(Some(Duration::from_secs(2)));
                            let mut head = [0u8; 512];
                            let read = stream.read(&mut head).unwrap_or(0);
                            let line = String::from_utf8_lossy(&head[..read])
                                .lines()
                                .next()
                                .unwrap_or("")
                                .to_owned();
                            requests.lock().expect("lock").push(line);
                            let _ = stream
                                .write_all(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                        }
                        Err(err) if err.kind() == std::io::ErrorKind::WouldBlock => {
                            std::thread::sleep(Duration::from_millis(10));
                        }
                        Err(_) => break,
                    }
                }
            })
        };
        Proxy {
            port,
            requests,
            stop,
            thread: Some(thread),
        }
    }

    /// The requests a page could have made: all but those Chromium makes
    /// of its own to Google's services, whatever it shows (its network
    /// time, the accounts of its profile, its search box's suggestions),
    /// which no flag turns off for good across its versions.
    fn requests(&self) -> Vec<String> {
        let requests = self.requests.lock().expect("lock").clone();
        requests.into_iter().filter(|r| !chromium_s_own(r)).collect()
    }
}

/// Hosts of Google's services that Chromium asks by itself.
const CHROMIUM_S_OWN: [&str; 5] = [
    "google.com",
    "googleapis.com",
    "gstatic.com",
    "gvt1.com",
    "googleusercontent.com",
];

/// Whether a request (its first line: `CONNECT host:443 HTTP/1.1`, `GET
/// http://host/path HTTP/1.1`) is to one of [`CHROMIUM_S_OWN`].
fn chromium_s_own(request: &str) -> bool {
    let target = request.split(' ').nth(1).unwrap_or("");
    let authority = target.strip_prefix("http://").unwrap_or(target);
    let host = authority.split(['/', ':']).next().unwrap_or("");
    CHROMIUM_S_OWN
        .iter()
        .any(|own| host == *own || host.strip_suffix(own).is_some_and(|sub| sub.ends_with('.')))
}

impl Drop for Proxy {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// Prints `page` to `pdf` with headless Chromium, every request it makes
/// sent to `proxy` (loopback too).
fn print(tools: &Tools, page: &Path, pdf: &Path, proxy: &Proxy) {
    let profile = tempfile::tempdir().expect("a profile folder");
    let mut child = Command::new(&tools.chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-pdf-header-footer",
            "--proxy-bypass-list=<-loopback>",
        ])
        .arg(format!("--proxy-server=127.0.0.1:{}", proxy.port))
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(format!("file://{}", page.display()))
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start chromium");
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait for chromium") {
            break status;
        }
        if started.elapsed() > BROWSER_TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            panic!("chromium took more than {BROWSER_TIMEOUT:?}");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let mut stderr = String::new();
    if let Some(mut pipe) = child.stderr.take() {
        let _ = pipe.read_to_string(&mut stderr);
    }
    assert!(status.success(), "chromium: {status}\n{stderr}");
    assert!(pdf.is_file(), "no PDF written:\n{stderr}");
}

fn run(program: &Path, args: &[&str]) -> String {
    let out = Command::new(program).args(args).output().expect("run a poppler tool");
    assert!(
        out.status.success(),
        "{}: {}",
        program.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8")
}

/// The PDF's pages: how many `pdfinfo` counts, its page size, and each
/// page's text (`pdftotext -raw`, in the order it was drawn, spaces
/// collapsed).
struct Pdf {
    size: String,
    pages: Vec<String>,
}

impl Pdf {
    fn read(tools: &Tools, pdf: &Path) -> Pdf {
        let path = pdf.to_str().expect("a UTF-8 path");
        let info = run(&tools.pdfinfo, &[path]);
        let field = |name: &str| {
            info.lines()
                .find_map(|l| l.strip_prefix(name))
                .map(|v| v.trim().to_owned())
                .unwrap_or_else(|| panic!("no {name} in:\n{info}"))
        };
        let count: usize = field("Pages:").parse().expect("a page count");
        let pages = (1..=count)
            .map(|n| {
                let n = n.to_string();
                let text = run(&tools.pdftotext, &["-raw", "-f", &n, "-l", &n, path, "-"]);
                collapse(&text)
            })
            .collect();
        Pdf {
            size: field("Page size:"),
            pages,
        }
    }

    /// The pages (1-based) whose text holds `text`.
    fn pages_with(&self, text: &str) -> Vec<usize> {
        (1..=self.pages.len())
            .filter(|&n| holds(&self.pages[n - 1], text))
            .collect()
    }

    /// That one page holds every text of `texts`.
    fn assert_together(&self, texts: &[String]) {
        let together = self.pages.iter().any(|page| texts.iter().all(|t| holds(page, t)));
        assert!(together, "not on one page: {texts:?}\n{:#?}", self.pages);
    }
}

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether `page` holds `text`, wherever lines broke (Chromium breaks a
/// line after a hyphen too: `ws-` / `accelerare`): spaces aside.
fn holds(page: &str, text: &str) -> bool {
    let squeeze = |t: &str| t.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    squeeze(page).contains(&squeeze(text))
}

/// A cell's text as the PDF must hold it on one page: its first and last
/// three words (a long cell wraps, and each line is drawn on its own).
fn ends(text: &str) -> Vec<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() <= 6 {
        return vec![words.join(" ")];
    }
    vec![words[..3].join(" "), words[words.len() - 3..].join(" ")]
}

/// The report of `plan` on `at` (args after), as a file in `dir`.
fn html_report(dir: &Path, plan: &str, args: &[&str]) -> (PathBuf, String) {
    let mut all = vec!["report", "--format", "html"];
    all.extend_from_slice(args);
    let out = Test::new().plan(plan).args(&all).run();
    assert!(out.code == 0 || out.code == 1, "{}", out.stderr);
    let page = dir.join("report.html");
    std::fs::write(&page, &out.stdout).expect("write the page");
    (page, out.stdout)
}

/// Every table row of the page whole on one page of the PDF, and every
/// picture (its words that the PDF keeps as text).
fn rows_and_pictures_whole(html: &str, pdf: &Pdf) {
    let doc = Document::parse_with_options(
        html,
        roxmltree::ParsingOptions {
            allow_dtd: true,
            ..roxmltree::ParsingOptions::default()
        },
    )
    .expect("well-formed");
    let mut rows = 0;
    for tr in doc.descendants().filter(|n| n.has_tag_name("tr")) {
        // Each text of each cell (a value, and its date under it).
        let texts: Vec<String> = tr
            .descendants()
            .filter(|n| n.is_text() && n.ancestors().any(|a| a.has_tag_name("td") || a.has_tag_name("th")))
            .filter_map(|n| n.text())
            .map(collapse)
            .filter(|t| !t.is_empty())
            .flat_map(|t| ends(&t))
            .collect();
        pdf.assert_together(&texts);
        rows += 1;
    }
    assert!(rows > 0);
    for figure in doc.descendants().filter(|n| n.has_tag_name("figure")) {
        // Its words, as its `<text>` elements draw them (a month's initial
        // and the tooltips aside).
        let drawn = |text: roxmltree::Node| {
            let words: String = text
                .descendants()
                .filter(|n| n.is_text() && !n.ancestors().any(|a| a.has_tag_name("title")))
                .filter_map(|n| n.text())
                .collect();
            collapse(&words)
        };
        let texts: Vec<String> = figure
            .descendants()
            .filter(|n| n.has_tag_name("text"))
            .map(drawn)
            .filter(|t| t.chars().count() >= 3)
            .collect();
        assert!(!texts.is_empty());
        pdf.assert_together(&texts);
    }
}

#[test]
fn the_shipped_plan_s_report_prints_on_two_a4_pages_and_fetches_nothing() {
    let Some(tools) = tools() else { return };
    let dir = tempfile::tempdir().expect("a folder");
    let plan = std::fs::read_to_string(root().join("plan.toml")).expect("plan.toml");
    let (page, html) = html_report(dir.path(), &plan, &["--at", "2022-03-31"]);
    let pdf_path = dir.path().join("report.pdf");
    let proxy = Proxy::start();
    print(&tools, &page, &pdf_path, &proxy);
    assert_eq!(proxy.requests(), Vec::<String>::new(), "the report made requests");
    let pdf = Pdf::read(&tools, &pdf_path);
    assert!(pdf.size.ends_with("(A4)"), "{}", pdf.size);
    assert_eq!(pdf.pages.len(), 2, "{:#?}", pdf.pages);
    // The headline on the first page.
    assert!(
        pdf.pages[0].starts_with("Intelligent Cities Challenge — Arad Raport de progres la 31 martie 2022 Perioada")
    );
    assert!(pdf.pages[0].contains("1 noiembrie 2021 – 31 martie 2022"));
    // Each heading once, on the page of what follows it.
    for (heading, after) in [
        ("Realizări în perioada raportată", "Planul nu marchează niciun atelier"),
        ("Restanțe", "Nicio restanță"),
        ("Până la următoarea sesiune de revizuire", "Planul nu mai prevede"),
        ("Indicatori de performanță", "Planul nu definește niciun indicator"),
        ("Constatări deschise", "0 erori, 0 avertismente, 2 note."),
    ] {
        let pages = pdf.pages_with(heading);
        assert_eq!(pages.len(), 1, "{heading}: {pages:?}");
        assert_eq!(
            pdf.pages_with(&format!("{heading} {after}")),
            pages,
            "{heading} and what follows"
        );
    }
    rows_and_pictures_whole(&html, &pdf);
}

/// A title with no place to break (a pasted identifier, a URL) wraps
/// inside its cell: the table keeps every column on the page.
#[test]
fn text_without_a_break_wraps_inside_its_cell() {
    let Some(tools) = tools() else { return };
    let dir = tempfile::tempdir().expect("a folder");
    let long = "Ω".repeat(40) + &"x".repeat(2000) + "END";
    let plan = std::fs::read_to_string(root().join("tests/report/plan.toml")).expect("the fixture")
        + &format!("\n[[workshop]]\nid = \"long\"\ntitle = \"{long}\"\ndate = 2024-07-10\nphase = \"pilot\"\n");
    let (page, _) = html_report(dir.path(), &plan, &["--at", "2024-06-30"]);
    let pdf_path = dir.path().join("report.pdf");
    let proxy = Proxy::start();
    print(&tools, &page, &pdf_path, &proxy);
    let pdf = Pdf::read(&tools, &pdf_path);
    assert!(pdf.size.ends_with("(A4)"), "{}", pdf.size);
    let text = pdf.pages.join(" ");
    // The whole title is there, END included, and the coming table's last
    // column with it.
    assert!(
        holds(&text, &format!("{}END", "x".repeat(20))),
        "the title's end is cut"
    );
    let coming = pdf.pages_with("xxxxxxxxxxEND");
    assert_eq!(coming.len(), 1, "{:#?}", pdf.pages);
    assert!(
        holds(&pdf.pages[coming[0] - 1], "Phase"),
        "{}",
        pdf.pages[coming[0] - 1]
    );
    assert!(
        holds(&pdf.pages[coming[0] - 1], "Pilot"),
        "{}",
        pdf.pages[coming[0] - 1]
    );
}

/// A title that changed to one with no place to break: the changes
/// table keeps its columns (the shift too) and every column room to read,
/// and the headings of other tables keep their words.
#[test]
fn a_changed_title_without_a_break_keeps_the_changes_table_whole() {
    let Some(tools) = tools() else { return };
    let dir = tempfile::tempdir().expect("a folder");
    let before = std::fs::read_to_string(root().join("tests/report/plan.toml")).expect("the fixture");
    let base = dir.path().join("before.toml");
    std::fs::write(&base, &before).expect("write the base");
    for length in [300, 5000] {
        let plan = before.replace(
            "title = \"Energy forum\"\ndate = 2024-03-12",
            &format!("title = \"{}\"\ndate = 2024-03-13", "A".repeat(length)),
        );
        assert_ne!(plan, before);
        let (page, _) = html_report(
            dir.path(),
            &plan,
            &["--at", "2024-06-30", "--since", base.to_str().unwrap()],
        );
        let pdf_path = dir.path().join("report.pdf");
        let proxy = Proxy::start();
        print(&tools, &page, &pdf_path, &proxy);
        let pdf = Pdf::read(&tools, &pdf_path);
        assert!(pdf.size.ends_with("(A4)"), "{}", pdf.size);
        let text = pdf.pages.join(" ");
        // The changes table's last column and the date's shift.
        assert!(holds(&text, "Shift"), "{length}: no Shift column\n{text}");
        assert!(holds(&text, "+1 day"), "{length}: no shift\n{text}");
        // Its item column is readable: the workshop's id whole on a line,
        // and its row (the name cut as long values are) on one page.
        assert!(text.contains("energy-forum"), "{length}: {text}");
        pdf.assert_together(&["energy-forum".into(), "+1 day".into()]);
        // The changes section takes a page at most: the next heading is on
        // its page or the one after.
        let changes = pdf.pages_with("Schedule changes since")[0];
        let findings = pdf.pages_with("Open findings")[0];
        assert!(
            findings <= changes + 1,
            "{length}: changes on page {changes}, findings on {findings}"
        );
        // Other tables' headings are whole words.
        assert!(text.contains("Severity"), "{length}: {text}");
        // Short words in the other columns stay whole.
        assert!(text.contains("13 March 2024 workshop"), "{length}: {text}");
        // The title takes the pages it needs (it is in two tables), no more.
        assert!(
            pdf.pages.len() <= 4 + length / 500,
            "{length}: {} pages",
            pdf.pages.len()
        );
    }
}

#[test]
fn a_report_with_every_section_keeps_rows_and_charts_whole() {
    let Some(tools) = tools() else { return };
    let dir = tempfile::tempdir().expect("a folder");
    let plan = std::fs::read_to_string(root().join("tests/report/plan.toml")).expect("the fixture");
    let (page, html) = html_report(dir.path(), &plan, &["--at", "2024-06-30"]);
    let pdf_path = dir.path().join("report.pdf");
    let proxy = Proxy::start();
    print(&tools, &page, &pdf_path, &proxy);
    assert_eq!(proxy.requests(), Vec::<String>::new(), "the report made requests");
    let pdf = Pdf::read(&tools, &pdf_path);
    assert_eq!(pdf.pages.len(), 4, "{:#?}", pdf.pages);
    assert!(pdf.pages[0].starts_with("Smart Harbour District Portville Progress report on 30 June 2024"));
    rows_and_pictures_whole(&html, &pdf);
    // Both KPI pictures, each whole: its charts' names and targets.
    pdf.assert_together(&[
        "Services online".into(),
        "target 60 %".into(),
        "Processing time".into(),
        "target 20 days".into(),
    ]);
    pdf.assert_together(&[
        "Open datasets".into(),
        "target 50".into(),
        "no measurement up to today".into(),
    ]);
}

#[test]
fn chromium_s_own_requests_are_told_apart() {
    assert!(chromium_s_own("CONNECT accounts.google.com:443 HTTP/1.1"));
    assert!(chromium_s_own(
        "GET http://clients2.google.com/time/1/current?x=1 HTTP/1.1"
    ));
    assert!(!chromium_s_own("GET http://example.invalid/x.png HTTP/1.1"));
    assert!(!chromium_s_own("CONNECT evilgoogle.com:443 HTTP/1.1"));
    assert!(!chromium_s_own("GET http://google.com.evil.invalid/ HTTP/1.1"));
}

#[test]
fn the_request_count_sees_a_page_that_fetches() {
    // The negative control: the same browser, the same proxy, a page with
    // an image on another host.
    let Some(tools) = tools() else { return };
    let dir = tempfile::tempdir().expect("a folder");
    let page = dir.path().join("fetches.html");
    std::fs::write(
        &page,
        "<!DOCTYPE html><html><body><p>x</p><img src=\"http://example.invalid/x.png\"/></body></html>",
    )
    .expect("write the page");
    let proxy = Proxy::start();
    print(&tools, &page, &dir.path().join("fetches.pdf"), &proxy);
    let requests = proxy.requests();
    assert!(
        requests.iter().any(|r| r.contains("example.invalid")),
        "the proxy saw no request for the image: {requests:?}"
    );
}
