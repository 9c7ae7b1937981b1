#!/bin/sh
echo "Prisma schema-engine is not available on this machine; use tools/prisma-migrate or scripts/migrate.ts" >&2
exit 1
