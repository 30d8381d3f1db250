#!/usr/bin/env bash
# Install and start a throwaway Redis on loopback for the shared-cache tests,
# then print the REDIS URL to use. Idempotent.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
if ! command -v redis-server >/dev/null 2>&1; then
    apt-get update -qq >&2
    apt-get install -y -qq --no-install-recommends redis-server >&2
fi
port=6390
if ! redis-cli -p "$port" ping >/dev/null 2>&1; then
    redis-server --port "$port" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes >&2
    for _ in $(seq 1 30); do
        redis-cli -p "$port" ping >/dev/null 2>&1 && break
        sleep 0.2
    done
fi
echo "redis://127.0.0.1:$port/0"
