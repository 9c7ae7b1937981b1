#!/usr/bin/env bash
# Usage: DATABASE_URL=... tools/prisma-migrate/run.sh migrate dev --skip-generate --name add_x
# (also migrate status / deploy / diff). Do not use --create-only: it exits 1 after writing.
# Hand-written SQL in prisma/migrations (full-text search columns, trigram indexes) is not
# in schema.prisma; remove any DROP of those objects from a newly generated migration.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"; root="$(cd "$here/../.." && pwd)"
[ -x "$here/node_modules/.bin/prisma" ] || npm --prefix "$here" install --no-audit --no-fund >/dev/null
mkdir -p "$here/.work"
# Prisma 6 needs `url` in the datasource (Prisma 7 forbids it), and the old generator name.
sed -e 's/^\(\s*provider\s*=\s*"postgresql"\)/\1\n  url = env("DATABASE_URL")/' "$root/prisma/schema.prisma" > "$here/.work/schema.prisma"
: > "$here/.work/no-engine"
export PRISMA_QUERY_ENGINE_LIBRARY="$here/.work/no-engine" PRISMA_SCHEMA_ENGINE_BINARY="$here/.work/no-engine"
export CHECKPOINT_DISABLE=1 PRISMA_HIDE_UPDATE_MESSAGE=1
export NODE_OPTIONS="${NODE_OPTIONS:-} --require $here/unref-long-timers.cjs"
cd "$here"; exec ./node_modules/.bin/prisma "$@"
