//! [`Html`]: the only HTML the widget puts into the page, made from maud's escaping markup.

use leptos::tachys::html::attribute::AttributeValue;
use leptos::tachys::html::element::InnerHtmlValue;
use maud::Markup;

/// HTML built by maud, which escapes every value unless told otherwise (`PreEscaped`, which
/// no builder uses). It can be made from [`Markup`] and
/// nothing else, so a `String` of HTML cannot reach the page by mistake: every `inner_html`
/// and [`super::super::redraw::redraw`] takes an `Html`, and clippy refuses a direct
/// `Element::set_inner_html` (`clippy.toml`) outside [`Html::set_as_content_of`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Html(String);

impl From<Markup> for Html {
    fn from(markup: Markup) -> Self {
        Html(markup.into_string())
    }
}

impl Html {
    /// The markup's text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Makes this the whole content of `element`.
    pub fn set_as_content_of(&self, element: &web_sys::Element) {
        #[allow(clippy::disallowed_methods)]
        element.set_inner_html(&self.0);
    }
}

/// As Leptos's `inner_html` value: the same as a `String`.
impl InnerHtmlValue for Html {
    type AsyncOutput = Self;
    type State = <String as InnerHtmlValue>::State;
    type Cloneable = Self;
    type CloneableOwned = Self;

    fn html_len(&self) -> usize {
        self.0.len()
    }

    fn to_html(self, buf: &mut String) {
        InnerHtmlValue::to_html(self.0, buf)
    }

    fn to_template(buf: &mut String) {
        <String as InnerHtmlValue>::to_template(buf)
    }

    fn hydrate<const FROM_SERVER: bool>(self, el: &web_sys::Element) -> Self::State {
        InnerHtmlValue::hydrate::<FROM_SERVER>(self.0, el)
    }

    fn build(self, el: &web_sys::Element) -> Self::State {
        InnerHtmlValue::build(self.0, el)
    }

    fn rebuild(self, state: &mut Self::State) {
        InnerHtmlValue::rebuild(self.0, state)
    }

    fn into_cloneable(self) -> Self {
        self
    }

    fn into_cloneable_owned(self) -> Self {
        self
    }

    fn dry_resolve(&mut self) {}

    async fn resolve(self) -> Self {
        self
    }
}

/// So that `view!` takes it (and a closure returning it) as `inner_html=`: the macro passes
/// every attribute's value through `IntoAttributeValue`. As any attribute's value it is its
/// text, which the DOM escapes.
impl AttributeValue for Html {
    type State = <String as AttributeValue>::State;
    type AsyncOutput = Self;
    type Cloneable = Self;
    type CloneableOwned = Self;

    fn html_len(&self) -> usize {
        self.0.len()
    }

    fn to_html(self, key: &str, buf: &mut String) {
        AttributeValue::to_html(self.0, key, buf)
    }

    fn to_template(key: &str, buf: &mut String) {
        <String as AttributeValue>::to_template(key, buf)
    }

    fn hydrate<const FROM_SERVER: bool>(self, key: &str, el: &web_sys::Element) -> Self::State {
        AttributeValue::hydrate::<FROM_SERVER>(self.0, key, el)
    }

    fn build(self, el: &web_sys::Element, key: &str) -> Self::State {
        AttributeValue::build(self.0, el, key)
    }

    fn rebuild(self, key: &str, state: &mut Self::State) {
        AttributeValue::rebuild(self.0, key, state)
    }

    fn into_cloneable(self) -> Self {
        self
    }

    fn into_cloneable_owned(self) -> Self {
        self
    }

    fn dry_resolve(&mut self) {}

    async fn resolve(self) -> Self {
        self
    }
}
