#!/usr/bin/env bash
# Installs what is missing and runs every check: formatting, clippy, native tests, the release
# build and the browser tests (Chromium, playwright-core, axe-core).
source "$(dirname "$0")/setup.sh"
ensure_build_tools
ensure_chromium
cd "$ROOT"

say "cargo fmt --check"
cargo fmt --all -- --check

say "cargo clippy"
cargo clippy --workspace --all-targets --quiet -- -D warnings

say "cargo test (native: core, config, scoring, storage format)"
cargo test --workspace --quiet

build_release

say "browser tests (tests/e2e)"
cd "$ROOT/tests/e2e"
npm test --silent
