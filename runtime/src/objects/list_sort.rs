//! `list.sort` and the stable sort behind it and `sorted`.
//!
//! Python's comparisons can fail, run arbitrary code and be inconsistent (NaN, or a `__lt__`
//! that lies), so the sort is written here rather than taken from `slice::sort_by`, which may
//! panic on an inconsistent order. It follows CPython's timsort in the parts a program can
//! observe for short lists: a list is split into natural runs (strictly descending runs are
//! reversed), runs shorter than `minrun` are extended by binary insertion, and runs are merged
//! under timsort's stack invariants. Merging does no galloping, so longer lists may see a
//! different (but equally valid) sequence of comparisons. On an error the slice is always left
//! a permutation of its input, as CPython leaves the list.

use crate::builtins::args;
use crate::errors::{self, PyResult};
use crate::object::Ref;
use crate::objects::list::list_items;
use crate::objects::method_args;
use crate::objects::singletons::{none, none_ref};
use crate::objects::type_object::CompareOp;
use crate::ops;
use crate::value::Value;

/// `list.sort(*, key=None, reverse=False)`.
pub fn sort_method(list: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    let (positional, keywords) = args::split(args, kwnames);
    if !positional.is_empty() {
        return Err(errors::type_error("sort() takes no positional arguments"));
    }
    let bound = method_args::keyword_only("sort", &keywords, &["key", "reverse"])?;
    let key = bound[0].filter(|k| *k != none());
    let reverse = match bound[1] {
        Some(r) => method_args::c_int(r)? != 0,
        None => false,
    };
    sort_list(list, key, reverse)?;
    Ok(none_ref())
}

/// Sorts a list in place. While it sorts, the list reads as empty (so key functions and
/// comparisons that look at it see `[]`); anything they put into it is discarded and reported
/// as `ValueError: list modified during sort`, as in CPython.
pub fn sort_list(list: Value, key: Option<Value>, reverse: bool) -> PyResult<()> {
    let items = std::mem::take(list_items(list));
    let (items, result) = sort_items(items, key, reverse);
    let meanwhile = std::mem::replace(list_items(list), items);
    let modified = !meanwhile.is_empty() || meanwhile.capacity() != 0;
    // Dropped only once the list holds its items again.
    drop(meanwhile);
    result?;
    if modified {
        return Err(errors::value_error("list modified during sort"));
    }
    Ok(())
}

/// The items in sorted order, or as far as the sort got before an error.
fn sort_items(items: Vec<Ref>, key: Option<Value>, reverse: bool) -> (Vec<Ref>, PyResult<()>) {
    let computed_keys = match key.map(|f| compute_keys(&items, f)).transpose() {
        Ok(keys) => keys,
        // CPython gives the list back untouched when a key function fails.
        Err(e) => return (items, Err(e)),
    };
    let keys: Vec<Value> = computed_keys
        .as_ref()
        .unwrap_or(&items)
        .iter()
        .map(Ref::value)
        .collect();
    let mut order: Vec<usize> = (0..items.len()).collect();
    // Reversing before and after the sort keeps equal items in their original order.
    if reverse {
        order.reverse();
    }
    let result = stable_sort(&mut order, |a, b| is_less(keys[a], keys[b]));
    if reverse {
        order.reverse();
    }
    let mut slots: Vec<Option<Ref>> = items.into_iter().map(Some).collect();
    let sorted = order
        .iter()
        .map(|&i| slots[i].take().expect("the sort keeps a permutation"))
        .collect();
    (sorted, result)
}

/// `key(item)` for every item, in order, before any comparison (as CPython does).
fn compute_keys(items: &[Ref], key: Value) -> PyResult<Vec<Ref>> {
    items
        .iter()
        .map(|item| ops::call(key, &[item.value()], None))
        .collect()
}

/// `a < b`, the only comparison sorting uses.
pub fn is_less(a: Value, b: Value) -> PyResult<bool> {
    ops::is_true(ops::compare(a, b, CompareOp::Lt)?.value())
}

/// Sorts `v` stably by `less`; stops at the first error.
pub fn stable_sort<T: Copy>(
    v: &mut [T],
    mut less: impl FnMut(T, T) -> PyResult<bool>,
) -> PyResult<()> {
    let n = v.len();
    if n < 2 {
        return Ok(());
    }
    let minrun = min_run_length(n);
    let mut runs: Vec<Run> = Vec::new();
    let mut start = 0;
    while start < n {
        let rest = &mut v[start..];
        let (mut len, descending) = count_run(rest, &mut less)?;
        if descending {
            rest[..len].reverse();
        }
        if len < minrun {
            let forced = rest.len().min(minrun);
            binary_insertion_sort(&mut rest[..forced], len, &mut less)?;
            len = forced;
        }
        runs.push(Run { start, len });
        merge_collapse(v, &mut runs, &mut less)?;
        start += len;
    }
    merge_force_collapse(v, &mut runs, &mut less)
}

/// A sorted stretch of the slice.
#[derive(Clone, Copy)]
struct Run {
    start: usize,
    len: usize,
}

/// Timsort's minimum run length: `n` itself below 64, else between 32 and 64 such that
/// `n / minrun` is a power of two or just below one.
fn min_run_length(mut n: usize) -> usize {
    let mut low_bits = 0;
    while n >= 64 {
        low_bits |= n & 1;
        n >>= 1;
    }
    n + low_bits
}

