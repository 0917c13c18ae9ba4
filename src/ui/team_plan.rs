use leptos::prelude::*;
use scan_core::formats::plan::PLAN_MAX_BYTES;
use scan_core::formats::plan::{PLAN_MAX_EXAMPLES, PLAN_TEXT_MAX_CHARS};
use scan_core::{PLAN_MAX_ITEMS, Plan, PlanItem, Profile, Questionnaire};
use std::sync::Arc;

use super::context::focus_after_render;
use super::markup::plan_summary;
use super::texts::Texts;
use crate::storage::{LoadNotice, PlanStore};

/// A text field of a plan item.
#[derive(Clone, Copy)]
enum Field {
    Theme,
    Goal,
    Actions,
    Who,
    ByWhen,
}

impl Field {
    fn of(self, it: &PlanItem) -> &String {
        match self {
            Field::Theme => &it.theme,
            Field::Goal => &it.goal,
            Field::Actions => &it.actions,
            Field::Who => &it.who,
            Field::ByWhen => &it.by_when,
        }
    }

    fn of_mut(self, it: &mut PlanItem) -> &mut String {
        match self {
            Field::Theme => &mut it.theme,
            Field::Goal => &mut it.goal,
            Field::Actions => &mut it.actions,
            Field::Who => &mut it.who,
            Field::ByWhen => &mut it.by_when,
        }
    }

    /// The id of this field's control in the form of item `i`.
    fn id(self, i: usize) -> String {
        let name = match self {
            Field::Theme => "theme",
            Field::Goal => "goal",
            Field::Actions => "actions",
            Field::Who => "who",
            Field::ByWhen => "when",
        };
        format!("spo-plan-{i}-{name}")
    }
}

/// The id of the button that adds a focus theme.
const ADD_ID: &str = "spo-plan-add";

/// Where keyboard focus goes once item `removed` is gone from a plan of `left` items: the
/// item that took its place, else the one before it, else the button that adds one.
fn focus_after_removing(removed: usize, left: usize) -> String {
    match left.checked_sub(1) {
        Some(last) => Field::Theme.id(removed.min(last)),
        None => ADD_ID.to_string(),
    }
}

