# Installs what building and testing the widget needs, skipping what is already there.
# Sourced by serve.sh and test.sh; each function is idempotent.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION="0.21.14"   # 0.22 needs a newer rustc than 1.95
# The tool that splits the respondent's WebAssembly (scripts/split-wasm.sh), as cargo-leptos
# uses it; it reads what wasm_split_helpers (in Cargo.lock, through Leptos) writes.
WASM_SPLIT_VERSION="0.2.4"
export PATH="$HOME/.cargo/bin:$ROOT/tests/e2e/node_modules/.bin:$PATH"

say() { printf '\n==> %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

apt_install() {
  say "apt-get install $*"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@" >/dev/null
}

ensure_node() {
  command -v node >/dev/null && command -v npm >/dev/null || apt_install nodejs npm
}

ensure_wasm_target() {
  rustup target list --installed | grep -qx wasm32-unknown-unknown \
    || { say "rustup target add wasm32-unknown-unknown"; rustup target add wasm32-unknown-unknown; }
}

ensure_trunk() {
  if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
    say "cargo install trunk $TRUNK_VERSION (takes a few minutes once)"
    cargo install trunk --version "$TRUNK_VERSION" --locked
  fi
}

ensure_wasm_bindgen() {
  # Exactly the wasm-bindgen version in Cargo.lock. Not --locked: its lockfile wants a
  # webpki-roots release the registry here does not have.
  local want
  want=$(grep -A1 '^name = "wasm-bindgen"$' "$ROOT/Cargo.lock" | sed -n 's/^version = "\(.*\)"$/\1/p')
  if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $want" ]; then
    say "cargo install wasm-bindgen-cli $want (takes a few minutes once)"
    cargo install wasm-bindgen-cli --version "$want"
  fi
}

ensure_wasm_split() {
  # The tool has no --version; cargo's list of installed packages says which one is there.
  if ! { command -v wasm-split-cli >/dev/null &&
         cargo install --list | grep -qxF "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; }; then
    say "cargo install wasm_split_cli_support $WASM_SPLIT_VERSION (takes a few minutes once)"
    cargo install wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary --locked
  fi
}

ensure_npm_packages() {
  # $1: a folder with a package-lock.json (default tests/e2e: wasm-opt from npm binaryen,
  # playwright-core and axe-core). Installs exactly the locked versions, once per lock change.
  local dir="${1:-$ROOT/tests/e2e}"
  if ! cmp -s "$dir/package-lock.json" "$dir/node_modules/.package-lock.json.installed" 2>/dev/null; then
    say "npm ci (${dir#"$ROOT"/})"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
    cp "$dir/package-lock.json" "$dir/node_modules/.package-lock.json.installed"
  fi
}

ensure_chromium() {
  [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] || apt_install chromium chromium-driver
}

ensure_build_tools() {
  ensure_node
  ensure_wasm_target
  ensure_trunk
  ensure_wasm_bindgen
  ensure_wasm_split
  ensure_npm_packages
  say "cargo fetch"
  (cd "$ROOT" && cargo fetch --quiet)
}

# The release build into dist/. Offline: trunk must never download a tool.
build_release() {
  say "trunk build --release"
  (cd "$ROOT" && trunk build --release --offline --skip-version-check)
}
