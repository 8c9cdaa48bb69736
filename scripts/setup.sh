#!/usr/bin/env bash
# Installs every tool LiveDesk needs that a fresh machine (Rust, Node, Debian) lacks.
# Idempotent: each step checks first and does nothing when the right version is there.
#   scripts/setup.sh build   -> wasm32 target, trunk, wasm-bindgen-cli, npm deps (binaryen's wasm-opt)
#   scripts/setup.sh test    -> the above plus Debian chromium and chromium-driver
set -euo pipefail

TRUNK_VERSION=0.21.14
# Must equal the wasm-bindgen version in Cargo.lock (pinned with `=` in Cargo.toml).
WASM_BINDGEN_VERSION=0.2.130
mode=${1:-build}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

say() { printf '\033[1;34m[setup]\033[0m %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

if ! trunk --version 2>/dev/null | grep -q "trunk $TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION (about 10 minutes on 2 cores)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q "wasm-bindgen $WASM_BINDGEN_VERSION"; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 3 minutes)"
  # Not --locked: the crate's own lock file names a crate the registry lacks.
  cargo install --force wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

# npm deps: binaryen@132 (wasm-opt as a node script; Debian's 108 builds broken modules)
# playwright, and echarts + esbuild for the charts' vendored build. A stamp keeps `npm ci` from re-running when the lock file is unchanged.
stamp=node_modules/.livedesk-stamp
if [ ! -f "$stamp" ] || [ package-lock.json -nt "$stamp" ]; then
  say "installing npm packages"
  npm ci --no-audit --no-fund
  touch "$stamp"
fi

if [ "$mode" = test ]; then
  # fonts-noto-cjk: without a CJK font, headless screenshots show Chinese as boxes.
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ] || ! dpkg -s fonts-noto-cjk >/dev/null 2>&1; then
    say "installing Debian chromium, chromium-driver and fonts-noto-cjk"
    sudo_cmd=""
    [ "$(id -u)" -ne 0 ] && sudo_cmd=sudo
    $sudo_cmd apt-get update
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y chromium chromium-driver fonts-noto-cjk
  fi
fi

# Trunk builds with --offline; make sure every crate is already in the local registry.
cargo fetch --quiet
say "tools ready ($mode)"