/// The team's action plan: for up to three focus themes a goal, actions, who, by when and the
/// examples to try (those that suit one of the respondents' `profiles`, and any already
/// chosen). Saved in this browser on every change, and as a file to reopen. A stored plan that
/// cannot be read is kept aside, and the advisor is told where.
#[component]
pub fn PlanEditor(
    q: Arc<Questionnaire>,
    texts: Texts,
    profiles: Memo<Vec<Profile>>,
    /// Notified when the advisor wipes the team page's data on this device: the plan empties.
    wiped: Trigger,
) -> impl IntoView {
    let t = texts;
    let store = StoredValue::new(PlanStore::new(&q));
    let (loaded, notice) = store.with_value(|s| s.load(&q));
    let plan = RwSignal::new(loaded);
    let empty = Plan::new(&q);
    Effect::new(move |ran: Option<()>| {
        wiped.track();
        if ran.is_some() {
            plan.set(empty.clone());
        }
    });
    // Storage refused to keep an unreadable plan aside: it stays, and nothing saves over it.
    let can_save = !matches!(notice, Some(LoadNotice::Unavailable));
    let saved = RwSignal::new(can_save);
    Effect::new(move |_| {
        let ok = plan.with(|p| can_save && store.with_value(|s| s.save(p)));
        saved.set(ok);
    });
    let kept_aside = match notice {
        Some(LoadNotice::KeptAside { aside_key, .. }) => Some(view! {
            <p class="spo-alert" role="alert">
                {t.plan_kept_aside()} <code>{aside_key}</code> "."
            </p>
        }),
        _ => None,
    };
    let status = RwSignal::new(None::<String>);
    let count = Memo::new(move |_| plan.with(|p| p.items.len()));
    let items = {
        let q = q.clone();
        move || {
            (0..count.get())
                .map(|i| view! { <PlanItemForm q=q.clone() texts=t plan=plan i=i profiles=profiles /> })
                .collect_view()
        }
    };
    // The new item's first field takes focus, so the keyboard goes on where the eyes do.
    let add = move |_| {
        plan.update(|p| {
            if p.items.len() < PLAN_MAX_ITEMS {
                p.items.push(PlanItem::default());
                focus_after_render(Field::Theme.id(p.items.len() - 1), true);
            }
        })
    };
    let save_file = move |_| {
        let text = plan.with_untracked(|p| {
            let mut p = p.clone();
            p.saved_at = super::context::now();
            p.encode()
        });
        let name = format!("plan-van-aanpak-{}.json", crate::files::today());
        let ok = crate::files::download(&name, &text, "application/json").is_ok();
        status.set(Some(
            if ok {
                t.file_saved()
            } else {
                t.file_not_saved()
            }
            .to_string(),
        ));
    };
    let calendar = {
        let q = q.clone();
        move |_: leptos::ev::MouseEvent| {
            let texts = scan_core::CalendarTexts {
                item: t.calendar_item(),
                actions: t.calendar_actions(),
                who: t.calendar_who(),
                review_summary: t.calendar_review(),
                review_description: t.calendar_review_text(),
            };
            let c = plan
                .with_untracked(|p| scan_core::plan_calendar(&q, p, super::context::now(), &texts));
            let name = format!("plan-van-aanpak-{}.ics", crate::files::today());
            let ok = crate::files::download(&name, &c.text, "text/calendar;charset=utf-8").is_ok();
            status.set(Some(if ok {
                t.plan_calendar_saved(c.events, c.left_out)
            } else {
                t.file_not_saved().to_string()
            }));
        }
    };
    let open_file = {
        let q = q.clone();
        move |ev: leptos::ev::Targeted<leptos::ev::Event, web_sys::HtmlInputElement>| {
            let Some(file) = crate::files::take_chosen(&ev.target()).into_iter().next() else {
                return;
            };
            let q = q.clone();
            leptos::task::spawn_local(async move {
                let name = file.name();
                let read = crate::files::read_text(&file, PLAN_MAX_BYTES)
                    .await
                    .and_then(|text| Plan::decode(&q, text.as_bytes()));
                match read {
                    Ok(p) => {
                        plan.set(p);
                        status.set(Some(t.plan_opened().to_string()));
                    }
                    Err(e) => status.set(Some(t.plan_problem(&name, &e))),
                }
            });
        }
    };
    let summary = {
        let q = q.clone();
        move || plan.with(|p| super::markup::Html::from(plan_summary(&q, p, t)))
    };
    view! {
        <section class="spo-team-plan" aria-labelledby="spo-plan-title">
            <h3 id="spo-plan-title">{t.plan_title()}</h3>
            {kept_aside}
            <div class="spo-no-print spo-plan-editor">
                <p class="spo-hint">{t.plan_intro()}</p>
                {items}
                {move || (count.get() < PLAN_MAX_ITEMS).then(|| view! {
                    <button type="button" id=ADD_ID class="spo-button" on:click=add>{t.plan_add()}</button>
                })}
                <div class="spo-actions">
                    <button type="button" class="spo-button" on:click=save_file>{t.plan_save()}</button>
                    <button type="button" class="spo-button" on:click=calendar>{t.plan_calendar()}</button>
                    <label class="spo-button spo-file-button">
                        {t.plan_open()}
                        <input type="file" accept=".json,application/json" class="spo-sr" on:change:target=open_file />
                    </label>
                </div>
                <p class="spo-hint" role="status">
                    {move || status.get()}
                    {move || (!saved.get()).then(|| t.plan_not_stored())}
                </p>
            </div>
            <div class="spo-print-only" inner_html=summary></div>
        </section>
    }
}

