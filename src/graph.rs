//! Dependency graphs over plain indices: an order in which every node comes
//! after the nodes it depends on (Kahn's algorithm), and the cycles that
//! leave nodes out of it (Tarjan's strongly connected components, then a
//! shortest cycle through each). Nothing here knows about plans; `resolve`
//! turns `after` lists into the predecessor lists these take. Nothing
//! recurses, so a chain of any length cannot overflow the stack.

use std::collections::{HashMap, VecDeque};

/// The nodes `0..preds.len()` in an order where each comes after all of
/// `preds[node]`. Nodes on a cycle, or after one, are left out. Nodes with
/// no predecessors start in index order.
pub fn order(preds: &[Vec<usize>]) -> Vec<usize> {
    let n = preds.len();
    let mut waiting: Vec<usize> = preds.iter().map(Vec::len).collect();
    let mut successors: Vec<Vec<usize>> = vec![Vec::new(); n];
    for (node, before) in preds.iter().enumerate() {
        for &pred in before {
            successors[pred].push(node);
        }
    }
    let mut ready: Vec<usize> = (0..n).rev().filter(|&i| waiting[i] == 0).collect();
    let mut order = Vec::with_capacity(n);
    while let Some(node) = ready.pop() {
        order.push(node);
        for &next in &successors[node] {
            waiting[next] -= 1;
            if waiting[next] == 0 {
                ready.push(next);
            }
        }
    }
    order
}

/// One cycle in each strongly connected component of more than one node
/// of the graph `preds` restricted to `nodes`: the shortest cycle from the
/// component's lowest node, as nodes in order, each followed by one of its
/// predecessors (`a` waits for `b`, `b` for `c`, `c` for `a`). Sorted.
pub fn cycles(nodes: &[usize], preds: &[Vec<usize>]) -> Vec<Vec<usize>> {
    let local: HashMap<usize, usize> = nodes.iter().enumerate().map(|(k, &node)| (node, k)).collect();
    let adjacency: Vec<Vec<usize>> = nodes
        .iter()
        .map(|&node| preds[node].iter().filter_map(|p| local.get(p).copied()).collect())
        .collect();
    let mut found: Vec<Vec<usize>> = components(&adjacency)
        .into_iter()
        .filter(|component| component.len() > 1)
        .filter_map(|component| {
            let start = *component.iter().min()?;
            shortest_cycle(start, &component, &adjacency).map(|cycle| cycle.into_iter().map(|k| nodes[k]).collect())
        })
        .collect();
    found.sort();
    found
}

/// The strongly connected components of a graph (Tarjan's algorithm, with
/// an explicit stack).
fn components(adjacency: &[Vec<usize>]) -> Vec<Vec<usize>> {
    let n = adjacency.len();
    let (mut index, mut low, mut on_stack) = (vec![usize::MAX; n], vec![0; n], vec![false; n]);
    let (mut stack, mut components, mut counter) = (Vec::new(), Vec::new(), 0);
    for root in 0..n {
        if index[root] != usize::MAX {
            continue;
        }
        let mut call: Vec<(usize, usize)> = vec![(root, 0)];
        index[root] = counter;
        low[root] = counter;
        counter += 1;
        stack.push(root);
        on_stack[root] = true;
        while let Some(&mut (v, ref mut next)) = call.last_mut() {
            if let Some(&w) = adjacency[v].get(*next) {
                *next += 1;
                if index[w] == usize::MAX {
                    index[w] = counter;
                    low[w] = counter;
                    counter += 1;
                    stack.push(w);
                    on_stack[w] = true;
                    call.push((w, 0));
                } else if on_stack[w] {
                    low[v] = low[v].min(index[w]);
                }
                continue;
            }
            call.pop();
            if let Some(&(parent, _)) = call.last() {
                low[parent] = low[parent].min(low[v]);
            }
            if low[v] == index[v] {
                let mut component = Vec::new();
                while let Some(w) = stack.pop() {
                    on_stack[w] = false;
                    component.push(w);
                    if w == v {
                        break;
                    }
                }
                components.push(component);
            }
        }
    }
    components
}

/// The shortest way from `start` back to itself inside one component
/// (breadth-first).
fn shortest_cycle(start: usize, component: &[usize], adjacency: &[Vec<usize>]) -> Option<Vec<usize>> {
    let inside: std::collections::HashSet<usize> = component.iter().copied().collect();
    let mut came_from: HashMap<usize, usize> = HashMap::new();
    let mut queue = VecDeque::from([start]);
    while let Some(v) = queue.pop_front() {
        for &w in &adjacency[v] {
            if !inside.contains(&w) {
                continue;
            }
            if w == start {
                let mut path = vec![v];
                while let Some(&p) = came_from.get(path.last()?) {
                    path.push(p);
                }
                path.reverse();
                return Some(path);
            }
            if let std::collections::hash_map::Entry::Vacant(entry) = came_from.entry(w) {
                entry.insert(v);
                queue.push_back(w);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn order_puts_each_node_after_its_predecessors() {
        // 0 ← 1 ← 2, 3 alone, 4 after 2 and 3.
        let preds = vec![vec![], vec![0], vec![1], vec![], vec![2, 3]];
        let order = order(&preds);
        assert_eq!(order.len(), 5);
        let at = |n: usize| order.iter().position(|&x| x == n).unwrap();
        for (node, before) in preds.iter().enumerate() {
            for &p in before {
                assert!(at(p) < at(node), "{p} before {node} in {order:?}");
            }
        }
    }

    #[test]
    fn nodes_on_or_behind_a_cycle_are_left_out() {
        // 0 and 1 wait for each other; 2 waits for 1; 3 is free.
        let preds = vec![vec![1], vec![0], vec![1], vec![]];
        assert_eq!(order(&preds), vec![3]);
        assert_eq!(cycles(&[0, 1, 2], &preds), vec![vec![0, 1]]);
    }

    #[test]
    fn the_shortest_cycle_of_each_component_from_its_lowest_node() {
        // A loop of three with a shortcut: 0 → 1 → 2 → 0 and 0 → 2.
        // (`preds[a]` holds what `a` waits for.)
        let preds = vec![vec![1, 2], vec![2], vec![0], vec![4], vec![3]];
        assert_eq!(cycles(&[0, 1, 2, 3, 4], &preds), vec![vec![0, 2], vec![3, 4]]);
        // A node waiting for itself is no component of more than one node.
        assert!(cycles(&[0], &[vec![0]]).is_empty());
    }

    #[test]
    fn a_long_chain_does_not_overflow_the_stack() {
        let n = 200_000;
        let mut preds: Vec<Vec<usize>> = (0..n).map(|i| if i == 0 { vec![] } else { vec![i - 1] }).collect();
        assert_eq!(order(&preds).len(), n);
        preds[0].push(n - 1);
        let nodes: Vec<usize> = (0..n).collect();
        assert_eq!(cycles(&nodes, &preds)[0].len(), n);
    }
}
