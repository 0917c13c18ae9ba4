//! Checks the built-in questionnaire when the widget is built: a broken `questions/*.toml` fails
//! the build with every error as `file:line:column: message`. The valid questionnaire is written
//! to `$OUT_DIR/builtin.scan` in the compact form the widget loads (`scan_core::embedded`, serde + postcard).

fn main() {
    println!("cargo::rerun-if-changed=questions/scan.toml");
    println!("cargo::rerun-if-changed=questions/themes.toml");
    println!("cargo::rerun-if-changed=questions/examples.toml");
    match scan_core::builtin() {
        Ok(q) => {
            let out = std::path::Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"))
                .join("builtin.scan");
            std::fs::write(&out, scan_core::embedded::to_bytes(&q)).expect("OUT_DIR is writable");
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