/// The form for item `i` of `plan`.
#[component]
fn PlanItemForm(
    q: Arc<Questionnaire>,
    texts: Texts,
    plan: RwSignal<Plan>,
    i: usize,
    profiles: Memo<Vec<Profile>>,
) -> impl IntoView {
    let t = texts;
    let get = move |f: Field| {
        move || {
            plan.with(|p| {
                p.items
                    .get(i)
                    .map(|it| f.of(it).clone())
                    .unwrap_or_default()
            })
        }
    };
    let set = move |f: Field| {
        move |ev: leptos::ev::Event| {
            // The fields' `maxlength` counts UTF-16 units, so this cut (in characters, as the
            // plan reader cuts) only matters for a value set by other means.
            let v: String = event_target_value(&ev)
                .chars()
                .take(PLAN_TEXT_MAX_CHARS)
                .collect();
            plan.update(|p| {
                if let Some(it) = p.items.get_mut(i) {
                    *f.of_mut(it) = v;
                }
            })
        }
    };
    let theme_of = get(Field::Theme);
    // The examples are drawn again only when the theme or the team changes, so a checkbox
    // keeps focus.
    let theme = Memo::new(move |_| theme_of());
    let examples = {
        let q = q.clone();
        move || {
            let theme = theme.get();
            if theme.is_empty() {
                return view! { <p class="spo-hint">{t.plan_examples_theme_first()}</p> }
                    .into_any();
            }
            let team = profiles.get();
            let chosen = plan.with_untracked(|p| p.items.get(i).map(|it| it.examples.clone()));
            let boxes = q.examples
                .iter()
                .filter(|e| q.themes[e.theme].id == theme)
                .filter(|e| {
                    e.audience.suits(&team)
                        || chosen.as_ref().is_some_and(|c| c.contains(&e.id))
                })
                .map(|e| {
                    let eid = e.id.clone();
                    let checked = {
                        let eid = eid.clone();
                        move || {
                            plan.with(|p| {
                                p.items.get(i).is_some_and(|it| it.examples.contains(&eid))
                            })
                        }
                    };
                    // At most PLAN_MAX_EXAMPLES, as the plan reader keeps: the others are
                    // off until one is unchecked.
                    let full = {
                        let eid = eid.clone();
                        move || {
                            plan.with(|p| {
                                p.items.get(i).is_some_and(|it| {
                                    it.examples.len() >= PLAN_MAX_EXAMPLES
                                        && !it.examples.contains(&eid)
                                })
                            })
                        }
                    };
                    let toggle = move |ev: leptos::ev::Event| {
                        let on = event_target_checked(&ev);
                        plan.update(|p| {
                            if let Some(it) = p.items.get_mut(i) {
                                it.examples.retain(|x| *x != eid);
                                if on && it.examples.len() < PLAN_MAX_EXAMPLES {
                                    it.examples.push(eid.clone());
                                }
                            }
                        })
                    };
                    view! {
                        <label class="spo-check">
                            <input type="checkbox" prop:checked=checked prop:disabled=full on:change=toggle />
                            <span>{e.title.clone()}</span>
                        </label>
                    }
                })
                .collect::<Vec<_>>();
            if boxes.is_empty() {
                view! { <p class="spo-hint">{t.plan_examples_none()}</p> }.into_any()
            } else {
                boxes.into_any()
            }
        }
    };
    let themes = q
        .themes
        .iter()
        .map(|th| view! { <option value=th.id.clone()>{th.title.clone()}</option> })
        .collect_view();
    // Its button goes with it: focus moves on to the form in its place (else the add button).
    let remove = move |_| {
        plan.update(|p| {
            if i < p.items.len() {
                p.items.remove(i);
                focus_after_render(focus_after_removing(i, p.items.len()), false);
            }
        })
    };
    view! {
        <fieldset class="spo-plan-item">
            <legend>{t.plan_item(i + 1)}</legend>
            <div class="spo-field">
                <label for=Field::Theme.id(i)>{t.plan_theme()}</label>
                <select id=Field::Theme.id(i) prop:value=theme_of on:change=set(Field::Theme)>
                    <option value="">{t.plan_choose_theme()}</option>
                    {themes}
                </select>
            </div>
            <div class="spo-field spo-field--wide">
                <label for=Field::Goal.id(i)>{t.plan_goal()}</label>
                <textarea id=Field::Goal.id(i) rows="2" maxlength=PLAN_TEXT_MAX_CHARS prop:value=get(Field::Goal) on:input=set(Field::Goal)></textarea>
            </div>
            <div class="spo-field spo-field--wide">
                <label for=Field::Actions.id(i)>{t.plan_actions()}</label>
                <textarea id=Field::Actions.id(i) rows="3" maxlength=PLAN_TEXT_MAX_CHARS prop:value=get(Field::Actions) on:input=set(Field::Actions)></textarea>
            </div>
            <div class="spo-field">
                <label for=Field::Who.id(i)>{t.plan_who()}</label>
                <input id=Field::Who.id(i) type="text" maxlength=PLAN_TEXT_MAX_CHARS prop:value=get(Field::Who) on:input=set(Field::Who) />
            </div>
            <div class="spo-field">
                <label for=Field::ByWhen.id(i)>{t.plan_when()}</label>
                <input id=Field::ByWhen.id(i) type="text" maxlength=PLAN_TEXT_MAX_CHARS aria-describedby=format!("{}-hint", Field::ByWhen.id(i)) prop:value=get(Field::ByWhen) on:input=set(Field::ByWhen) />
                <p class="spo-hint" id=format!("{}-hint", Field::ByWhen.id(i))>{t.plan_when_hint()}</p>
            </div>
            <fieldset class="spo-plan-examples">
                <legend>{t.plan_examples()}</legend>
                {examples}
            </fieldset>
            <button type="button" class="spo-link" on:click=remove>{t.plan_remove(i + 1)}</button>
        </fieldset>
    }
}
