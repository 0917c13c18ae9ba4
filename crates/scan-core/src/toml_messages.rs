//! The TOML parser's messages, reworded in the terms of the scan format: unknown keys get the
//! nearest known key ("did you mean `weight`?"), type errors name the key.

/// Rewrites a message of the TOML parser in the words of this format: unknown keys get the
/// nearest known key, type errors name the key.
pub(crate) fn friendly_message(text: &str, offset: usize, raw: &str) -> String {
    if let Some(rest) = raw.strip_prefix("unknown field `") {
        let (key, rest) = rest.split_once('`').unwrap_or((rest, ""));
        let allowed: Vec<&str> = rest.split('`').skip(1).step_by(2).collect();
        return unknown_key(key, &allowed);
    }
    if let Some(rest) = raw.strip_prefix("missing field `") {
        let key = rest.split('`').next().unwrap_or(rest);
        return format!("missing required key `{key}`");
    }
    if let Some(rest) = raw.strip_prefix("invalid type: ") {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        let expected = match expected {
            "i64" => "a whole number",
            "a boolean" => "true or false",
            "a string" => "a text in quotes",
            "a sequence" => "a list, like [\"a\", \"b\"]",
            other => other,
        };
        let line_start = text[..offset.min(text.len())]
            .rfind('\n')
            .map_or(0, |i| i + 1);
        let line = &text[line_start..];
        let key = line
            .split_once('=')
            .map(|(k, _)| k.trim())
            .filter(|k| !k.is_empty() && !k.contains(['[', '\n']));
        return match key {
            Some(key) => format!("`{key}` must be {expected}, not {found}"),
            None => format!("expected {expected}, found {found}"),
        };
    }
    raw.to_string()
}

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
