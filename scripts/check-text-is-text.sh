#!/usr/bin/env bash
# User text is rendered as text nodes, never parsed as HTML (design.md §2):
# fails when the app's or the core's source sets HTML from a string.
set -euo pipefail
cd "$(dirname "$0")/.."
pattern='inner_html|outer_html|insert_adjacent_html|innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function\('
if grep -rnE "$pattern" src crates/*/src public/sw.js scripts/echarts/entry.js; then
  echo "check-text-is-text: HTML from a string (above) is banned; render text nodes instead." >&2
  exit 1
fi
echo "check-text-is-text: no HTML from strings in src/, crates/, sw.js"
