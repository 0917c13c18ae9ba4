//! The scan an example reads files against: `--config SCAN.toml` as its first arguments (taken
//! off `args`), else the built-in scan.

pub fn scan(args: &mut Vec<String>) -> scan_core::Questionnaire {
    if args.first().is_some_and(|a| a == "--config") {
        let path = args.get(1).expect("--config needs a file").clone();
        args.drain(..2);
        let text = std::fs::read_to_string(&path).expect("SCAN.toml is readable");
        let source = scan_core::Source {
            name: &path,
            text: &text,
        };
        scan_core::parse(&[source]).expect("SCAN.toml is a valid scan")
    } else {
        scan_core::builtin().expect("built-in scan is valid")
    }
}
