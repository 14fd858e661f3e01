//! A plan generator for benchmarks: `phases` phases chained with `after`,
//! `workshops` workshops spread over them (in date order, Romanian titles),
//! and a recurring meeting in every tenth phase. The same seed gives the
//! same plan. Shared by `benches/plan.rs`, `examples/gen_plan.rs` and the tests.

use std::fmt::Write as _;

/// A small deterministic generator (SplitMix64): enough for varied text,
/// and no dependency.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n.max(1)
    }
}

const TOPICS: &[&str] = &[
    "evaluarea nevoilor",
    "părțile interesate",
    "mobilitate urbană",
    "date deschise",
    "eficiență energetică",
    "digitalizarea școlilor",
    "spații verzi",
    "turism și cultură",
    "„facilitatorii locali”",
    "inovare socială",
];
const KINDS: &[&str] = &[
    "Workshop privind",
    "Atelier de lucru:",
    "Întâlnire cu ecosistemul despre",
    "Sesiune de consultare:",
];
const AUDIENCES: &[&str] = &[
    "Reprezentanți ai Primăriei",
    "ecosistemul local",
    "mass-media locală",
    "public",
    "ONG-uri",
    "mediul academic",
];
const LEADERS: &[&str] = &["Expert Coordonator", "Expert Tematic", "Reprezentanții Municipiului"];
const MODES: &[&str] = &["online", "in-person", "hybrid"];

/// The text of a plan with `phases` phases of `months_per_phase` months from
/// 2020-01 and `workshops` workshops.
pub fn plan(phases: usize, workshops: usize, seed: u64) -> String {
    let mut rng = Rng::new(seed);
    let phases = phases.max(1);
    let months_per_phase = 3u32;
    let mut out = String::with_capacity(workshops * 330 + phases * 300);
    out.push_str("[project]\nname = \"Program generat — Arad\"\ncity = \"Arad\"\nlanguage = \"ro\"\n");
    for p in 0..phases {
        let _ = write!(
            out,
            "\n[[phase]]\nid = \"etapa-{p}\"\nname = \"Etapa {p}: pregătire și implementare\"\n"
        );
        if p == 0 {
            out.push_str("start = \"2020-01\"\n");
        } else {
            let _ = writeln!(out, "after = [\"etapa-{}\"]", p - 1);
        }
        let _ = write!(
            out,
            "months = {months_per_phase}\nsummary = \"Măsurarea rezultatelor; acțiuni în parteneriat\"\n"
        );
    }
    // Workshops in date order: phase by phase, day by day.
    let total_days = phases as u64 * u64::from(months_per_phase) * 28;
    for w in 0..workshops {
        let offset = (w as u64 * total_days) / workshops.max(1) as u64;
        let phase = (offset / (u64::from(months_per_phase) * 28)) as usize;
        let in_phase = offset % (u64::from(months_per_phase) * 28);
        let month0 = phase as u64 * u64::from(months_per_phase) + in_phase / 28;
        let (year, month, day) = (2020 + month0 / 12, month0 % 12 + 1, in_phase % 28 + 1);
        let topic = TOPICS[rng.below(TOPICS.len() as u64) as usize];
        let kind = KINDS[rng.below(KINDS.len() as u64) as usize];
        let _ = write!(
            out,
            "\n[[workshop]]\nid = \"ws-{w}\"\ntitle = \"{kind} {topic} ({w})\"\ndate = {year:04}-{month:02}-{day:02}\nphase = \"etapa-{phase}\"\naudience = [\"{}\", \"{}\"]\nled_by = [\"{}\"]\nmode = \"{}\"\nobjective = \"Identificarea soluțiilor specifice pentru oraș; {topic}\"\nstatus = \"{}\"\n",
            AUDIENCES[rng.below(AUDIENCES.len() as u64) as usize],
            AUDIENCES[rng.below(AUDIENCES.len() as u64) as usize],
            LEADERS[rng.below(LEADERS.len() as u64) as usize],
            MODES[rng.below(MODES.len() as u64) as usize],
            if year < 2021 { "done" } else { "planned" },
        );
    }
    for p in (0..phases).step_by(10) {
        let _ = write!(
            out,
            "\n[[recurring]]\nid = \"revizuire-{p}\"\ntitle = \"Revizuirea progresului, etapa {p}\"\nphase = \"etapa-{p}\"\nevery_months = 1\n"
        );
    }
    out
}
