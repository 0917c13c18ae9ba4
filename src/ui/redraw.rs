//! Drawing markup again in place: a container of markup built with maud ([`super::markup`])
//! takes the new markup by keeping every node that is still of the same kind and changing only
//! what differs (text, attributes, a checkbox's or radio button's state), so that keyboard focus
//! stays where it is and an alert that stays is not announced again. Nodes that are new are
//! moved in; nodes that are gone are removed.
//!
//! Our own code, not a library: Leptos updates only its own views, and morphdom and its kin are
//! JavaScript (bench/README.md, "Own code where a crate exists").

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement, Node};

/// Makes `container`'s content the markup `html`, in place.
pub fn redraw(container: &Element, html: &str) {
    let Some(document) = container.owner_document() else {
        return;
    };
    let Ok(fresh) = document.create_element("div") else {
        return container.set_inner_html(html);
    };
    fresh.set_inner_html(html);
    children_like(container, &fresh);
}

/// The child nodes of `node`, as they are now.
fn children(node: &Node) -> Vec<Node> {
    let list = node.child_nodes();
    (0..list.length()).filter_map(|i| list.item(i)).collect()
}

/// Makes `old`'s children like `new`'s, pair by pair in document order.
fn children_like(old: &Node, new: &Node) {
    let (olds, news) = (children(old), children(new));
    for (i, n) in news.iter().enumerate() {
        match olds.get(i) {
            Some(o) if o.node_type() == n.node_type() && o.node_name() == n.node_name() => {
                node_like(o, n)
            }
            Some(o) => {
                let _ = old.replace_child(n, o);
            }
            None => {
                let _ = old.append_child(n);
            }
        }
    }
    for o in olds.iter().skip(news.len()) {
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
