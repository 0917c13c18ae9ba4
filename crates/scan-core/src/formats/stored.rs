//! The versioned format in which progress is stored (JSON), and its migrations.
//!
//! ```json
//! {"format":1,"scan":"scan-passend-onderwijs","scan_version":"2026.1","progress":{...}}
//! ```
//! A newer questionnaire version keeps the answers (they are keyed by id). A stored text that
//! cannot be read is an error the caller must keep aside, never a reason to wipe it.

use std::fmt;

use std::collections::{BTreeMap, BTreeSet};

use super::json::{self, Json};
use crate::model::Questionnaire;
use crate::progress::{Profile, Progress, Step};

/// The format version this build writes.
pub const FORMAT_VERSION: u32 = 1;

/// Why stored data could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoredDataError {
    /// Not JSON, or JSON of another shape.
    Unreadable(String),
    /// Written by a newer version of the widget.
    NewerFormat(u32),
    /// Progress of another scan.
    OtherScan(String),
}

impl fmt::Display for StoredDataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoredDataError::Unreadable(e) => write!(f, "stored data is unreadable: {e}"),
            StoredDataError::NewerFormat(v) => {
                write!(f, "stored data has format {v}, newer than {FORMAT_VERSION}")
            }
            StoredDataError::OtherScan(id) => write!(f, "stored data belongs to scan \"{id}\""),
        }
    }
}

impl std::error::Error for StoredDataError {}

/// Serializes progress for storage: keys in a fixed order, maps sorted by key.
pub fn encode(q: &Questionnaire, progress: &Progress) -> String {
    let mut out = format!("{{\"format\":{FORMAT_VERSION},\"scan\":");
    json::write_string(&mut out, &q.id);
    out.push_str(",\"scan_version\":");
    json::write_string(&mut out, &q.version);
    out.push_str(",\"progress\":{\"answers\":");
    write_map(&mut out, &progress.answers);
    out.push_str(",\"notes\":");
    write_map(&mut out, &progress.notes);
    out.push_str(",\"step\":");
    match &progress.step {
        Step::Start => out.push_str("{\"screen\":\"start\"}"),
        Step::Results => out.push_str("{\"screen\":\"results\"}"),
        Step::Theme(id) => {
            out.push_str("{\"screen\":\"theme\",\"theme\":");
            json::write_string(&mut out, id);
            out.push('}');
        }
    }
    out.push_str(",\"modules\":[");
    for (i, m) in progress.modules.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        json::write_string(&mut out, m);
    }
    out.push_str("],\"profile\":{");
    let profile = [
        ("school_type", &progress.profile.school_type),
        ("role", &progress.profile.role),
    ];
    let mut first = true;
    for (key, value) in profile {
        if let Some(value) = value {
            if !first {
                out.push(',');
            }
            first = false;
            json::write_string(&mut out, key);
            out.push(':');
            json::write_string(&mut out, value);
        }
    }
    out.push_str("}}}");
    out
}

fn write_map(out: &mut String, map: &BTreeMap<String, String>) {
    out.push('{');
    for (i, (k, v)) in map.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        json::write_string(out, k);
        out.push(':');
        json::write_string(out, v);
    }
    out.push('}');
}

/// Reads stored progress for scan `q`, migrating older formats.
pub fn decode(q: &Questionnaire, text: &str) -> Result<Progress, StoredDataError> {
    let doc = json::parse(text).map_err(StoredDataError::Unreadable)?;
    let format = match doc.get("format") {
        Some(Json::Number(n)) => n.parse::<u32>().ok(),
        _ => None,
    };
    let (Some(format), Some(Json::String(scan))) = (format, doc.get("scan")) else {
        return Err(unreadable("no \"format\" and \"scan\""));
    };
    if format == 0 {
        return Err(unreadable("format 0 does not exist"));
    }
    if format > FORMAT_VERSION {
        return Err(StoredDataError::NewerFormat(format));
    }
    if scan != &q.id {
        return Err(StoredDataError::OtherScan(scan.clone()));
    }
    // Format 1 is the first; later formats add a migration step per version here.
    let (Some(Json::String(_)), Some(progress)) = (doc.get("scan_version"), doc.get("progress"))
    else {
        return Err(unreadable("no \"scan_version\" and \"progress\""));
    };
    read_progress(progress).ok_or_else(|| unreadable("\"progress\" has the wrong shape"))
}

fn unreadable(why: &str) -> StoredDataError {
    StoredDataError::Unreadable(why.into())
}

/// Progress from its JSON object; a field that is left out takes its default.
fn read_progress(p: &Json) -> Option<Progress> {
    let Json::Object(_) = p else { return None };
    let text = |v: &Json| match v {
        Json::String(s) => Some(s.clone()),
        _ => None,
    };
    let map = |key: &str| match p.get(key) {
        None => Some(BTreeMap::new()),
        Some(Json::Object(members)) => members
            .iter()
            .map(|(k, v)| Some((k.clone(), text(v)?)))
            .collect(),
        Some(_) => None,
    };
    let step = match p.get("step") {
        None => Step::Start,
        Some(step) => match (
            step.get("screen").and_then(text).as_deref(),
            step.get("theme"),
        ) {
            (Some("start"), _) => Step::Start,
            (Some("results"), _) => Step::Results,
            (Some("theme"), Some(id)) => Step::Theme(text(id)?),
            _ => return None,
        },
    };
    let modules = match p.get("modules") {
        None => BTreeSet::new(),
        Some(Json::Array(items)) => items.iter().map(text).collect::<Option<_>>()?,
        Some(_) => return None,
    };
    let profile = match p.get("profile") {
        None => Profile::default(),
        Some(profile @ Json::Object(_)) => {
            let field = |key: &str| match profile.get(key) {
                None | Some(Json::Null) => Some(None),
                Some(v) => text(v).map(Some),
            };
            Profile {
                school_type: field("school_type")?,
                role: field("role")?,
            }
        }
        Some(_) => return None,
    };
    Some(Progress {
        answers: map("answers")?,
        notes: map("notes")?,
        step,
        modules,
        profile,
    })
}
