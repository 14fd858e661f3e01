//! Windows of days, indexed to answer "which windows hold these days" and
//! "which meet them" without looking at every window: the phases an event
//! may belong to. Knows nothing of plans.
//!
//! The windows are sorted by first day, with a max-tree over their last
//! days (a segment tree kept in one array, children of node `i` at `2i`
//! and `2i + 1`). A query looks at the windows starting by some day and
//! reports those ending on or after another: `O((k + 1) log n)` for `k`
//! reported of `n`, where a scan would be `O(n)` (20,000 phases nested in
//! one long phase made every event's query look at all of them).

use chrono::NaiveDate;

/// Windows `(first, last, key)`, both days counted.
#[derive(Clone, Debug, Default)]
pub struct Intervals {
    /// First days, sorted.
    firsts: Vec<NaiveDate>,
    /// Last day and key of each window, in the order of `firsts`.
    entries: Vec<(NaiveDate, usize)>,
    /// Leaves from `size`: each window's last day; a node: the latest of
    /// its children's. Empty leaves hold `NaiveDate::MIN`.
    latest: Vec<NaiveDate>,
    size: usize,
}

impl Intervals {
    pub fn new(mut windows: Vec<(NaiveDate, NaiveDate, usize)>) -> Intervals {
        windows.sort_unstable();
        let size = windows.len().next_power_of_two();
        let mut latest = vec![NaiveDate::MIN; 2 * size];
        for (i, (_, last, _)) in windows.iter().enumerate() {
            latest[size + i] = *last;
        }
        for node in (1..size).rev() {
            latest[node] = latest[2 * node].max(latest[2 * node + 1]);
        }
        Intervals {
            firsts: windows.iter().map(|w| w.0).collect(),
            entries: windows.iter().map(|w| (w.1, w.2)).collect(),
            latest,
            size,
        }
    }

    /// The keys of windows holding every day from `first` to `last`, at
    /// most `most` of them, in ascending order.
    pub fn holding(&self, first: NaiveDate, last: NaiveDate, most: usize) -> Vec<usize> {
        self.query(first, last, most)
    }

    /// The keys of windows with at least one day from `first` to `last`,
    /// at most `most` of them, in ascending order.
    pub fn meeting(&self, first: NaiveDate, last: NaiveDate, most: usize) -> Vec<usize> {
        self.query(last, first, most)
    }

    /// Windows starting by `started_by` and ending on or after `ends_by`,
    /// the latest to start first.
    fn query(&self, started_by: NaiveDate, ends_by: NaiveDate, most: usize) -> Vec<usize> {
        let prefix = self.firsts.partition_point(|first| *first <= started_by);
        let mut found = Vec::new();
        // Nodes with the range of windows they cover, right before left.
        let mut stack = vec![(1usize, 0usize, self.size)];
        while let Some((node, from, to)) = stack.pop() {
            if found.len() == most {
                break;
            }
            if from >= prefix || self.latest[node] < ends_by {
                continue;
            }
            if node >= self.size {
                found.push(self.entries[from].1);
                continue;
            }
            let middle = (from + to) / 2;
            stack.push((2 * node, from, middle));
            stack.push((2 * node + 1, middle, to));
        }
        found.sort_unstable();
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(n: i64) -> NaiveDate {
        NaiveDate::from_ymd_opt(2024, 1, 1).unwrap() + chrono::Duration::days(n)
    }

    /// Every query against a scan of every window, on windows of every
    /// overlap, with and without a limit.
    #[test]
    fn queries_agree_with_a_scan() {
        let mut windows = Vec::new();
        let mut seed = 7u64;
        for key in 0..300 {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            let first = (seed >> 33) as i64 % 400;
            let length = (seed >> 13) as i64 % 90;
            windows.push((day(first), day(first + length), key));
        }
        windows.push((day(-50), day(500), 300));
        let index = Intervals::new(windows.clone());
        for a in (-60..520).step_by(7) {
            for length in [0, 1, 10, 45, 200] {
                let (first, last) = (day(a), day(a + length));
                let holding: Vec<usize> = windows
                    .iter()
                    .filter(|w| w.0 <= first && last <= w.1)
                    .map(|w| w.2)
                    .collect();
                let meeting: Vec<usize> = windows
                    .iter()
                    .filter(|w| w.0 <= last && first <= w.1)
                    .map(|w| w.2)
                    .collect();
                let mut holding_sorted = holding.clone();
                holding_sorted.sort_unstable();
                let mut meeting_sorted = meeting.clone();
                meeting_sorted.sort_unstable();
                assert_eq!(index.holding(first, last, usize::MAX), holding_sorted);
                assert_eq!(index.meeting(first, last, usize::MAX), meeting_sorted);
                assert_eq!(index.holding(first, last, 3).len(), holding.len().min(3));
                assert!(index.meeting(first, last, 2).iter().all(|k| meeting.contains(k)));
            }
        }
        assert_eq!(
            Intervals::new(Vec::new()).holding(day(0), day(0), 5),
            Vec::<usize>::new()
        );
    }
}