/// The length of the run at the start of `v` (at least 2 when `v` has 2 items) and whether it
/// is strictly descending; a descending run stops at the first pair that is not, so that
/// reversing it keeps the sort stable.
fn count_run<T: Copy>(
    v: &[T],
    less: &mut impl FnMut(T, T) -> PyResult<bool>,
) -> PyResult<(usize, bool)> {
    if v.len() < 2 {
        return Ok((v.len(), false));
    }
    let descending = less(v[1], v[0])?;
    let mut n = 2;
    while n < v.len() && less(v[n], v[n - 1])? == descending {
        n += 1;
    }
    Ok((n, descending))
}

/// Sorts `v` whose first `sorted` items are already in order, inserting each following item
/// after the equal ones before it (binary search on `less(pivot, item)`).
fn binary_insertion_sort<T: Copy>(
    v: &mut [T],
    sorted: usize,
    less: &mut impl FnMut(T, T) -> PyResult<bool>,
) -> PyResult<()> {
    for i in sorted.max(1)..v.len() {
        let pivot = v[i];
        let (mut lo, mut hi) = (0, i);
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if less(pivot, v[mid])? {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        v[lo..=i].rotate_right(1);
    }
    Ok(())
}

/// Merges runs until the stack satisfies timsort's invariants (the version with CPython 3.8's
/// fix, checking the top three lengths).
fn merge_collapse<T: Copy>(
    v: &mut [T],
    runs: &mut Vec<Run>,
    less: &mut impl FnMut(T, T) -> PyResult<bool>,
) -> PyResult<()> {
    while runs.len() > 1 {
        let mut n = runs.len() - 2;
        let len = |i: usize| runs[i].len;
        if (n > 0 && len(n - 1) <= len(n) + len(n + 1))
            || (n > 1 && len(n - 2) <= len(n - 1) + len(n))
        {
            if len(n - 1) < len(n + 1) {
                n -= 1;
            }
        } else if len(n) > len(n + 1) {
            break;
        }
        merge_at(v, runs, n, less)?;
    }
    Ok(())
}

fn merge_force_collapse<T: Copy>(
    v: &mut [T],
    runs: &mut Vec<Run>,
    less: &mut impl FnMut(T, T) -> PyResult<bool>,
) -> PyResult<()> {
    while runs.len() > 1 {
        let mut n = runs.len() - 2;
        if n > 0 && runs[n - 1].len < runs[n + 1].len {
            n -= 1;
        }
        merge_at(v, runs, n, less)?;
    }
    Ok(())
}

/// Merges runs `i` and `i + 1` of the stack into one.
fn merge_at<T: Copy>(
    v: &mut [T],
    runs: &mut Vec<Run>,
    i: usize,
    less: &mut impl FnMut(T, T) -> PyResult<bool>,
) -> PyResult<()> {
    let (a, b) = (runs[i], runs[i + 1]);
    runs[i].len = a.len + b.len;
    runs.remove(i + 1);
    merge(&mut v[a.start..b.start + b.len], a.len, less)
}

/// Merges the sorted halves `v[..mid]` and `v[mid..]`; on a tie the left item comes first.
/// The left half is copied out, and on an error the copied items not yet placed go back into
/// the gap, so `v` stays a permutation.
fn merge<T: Copy>(
    v: &mut [T],
    mid: usize,
    less: &mut impl FnMut(T, T) -> PyResult<bool>,
) -> PyResult<()> {
    let left: Vec<T> = v[..mid].to_vec();
    let (mut l, mut r, mut out) = (0, mid, 0);
    while l < left.len() && r < v.len() {
        match less(v[r], left[l]) {
            Ok(true) => {
                v[out] = v[r];
                r += 1;
            }
            Ok(false) => {
                v[out] = left[l];
                l += 1;
            }
            Err(e) => {
                v[out..out + left.len() - l].copy_from_slice(&left[l..]);
                return Err(e);
            }
        }
        out += 1;
    }
    v[out..out + left.len() - l].copy_from_slice(&left[l..]);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sort_pairs(mut v: Vec<(i32, usize)>) -> Vec<(i32, usize)> {
        stable_sort(&mut v, |a, b| Ok(a.0 < b.0)).unwrap();
        v
    }

    #[test]
    fn sorts_stably_at_every_size() {
        let mut seed = 12345u64;
        for n in [0, 1, 2, 3, 10, 63, 64, 65, 100, 1000, 5000] {
            let v: Vec<(i32, usize)> = (0..n)
                .map(|i| {
                    seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1);
                    (((seed >> 33) % 50) as i32, i)
                })
                .collect();
            let mut expected = v.clone();
            expected.sort_by_key(|p| p.0);
            assert_eq!(sort_pairs(v), expected);
        }
    }

    #[test]
    fn an_inconsistent_order_still_gives_a_permutation() {
        let mut v: Vec<usize> = (0..500).rev().collect();
        let mut calls = 0u32;
        stable_sort(&mut v, |a, b| {
            calls += 1;
            Ok((a * 7 + b * 3 + calls as usize).is_multiple_of(3))
        })
        .unwrap();
        let mut seen = v.clone();
        seen.sort();
        assert_eq!(seen, (0..500).collect::<Vec<_>>());
    }
}
