#!/usr/bin/env bash
# `npm run db:migrate:new -- <name>`: author a migration from prisma/schema.prisma changes.
# Prisma 7's migrate needs a native engine that cannot be downloaded here, so this uses the
# Prisma 6.19 CLI with its Wasm engine (tools/prisma-migrate) against a scratch database:
# it needs DATABASE_URL pointing at a PostgreSQL ≤ 17 that may be modified.
set -euo pipefail
name="${1:?usage: npm run db:migrate:new -- <name>}"
: "${DATABASE_URL:?set DATABASE_URL to a scratch PostgreSQL database}"
here="$(cd "$(dirname "$0")/.." && pwd)"
DATABASE_URL="$DATABASE_URL" "$here/tools/prisma-migrate/run.sh" migrate dev --skip-generate --name "$name"
npm run db:generate
