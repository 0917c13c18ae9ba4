//! Checks the built-in questionnaire when the widget is built: a broken `questions/*.toml` fails
//! the build with every error as `file:line:column: message`.

fn main() {
    println!("cargo::rerun-if-changed=questions/scan.toml");
    println!("cargo::rerun-if-changed=questions/examples.toml");
    if let Err(errors) = scan_core::builtin() {
        for e in &errors.0 {
            println!("cargo::warning={e}");
        }
        eprintln!("\nThe built-in questionnaire in questions/ is invalid:\n{errors}\n");
        std::process::exit(1);
    }
}
