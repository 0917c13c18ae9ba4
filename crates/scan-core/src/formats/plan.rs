//! The team's action plan: for two or three focus themes a goal, actions, who, by when and the
//! practice examples the team wants to try. Stored with the team view and saved as a file the
//! advisor can reopen; versioned and read as carefully as an exchange file.

use serde::{Deserialize, Serialize};

use super::file::{FileError, FileKind};
use crate::model::Questionnaire;
use crate::progress::Millis;

/// What every plan file says it is.
pub const PLAN_KIND: &str = "scan-passend-onderwijs/plan";
/// The plan format this build writes.
pub const PLAN_FORMAT: u32 = 1;
/// The largest plan file read (bytes): every plan the form can make fits, the largest
/// ([`PLAN_MAX_ITEMS`] items, each text of [`PLAN_TEXT_MAX_CHARS`] characters that JSON writes
/// in six bytes, like `\u0001`, and [`PLAN_MAX_EXAMPLES`] ids of the longest kind) in about
/// 290 KB.
pub const PLAN_MAX_BYTES: usize = 512 * 1024;
/// Focus themes a plan holds at most.
pub const PLAN_MAX_ITEMS: usize = 3;
/// The longest text kept in a field (characters; the form's fields take no more).
pub const PLAN_TEXT_MAX_CHARS: usize = 4000;
/// Practice examples chosen per focus theme at most (the form offers no more).
pub const PLAN_MAX_EXAMPLES: usize = 10;

/// One focus theme of the plan.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanItem {
    /// Theme id; empty while not chosen.
    #[serde(default)]
    pub theme: String,
    #[serde(default)]
    pub goal: String,
    #[serde(default)]
    pub actions: String,
    #[serde(default)]
    pub who: String,
    #[serde(default)]
    pub by_when: String,
    /// Ids of the practice examples the team wants to try.
    #[serde(default)]
    pub examples: Vec<String>,
}

/// The plan, as stored and as a file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plan {
    pub kind: String,
    pub format: u32,
    pub scan: String,
    #[serde(default)]
    pub saved_at: Millis,
    #[serde(default)]
    pub items: Vec<PlanItem>,
}

impl Plan {
    /// An empty plan for scan `q`.
    pub fn new(q: &Questionnaire) -> Self {
        Plan {
            kind: PLAN_KIND.into(),
            format: PLAN_FORMAT,
            scan: q.id.clone(),
            saved_at: 0,
            items: Vec::new(),
        }
    }

    /// True when nothing was written in it.
    pub fn is_empty(&self) -> bool {
        self.items.iter().all(|i| *i == PlanItem::default())
    }

    /// JSON on one line.
    pub fn encode(&self) -> String {
        serde_json::to_string(self).expect("a plan serializes")
    }

    /// Reads a plan for scan `q`: kind and format first; texts are cut to
    /// [`PLAN_TEXT_MAX_CHARS`], items to [`PLAN_MAX_ITEMS`].
    pub fn decode(q: &Questionnaire, bytes: &[u8]) -> Result<Plan, FileError> {
        const PLAN_FILE: FileKind = FileKind {
            kind: PLAN_KIND,
            format: PLAN_FORMAT,
            max_bytes: PLAN_MAX_BYTES,
        };
        let mut plan: Plan = PLAN_FILE.read(q, bytes)?;
        plan.items.truncate(PLAN_MAX_ITEMS);
        let cut = |s: &mut String| *s = s.chars().take(PLAN_TEXT_MAX_CHARS).collect();
        for i in &mut plan.items {
            for field in [
                &mut i.theme,
                &mut i.goal,
                &mut i.actions,
                &mut i.who,
                &mut i.by_when,
            ] {
                cut(field);
            }
            i.examples.truncate(PLAN_MAX_EXAMPLES);
        }
        Ok(plan)
    }
}
