#!/usr/bin/env bash
# Builds the WASM package into web/pkg (or the directory given), where the
# page and the JS tests load it. Needs the wasm32-unknown-unknown target and
# wasm-bindgen-cli at the version wasm/Cargo.toml pins.
#
# The build is reproducible: it goes through one fixed path and remaps it, so
# the same toolchain gives the same bytes wherever the repository is, and CI
# checks that the committed package is what the sources build
# (`git diff --exit-code web/pkg`).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$root/web/pkg}
cd "$root/wasm"

# Built through a fixed path: cargo hashes a path dependency's location into
# its symbols, and their order decides the code's layout.
link=/tmp/kcanon-wasm-build/kcanon
mkdir -p "$(dirname "$link")"
ln -sfn "$root" "$link"
RUSTFLAGS="--remap-path-prefix=$link=kcanon --remap-path-prefix=${CARGO_HOME:-$HOME/.cargo}=cargo" \
  cargo build --release --locked --target wasm32-unknown-unknown \
  --manifest-path "$link/wasm/Cargo.toml" --target-dir "$root/wasm/target"
mkdir -p "$out"
wasm-bindgen --target web --out-dir "$out" --out-name kcanon \
  --remove-name-section --remove-producers-section \
  target/wasm32-unknown-unknown/release/kcanon_wasm.wasm
rm -f "$out/.gitignore"

# The gzipped size, stated in the package's README.
wasm_gz=$(gzip -9 -n -c "$out/kcanon_bg.wasm" | wc -c)
js_gz=$(gzip -9 -n -c "$out/kcanon.js" | wc -c)
total=$((wasm_gz + js_gz))
kb() { awk -v b="$1" 'BEGIN { printf "%.1f", b / 1000 }'; }
sed -e "s/@WASM_GZ@/$(kb "$wasm_gz")/" -e "s/@JS_GZ@/$(kb "$js_gz")/" \
  -e "s/@TOTAL_GZ@/$(kb "$total")/" -e "s/@WASM_RAW@/$(kb "$(wc -c <"$out/kcanon_bg.wasm")")/" \
  "$root/wasm/README.pkg.md" >"$out/README.md"
cp "$root/wasm/package.pkg.json" "$out/package.json"
echo "web/pkg: kcanon_bg.wasm $(kb "$wasm_gz") KB + kcanon.js $(kb "$js_gz") KB gzipped = $(kb "$total") KB (budget 400 KB)"
[ "$total" -le 400000 ] || { echo "over the 400 KB budget"; exit 1; }
