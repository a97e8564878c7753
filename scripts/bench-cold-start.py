#!/usr/bin/env python3
"""Cold start of a Lambda bootstrap through the Lambda runtime API, measured locally.

Starts the binary N times against a minimal Runtime API on 127.0.0.1 that hands it one
event; prints the time from process start to the invocation's response (init plus the
first invocation), as Lambda would see it, without Docker or AWS.

    python3 scripts/bench-cold-start.py target/release/interactions events/interactions-ping.json \
        --env-json events/env.json --function InteractionsFunction --runs 30
"""

import argparse
import http.server
import json
import os
import statistics
import subprocess
import threading
import time

REQUEST_ID = "00000000-0000-0000-0000-000000000001"


class RuntimeApi(http.server.BaseHTTPRequestHandler):
    """Serves one event on /next, records the response on /response."""

    event = b"{}"
    answered = None
    answer = None

    def log_message(self, *args):
        pass

    def do_GET(self):
        if not self.path.endswith("/invocation/next") or RuntimeApi.answered is not None:
            # Second poll after the answer: hold it until the process is killed.
            time.sleep(30)
            return
        self.send_response(200)
        deadline = int(time.time() * 1000) + 3000
        self.send_header("Lambda-Runtime-Aws-Request-Id", REQUEST_ID)
        self.send_header("Lambda-Runtime-Deadline-Ms", str(deadline))
        self.send_header("Lambda-Runtime-Invoked-Function-Arn", "arn:aws:lambda:us-east-1:123456789012:function:bench")
        self.send_header("Lambda-Runtime-Trace-Id", "Root=1-00000000-000000000000000000000000")
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(RuntimeApi.event)))
        self.end_headers()
        self.wfile.write(RuntimeApi.event)

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length)
        RuntimeApi.answer = (self.path, body)
        RuntimeApi.answered = time.perf_counter()
        self.send_response(202)
        self.send_header("Content-Length", "0")
        self.end_headers()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("binary")
    parser.add_argument("event")
    parser.add_argument("--env-json", help="SAM env-vars file")
    parser.add_argument("--function", help="the function's key in the env-vars file")
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()

    RuntimeApi.event = open(args.event, "rb").read()
    env = dict(os.environ)
    if args.env_json and args.function:
        env.update({k: str(v) for k, v in json.load(open(args.env_json))[args.function].items()})
    env.update({"AWS_LAMBDA_FUNCTION_NAME": "bench", "AWS_LAMBDA_FUNCTION_MEMORY_SIZE": "256",
                "AWS_LAMBDA_FUNCTION_VERSION": "$LATEST", "AWS_REGION": "us-east-1",
                "AWS_ACCESS_KEY_ID": "bench", "AWS_SECRET_ACCESS_KEY": "bench", "RUST_LOG": "warn"})

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), RuntimeApi)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    env["AWS_LAMBDA_RUNTIME_API"] = f"127.0.0.1:{server.server_address[1]}"

    samples = []
    for _ in range(args.runs):
        RuntimeApi.answered = None
        started = time.perf_counter()
        process = subprocess.Popen([args.binary], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        while RuntimeApi.answered is None and time.perf_counter() - started < 10:
            time.sleep(0.0005)
        process.kill()
        process.wait()
        if RuntimeApi.answered is None:
            raise SystemExit("no response within 10 s")
        samples.append((RuntimeApi.answered - started) * 1000)
    path, body = RuntimeApi.answer
    size = os.path.getsize(args.binary)
    print(f"binary {args.binary}: {size / 1e6:.1f} MB; answer on {path.rsplit('/', 1)[-1]}: {body[:60]!r}")
    print(f"cold start + first invocation over {args.runs} runs: median {statistics.median(samples):.1f} ms, "
          f"min {min(samples):.1f} ms, max {max(samples):.1f} ms")
    server.shutdown()


if __name__ == "__main__":
    main()
