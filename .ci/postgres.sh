#!/usr/bin/env bash
# Install and start a throwaway PostgreSQL on loopback for the concurrency tests,
# then print the DATABASE_URL to use. Idempotent.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
if ! command -v pg_ctlcluster >/dev/null 2>&1 || [ ! -d /usr/lib/postgresql ]; then
    apt-get update -qq >&2
    apt-get install -y -qq --no-install-recommends postgresql >&2
fi
version=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h | grep -q "^$version main"; then
    pg_createcluster "$version" main >&2
fi
pg_ctlcluster "$version" main start >&2 || true
for _ in $(seq 1 30); do
    su postgres -c "pg_isready -q" && break
    sleep 1
done
su postgres -c "psql -qtAc \"SELECT 1 FROM pg_roles WHERE rolname='lessonforge'\"" | grep -q 1 ||
    su postgres -c "psql -qc \"CREATE ROLE lessonforge LOGIN CREATEDB PASSWORD 'lessonforge'\"" >&2
su postgres -c "psql -qtAc \"SELECT 1 FROM pg_database WHERE datname='lessonforge'\"" | grep -q 1 ||
    su postgres -c "createdb -O lessonforge lessonforge" >&2
echo "postgres://lessonforge:lessonforge@127.0.0.1:5432/lessonforge"
