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
  "supports_activity",
  "years_apart",
]);
/** Stored reasons are JSON; a code this version does not know is left out rather than printed raw. */
const isReason = (r: unknown): r is Reason =>
  typeof r === "object" && r !== null && "code" in r && typeof r.code === "string" && REASON_CODES.has(r.code);

/** A side as the JSON contract writes it: a CSR program `{company, ref}`, a government activity `{agency, ref}`. */
type Side = { company: string; ref: string } | { agency: string; ref: string };
const sideOf = (s: { company: string | null; agency: string | null; ref: string }): Side =>
  s.company === null && s.agency !== null ? { agency: s.agency, ref: s.ref } : { company: s.company ?? "", ref: s.ref };
const nameOf = (s: Side) => ("agency" in s ? s.agency : s.company);

/**
 * `overlaps [--json]`: every open flag (kind duplicate, overlap or repeat), with its reasons as text
 * in the chosen language; `relation` (double_funding, complement) only on a pair with a government
 * activity. Complements are recorded as resolved (alignment), so an open one is a reviewer's to decide.
 */
export async function runOverlapsCommand(ctx: CommandContext, json: boolean): Promise<number> {
  const t = createTranslator(ctx.lang);
  const flags = await withDatabase(ctx.open, listAllOpenFlags);
  const items = flags.map((f) => ({
    a: sideOf(f.a),
    b: sideOf(f.b),
    kind: f.kind,
    ...(f.relation ? { relation: f.relation } : {}),
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
    const relation = "relation" in f && f.relation ? ` (${f.relation})` : "";
    ctx.io.out(
      `${f.kind}${relation} ${f.score.toFixed(2)}  ${nameOf(f.a)} ${f.a.ref}  ↔  ${nameOf(f.b)} ${f.b.ref}${f.cluster ? `  [cluster ${f.cluster}]` : ""}`,
    );
    for (const r of f.reasons) ctx.io.out(`    - ${r}`);
    if (i < items.length - 1) ctx.io.out("");
  }
  ctx.io.err(`${items.length} open flags.`);
  return EXIT.ok;
}
