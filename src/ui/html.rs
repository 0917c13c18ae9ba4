//! Static markup written as HTML strings. A Leptos view costs code for every element type it
//! builds; parts that never change once shown (a statement's options, the results screen below
//! its heading) are cheaper as one string set with `inner_html`. Everything inserted is escaped;
//! buttons inside carry data attributes and one listener on the container handles them.

/// `text` safe inside HTML text and double-quoted attributes.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// ` lang="…"` for an element, or nothing when `lang` is None.
pub fn lang_attr(lang: Option<&str>) -> String {
    lang.map(|l| format!(r#" lang="{}""#, escape(l)))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_text_and_attributes() {
        assert_eq!(
            escape(r#"a & <b> "c" 'd'"#),
            "a &amp; &lt;b&gt; &quot;c&quot; 'd'"
        );
        assert_eq!(lang_attr(Some("en")), r#" lang="en""#);
        assert_eq!(lang_attr(None), "");
    }
}
