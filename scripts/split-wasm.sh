#!/usr/bin/env bash
# trunk post_build hook (Trunk.toml): splits the respondent's widgets, scan-widget and
# scan-widget-full, into what the first statement needs and a part fetched later (issue 21,
# src/ui/results_part.rs, bench/README.md). trunk 0.21 does not split, so this redoes its last
# steps from cargo's linked WebAssembly (linked with --emit-relocs, see build.rs):
#   wasm-split-cli -> the main module, a module per part and the parts' loader;
#   wasm-bindgen on the main module -> `<bin>.js` and `<bin>_bg.wasm`, as trunk names them;
#   wasm-opt on each WebAssembly file in a release build, as trunk would (index.html turns
#   trunk's own pass off for these two bins).
# Every file lands in trunk's staging folder next to the others, with the bin's name in front,
# so both widgets' parts can live in one folder: `<bin>_split.js` (the parts' loader, which the
# glue imports) and `<bin>_<part>-<hash>.wasm`. The hash is of the main module and the part
# together: a part reaches into the main module by table slots and memory addresses, so one of
# another build would run the wrong code; with the hash in its name a page of an old release
# asks for a file that is not there (the results screen then says it cannot load) instead.
# Fails the build, with a message, on anything unexpected.
set -euo pipefail

profile="${TRUNK_PROFILE:?run by trunk}"
staging="${TRUNK_STAGING_DIR:?run by trunk}"
cd "${TRUNK_SOURCE_DIR:?run by trunk}"
fail() { echo "split-wasm: $*" >&2; exit 1; }
# Where cargo put the linked WebAssembly, as trunk asks for it (CARGO_TARGET_DIR, build.target-dir).
target_dir="$(cargo metadata --no-deps --format-version 1 --offline |
  node -e 'let s = ""; process.stdin.on("data", d => s += d).on("end", () => console.log(JSON.parse(s).target_directory))')"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Replaces exactly one occurrence of $2 with $3 in file $1, or fails.
replace_once() {
  local count
  count=$({ grep -o -F -- "$2" "$1" || true; } | wc -l)
  [ "$count" -eq 1 ] || fail "expected one '$2' in $1, found $count"
  F="$2" T="$3" perl -0pi -e 's/\Q$ENV{F}\E/$ENV{T}/' "$1"
}

for bin in scan-widget scan-widget-full; do
  raw="$target_dir/wasm32-unknown-unknown/$profile/$bin.wasm"
  out="$work/$bin"
  [ -f "$staging/$bin.js" ] || fail "trunk did not build $bin (index.html must link it)"
  wasm-split-cli --target web --out-name "$bin" "$raw" "$out/split"
  wasm-bindgen --target web --no-typescript --keep-lld-exports --no-demangle \
    --out-dir "$out/bindgen" --out-name "$bin" "$out/split/$bin.wasm"
  [ ! -e "$out/bindgen/snippets" ] || fail "$bin has JS snippets, which this hook does not copy yet"
  loader="$out/split/__wasm_split.js"
  if grep -q -F '"./chunk_' "$loader"; then
    fail "$bin has a chunk shared by two parts; name it here before shipping it"
  fi

  main="$out/bindgen/${bin}_bg.wasm"
  parts=()
  for part in "$out"/split/split_*.wasm; do
    [ -e "$part" ] || fail "$bin has no part to split off"
    parts+=("$part")
  done
  if [ "$profile" = release ]; then
    # The same flags as trunk's pass on the other builds (index.html, data-wasm-opt-params).
    for wasm in "$main" "${parts[@]}"; do
      wasm-opt -Oz --low-memory-unused --converge "$wasm" -o "$wasm"
    done
  fi

  # The parts: split_<part>.wasm -> <bin>_<part>-<hash>.wasm, named so in the parts' loader.
  for part in "${parts[@]}"; do
    name="$(basename "$part" .wasm)"; name="${name#split_}"
    hash="$(cat "$main" "$part" | sha256sum | cut -c1-10)"
    replace_once "$loader" "\"./split_$name.wasm\"" "\"./${bin}_$name-$hash.wasm\""
    cp "$part" "$staging/${bin}_$name-$hash.wasm"
  done
  # A part served with another type than application/wasm is compiled from its bytes, as the
  # glue does for the main module, instead of failing.
  replace_once "$loader" 'WebAssembly.instantiateStreaming(src, imports)' 'instantiatePart(src, imports)'
  cat >>"$loader" <<'JS'
// Added by scripts/split-wasm.sh.
async function instantiatePart(src, imports) {
    const response = await src;
    if (!response.ok) throw new Error(`${response.url}: HTTP ${response.status}`);
    const type = (response.headers.get("Content-Type") ?? "").split(";")[0].trim();
    return type === "application/wasm"
        ? WebAssembly.instantiateStreaming(response, imports)
        : WebAssembly.instantiate(await response.arrayBuffer(), imports);
}
JS
  cp "$loader" "$staging/${bin}_split.js"
  # The glue imports the parts' loader under the name the main module's imports use (that key
  # stays); only the file it is imported from is renamed.
  replace_once "$out/bindgen/$bin.js" 'from "./__wasm_split.js"' "from \"./${bin}_split.js\""
  cp "$out/bindgen/$bin.js" "$staging/$bin.js"
  cp "$main" "$staging/${bin}_bg.wasm"
done
