#!/usr/bin/env bash
# Rewrites imports of the modules that moved to lib/ (code both the server and the browser use).
# Idempotent: run it again after merging a branch written before the move.
#   scripts/dev/rewrite-imports.sh            # every tracked and new .ts/.tsx/.mts/.mjs file
#   scripts/dev/rewrite-imports.sh FILE...    # only these files
set -euo pipefail
cd "$(git rev-parse --show-toplevel)"

if [ "$#" -gt 0 ]; then
  files=("$@")
else
  mapfile -t files < <(git ls-files -co --exclude-standard -- '*.ts' '*.tsx' '*.mts' '*.mjs' | grep -v '^node_modules/')
fi

# Alias imports: "@/components/…" and "@/db/schema/enums" → "@/lib/…" (any quote, imports and mocks alike).
alias_rules=(
  -e 's#@/components/i18n/messages/#@/lib/i18n/messages/#g'
  -e "s#@/components/i18n/translate([\"'])#@/lib/i18n/translate\\1#g"
  -e "s#@/components/i18n/server-message([\"'])#@/lib/i18n/server-message\\1#g"
  -e "s#@/components/format([\"'])#@/lib/format\\1#g"
  -e "s#@/components/areas/area-label([\"'])#@/lib/areas/area-label\\1#g"
  -e "s#@/components/audit/details([\"'])#@/lib/audit/details\\1#g"
  -e "s#@/components/notifications/describe([\"'])#@/lib/notifications/describe\\1#g"
  -e "s#@/components/overlaps/reasons([\"'])#@/lib/overlaps/reasons\\1#g"
  -e "s#@/db/schema/enums([\"'])#@/lib/enums\\1#g"
  -e "s#@/components/i18n/locale([\"'])#@/server/i18n/locale\\1#g"
  -e 's#import type \{ Reason \} from "@/server/overlaps/scoring"#import type { Reason } from "@/lib/overlaps/reasons"#g'
)

for f in "${files[@]}"; do
  [ -f "$f" ] || continue
  case "$f" in
    # drizzle-kit loads the schema without the "@/" alias, so the schema keeps a relative path.
    db/schema/*) sed -E -i "${alias_rules[@]}" -e "s#from ([\"'])\\./enums([\"'])#from \\1../../lib/enums\\2#g" -e "s#([\"'])@/lib/enums([\"'])#\\1../../lib/enums\\2#g" "$f" ;;
    db/*) sed -E -i "${alias_rules[@]}" -e "s#([\"'])\\.\\./schema/enums([\"'])#\\1@/lib/enums\\2#g" "$f" ;;
    # What stays in components/i18n (the React provider, the cookie locale) imports the catalogs from lib.
    components/i18n/*) sed -E -i "${alias_rules[@]}" -e "s#([\"'])\\./translate([\"'])#\\1@/lib/i18n/translate\\2#g" -e "s#([\"'])\\./(server-message)([\"'])#\\1@/lib/i18n/\\2\\3#g" -e "s#([\"'])\\./messages/#\\1@/lib/i18n/messages/#g" "$f" ;;
    *) sed -E -i "${alias_rules[@]}" "$f" ;;
  esac
done
