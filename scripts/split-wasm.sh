#!/usr/bin/env bash
# trunk post_build hook (Trunk.toml): splits the respondent's widgets, scan-widget and
# scan-widget-full, into what the first statement needs and a part fetched later (issue 21,
# src/ui/results_part.rs, bench/README.md). trunk 0.21 does not split, so this redoes its last
# steps from cargo's linked WebAssembly (linked with --emit-relocs, see build.rs):
#   wasm-split-cli -> the main module, `<bin>_<part>.wasm` per part and the loader of the parts;
#   wasm-bindgen on the main module -> `<bin>.js` and `<bin>_bg.wasm`, as trunk names them;
#   wasm-opt -Oz on each WebAssembly file in a release build, as trunk does.
# Every file lands in trunk's staging folder next to the others, with the bin's name in front,
# so both widgets' parts can live in one folder. Fails the build on anything unexpected.
set -euo pipefail

profile="${TRUNK_PROFILE:?run by trunk}"
staging="${TRUNK_STAGING_DIR:?run by trunk}"
target_dir="${CARGO_TARGET_DIR:-${TRUNK_SOURCE_DIR:?run by trunk}/target}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Replaces exactly one occurrence of $2 with $3 in file $1, or fails.
replace_once() {
  local count
  count=$(grep -o -F -- "$2" "$1" | wc -l)
  [ "$count" = 1 ] || { echo "split-wasm: expected one '$2' in $1, found $count" >&2; exit 1; }
  F="$2" T="$3" perl -0pi -e 's/\Q$ENV{F}\E/$ENV{T}/' "$1"
}

for bin in scan-widget scan-widget-full; do
  raw="$target_dir/wasm32-unknown-unknown/$profile/$bin.wasm"
  out="$work/$bin"
  wasm-split-cli --target web --out-name "$bin" "$raw" "$out/split"
  wasm-bindgen --target web --no-typescript --keep-lld-exports --no-demangle \
    --out-dir "$out/bindgen" --out-name "$bin" "$out/split/$bin.wasm"

  # The parts: split_<part>.wasm -> <bin>_<part>.wasm, named so in the parts' loader.
  loader="$out/split/__wasm_split.js"
  opt=("$staging/${bin}_bg.wasm")
  for part in "$out"/split/split_*.wasm; do
    [ -e "$part" ] || continue
    name="$(basename "$part" .wasm)"; name="${name#split_}"
    replace_once "$loader" "\"./split_$name.wasm\"" "\"./${bin}_$name.wasm\""
    cp "$part" "$staging/${bin}_$name.wasm"
    opt+=("$staging/${bin}_$name.wasm")
  done
  [ "${#opt[@]}" -gt 1 ] || { echo "split-wasm: $bin has no part to split off" >&2; exit 1; }
  if grep -q -F '"./chunk_' "$loader"; then
    echo "split-wasm: $bin has a shared chunk; name it here before shipping it" >&2; exit 1
  fi
  cp "$loader" "$staging/${bin}_split.js"
  # The glue imports the parts' loader under the name the main module's imports use (that key
  # stays); only the file it is imported from is renamed.
  replace_once "$out/bindgen/$bin.js" 'from "./__wasm_split.js"' "from \"./${bin}_split.js\""
  cp "$out/bindgen/$bin.js" "$staging/$bin.js"
  cp "$out/bindgen/${bin}_bg.wasm" "$staging/${bin}_bg.wasm"

  if [ "$profile" = release ]; then
    for wasm in "${opt[@]}"; do wasm-opt -Oz "$wasm" -o "$wasm"; done
  fi
done
