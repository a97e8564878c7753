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
echo "all checks passed"
