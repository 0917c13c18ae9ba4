//! Drawing markup again in place: a container of markup built with maud ([`super::markup`])
//! takes the new markup by keeping every node that is still of the same kind and changing only
//! what differs (text, attributes, a checkbox's or radio button's checked state), so that
//! keyboard focus stays where it is and an alert that stays is not announced again. A node that
//! came or went between two that stay is inserted or removed without touching them; other
//! new nodes are moved in, and nodes that are gone are removed.
//!
//! What a person changes besides ticking (a text field's value, a `<details>` opened, a selected
//! option) is a property the markup does not carry: markup drawn this way holds none of those.
//!
//! Our own code, not a library: Leptos updates only its own views, and morphdom and its kin are
//! JavaScript (bench/README.md, "Own code where a crate exists").

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement, Node};

use super::markup::Html;

/// Makes `container`'s content the markup `html`, in place.
pub fn redraw(container: &Element, html: &Html) {
    let Some(document) = container.owner_document() else {
        return;
    };
    let Ok(fresh) = document.create_element("div") else {
        return html.set_as_content_of(container);
    };
    html.set_as_content_of(&fresh);
    children_like(container, &fresh);
}

/// The child nodes of `node`, as they are now.
fn children(node: &Node) -> Vec<Node> {
    let list = node.child_nodes();
    (0..list.length()).filter_map(|i| list.item(i)).collect()
}

/// Whether two nodes are of the same kind (type and tag), so that one can become the other.
fn same_kind(a: &Node, b: &Node) -> bool {
    a.node_type() == b.node_type() && a.node_name() == b.node_name()
}

/// Makes `old`'s children like `new`'s, in document order, looking one node ahead so that a node
/// inserted or removed between others does not shift every node after it.
fn children_like(old: &Node, new: &Node) {
    let (olds, news) = (children(old), children(new));
    let mut next_old = 0;
    for (i, n) in news.iter().enumerate() {
        let Some(o) = olds.get(next_old) else {
            let _ = old.append_child(n);
            continue;
        };
        if same_kind(o, n) {
            node_like(o, n);
            next_old += 1;
        } else if olds
            .get(next_old + 1)
            .is_some_and(|after| same_kind(after, n))
        {
            // `o` is gone.
            let _ = old.remove_child(o);
            node_like(&olds[next_old + 1], n);
            next_old += 2;
        } else if news.get(i + 1).is_some_and(|after| same_kind(o, after)) {
            // `n` is new, before `o`.
            let _ = old.insert_before(n, Some(o));
        } else {
            let _ = old.replace_child(n, o);
            next_old += 1;
        }
    }
    for o in olds.iter().skip(next_old) {
        let _ = old.remove_child(o);
    }
}

/// Makes `old` like `new`, a node of the same kind.
fn node_like(old: &Node, new: &Node) {
    let (Some(o), Some(n)) = (old.dyn_ref::<Element>(), new.dyn_ref::<Element>()) else {
        if old.node_value() != new.node_value() {
            old.set_node_value(new.node_value().as_deref());
        }
        return;
    };
    for name in o.get_attribute_names().iter().filter_map(|v| v.as_string()) {
        if !n.has_attribute(&name) {
            let _ = o.remove_attribute(&name);
        }
    }
    for name in n.get_attribute_names().iter().filter_map(|v| v.as_string()) {
        let value = n.get_attribute(&name).unwrap_or_default();
        if o.get_attribute(&name).as_deref() != Some(value.as_str()) {
            let _ = o.set_attribute(&name, &value);
        }
    }
    // What the person ticked lives in the property, which the attribute no longer sets.
    if let Some(input) = o.dyn_ref::<HtmlInputElement>() {
        input.set_checked(n.has_attribute("checked"));
    }
    children_like(old, new);
}
