//! `icc completions` and `icc man`: what shells and `man` read, made from
//! the same flag definitions as `--help`.

use super::{Cli, Ending, Error, Outcome};

pub fn completions(shell: clap_complete::Shell) -> Outcome {
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut <Cli as clap::CommandFactory>::command(), "icc", &mut out);
    Outcome::new(String::from_utf8_lossy(&out).into_owned(), Ending::Passed)
}

pub fn man() -> Result<Outcome, Error> {
    let mut out = Vec::new();
    clap_mangen::Man::new(<Cli as clap::CommandFactory>::command())
        .render(&mut out)
        .map_err(|err| Error::Write(format!("cannot render the man page: {err}")))?;
    Ok(Outcome::new(String::from_utf8_lossy(&out).into_owned(), Ending::Passed))
}
