#!/usr/bin/env bash
# The playground page in a real browser: starts `dwos serve` in an empty folder (playground
# mode: nothing configured) and drives the page with headless Chromium through playwright-core.
# Installs Debian's chromium and the pinned npm package when missing. Screenshots of every
# step go to $1 (default target/playground/); `bash scripts/browser-test.sh docs/screenshots`
# regenerates the README's.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
out="$(mkdir -p "${1:-target/playground}" && cd "${1:-target/playground}" && pwd)"

if [ ! -x /usr/bin/chromium ]; then
  sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get install -y -q chromium >/dev/null || { $sudo apt-get update -q >/dev/null && $sudo apt-get install -y -q chromium >/dev/null; }
fi
(cd scripts/browser && npm ci --no-audit --no-fund --loglevel=error)
cargo build -p dwos --locked --quiet

work="$(mktemp -d)"
dwos="${CARGO_TARGET_DIR:-$root/target}/debug/dwos"
(cd "$work" && exec "$dwos" serve --addr 127.0.0.1:0) >"$work/serve.out" 2>"$work/serve.log" &
serve_pid=$!
trap 'kill "$serve_pid" 2>/dev/null || true; rm -rf "$work"' EXIT
url=""
for _ in $(seq 1 150); do
  url=$(sed -n 's|^DWOS playground: open \(http://[^ ]*\)$|\1|p' "$work/serve.out")
  [ -n "$url" ] && break
  kill -0 "$serve_pid" 2>/dev/null || break
  sleep 0.2
done
if [ -z "$url" ]; then
  cat "$work/serve.out" "$work/serve.log"
  echo "dwos serve did not start the playground" >&2
  exit 1
fi
node scripts/browser/playground.test.mjs "$url" "$out" || { tail -40 "$work/serve.log"; exit 1; }
