#!/usr/bin/env bash
# The one test command (README, CI): installs what the tests need into .venv, then
# runs fmt, clippy, every test, and the template linters. Benchmarks are separate.
set -euo pipefail
cd "$(dirname "$0")/.."

venv="${DWOS_VENV:-.venv}"
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
fi
"$venv/bin/pip" install --quiet --disable-pip-version-check -r requirements-test.txt
export PATH="$PWD/$venv/bin:$PATH"

# moto's server stands in for DynamoDB, SQS and EventBridge, on loopback only.
moto_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
moto_server -H 127.0.0.1 -p "$moto_port" >"${TMPDIR:-/tmp}/dwos-moto.log" 2>&1 &
moto_pid=$!
trap 'kill "$moto_pid" 2>/dev/null || true' EXIT
export DWOS_TEST_AWS_ENDPOINT="http://127.0.0.1:$moto_port"
for _ in $(seq 1 100); do
  if python3 -c "import urllib.request as u; u.urlopen('$DWOS_TEST_AWS_ENDPOINT/moto-api/', timeout=1)" 2>/dev/null; then
    break
  fi
  kill -0 "$moto_pid" 2>/dev/null || { cat "${TMPDIR:-/tmp}/dwos-moto.log"; echo "moto_server died" >&2; exit 1; }
  sleep 0.2
done

echo "== cargo fmt"
cargo fmt --all -- --check

echo "== cargo clippy"
cargo clippy --workspace --all-targets --locked -- -D warnings

echo "== tests"
if cargo nextest --version >/dev/null 2>&1; then
  cargo nextest run --workspace --locked --no-fail-fast
else
  cargo test --workspace --locked --no-fail-fast
fi

echo "== template lint"
export SAM_CLI_TELEMETRY=0 AWS_DEFAULT_REGION="${AWS_DEFAULT_REGION:-us-east-1}"
cfn-lint template.yaml
sam validate --lint --template template.yaml

echo "== playground in a browser"
bash scripts/browser-test.sh
echo "all checks passed"
