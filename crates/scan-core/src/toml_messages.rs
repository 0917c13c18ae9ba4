//! Messages about keys: an unknown key gets the nearest known one ("did you mean `weight`?").

/// "unknown key `wieght`: did you mean `weight`? Allowed here: …"
pub(crate) fn unknown_key(key: &str, allowed: &[&str]) -> String {
    let hint = nearest(key, allowed)
        .map(|k| format!(" did you mean `{k}`?"))
        .unwrap_or_default();
    let allowed: Vec<String> = allowed.iter().map(|k| format!("`{k}`")).collect();
    format!(
        "unknown key `{key}`:{hint} Allowed here: {}",
        allowed.join(", ")
    )
}

/// The allowed key closest to `key`, if it is close enough to be a typo.
fn nearest<'a>(key: &str, allowed: &[&'a str]) -> Option<&'a str> {
    allowed
        .iter()
        .map(|k| (edit_distance(key, k), *k))
        .filter(|(d, k)| *d <= (k.len() / 3).max(2))
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k)
}

/// Levenshtein distance, counted in characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let current = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != *cb))
                .min(row[j] + 1)
                .min(current + 1);
            prev = current;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distance_counts_single_edits() {
        assert_eq!(edit_distance("wieght", "weight"), 2);
        assert_eq!(edit_distance("weigh", "weight"), 1);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("stauses", "statuses"), 1);
    }

    #[test]
    fn nearest_only_suggests_likely_typos() {
        assert_eq!(nearest("wieght", &["id", "text", "weight"]), Some("weight"));
        assert_eq!(nearest("colour", &["id", "text", "weight"]), None);
    }
}
