import "server-only";
import { createTranslator } from "@/lib/i18n/translate";
import { renderReason } from "@/lib/overlaps/reasons";
import type { Reason } from "@/lib/overlaps/reasons";
import { EXIT, withDatabase, type CommandContext } from "./cli-io";
import { listAllOpenFlags } from "./open-flags.queries";

const REASON_CODES = new Set([
  "same_area",
  "area_contains",
  "period_overlap",
  "text_similar",
  "shared_terms",
  "same_target",
  "similar_scale",
  "same_company",
  "partner_named",
  "years_apart",
]);
/** Stored reasons are JSON; a code this version does not know is left out rather than printed raw. */
const isReason = (r: unknown): r is Reason =>
  typeof r === "object" && r !== null && "code" in r && typeof r.code === "string" && REASON_CODES.has(r.code);

/** `overlaps [--json]`: every open flag (kind duplicate, overlap or repeat), with its reasons as text in the chosen language. */
export async function runOverlapsCommand(ctx: CommandContext, json: boolean): Promise<number> {
  const t = createTranslator(ctx.lang);
  const flags = await withDatabase(ctx.open, listAllOpenFlags);
  const items = flags.map((f) => ({
    a: { company: f.a.company, ref: f.a.ref },
    b: { company: f.b.company, ref: f.b.ref },
    kind: f.kind,
    score: Math.round(f.score * 100) / 100,
    reasons: f.reasons.filter(isReason).map((r) => renderReason(r, t, ctx.lang)),
    /** The cluster (3 or more programs in one place, decided once) this pair belongs to, or null. */
    cluster: f.cluster,
  }));
  if (json) {
    ctx.io.out(JSON.stringify(items, null, 2));
    return EXIT.ok;
  }
  for (const [i, f] of items.entries()) {
    ctx.io.out(`${f.kind} ${f.score.toFixed(2)}  ${f.a.company} ${f.a.ref}  ↔  ${f.b.company} ${f.b.ref}${f.cluster ? `  [cluster ${f.cluster}]` : ""}`);
    for (const r of f.reasons) ctx.io.out(`    - ${r}`);
    if (i < items.length - 1) ctx.io.out("");
  }
  ctx.io.err(`${items.length} open flags.`);
  return EXIT.ok;
}
