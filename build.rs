//! Checks the built-in questionnaire when the widget is built: a broken `questions/*.toml` fails
//! the build with every error as `file:line:column: message`. The valid questionnaire is written
//! to `$OUT_DIR` in the compact form the widget loads (`scan_core::embedded`, serde + postcard):
//! whole as `builtin.scan`, which the team and SWV pages embed, and without its practice
//! examples as `builtin-first.scan`, which the respondent's widget embeds; it fetches the
//! examples as a file of its own (`scan-examples.bin`, written into `dist/` by
//! `crates/scan-core/examples/builtin_parts.rs` from the same split). It also links the
//! respondent's widgets so that their results screen can be split off (`src/ui/results_part.rs`).

fn main() {
    // The respondent's widgets are split after linking (`scripts/split-wasm.sh`, a trunk hook):
    // the split tool needs the linker's relocations. Only these bins, only for WebAssembly.
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        for bin in ["scan-widget", "scan-widget-full"] {
            println!("cargo::rustc-link-arg-bin={bin}=--emit-relocs");
        }
    }
    println!("cargo::rerun-if-changed=questions/scan.toml");
    println!("cargo::rerun-if-changed=questions/themes.toml");
    println!("cargo::rerun-if-changed=questions/examples.toml");
    match scan_core::builtin() {
        Ok(q) => {
            let out =
                std::path::PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
            let write = |name: &str, bytes: Vec<u8>| {
                std::fs::write(out.join(name), bytes).expect("OUT_DIR is writable")
            };
            write("builtin.scan", scan_core::embedded::to_bytes(&q));
            write("builtin-first.scan", scan_core::embedded::split(&q).0);
        }
        Err(errors) => {
            for e in &errors.0 {
                println!("cargo::warning={e}");
            }
            eprintln!("\nThe built-in questionnaire in questions/ is invalid:\n{errors}\n");
            std::process::exit(1);
        }
    }
}
