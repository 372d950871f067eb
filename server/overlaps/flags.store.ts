import "server-only";
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { execute } from "@/db/client";
import { recomputeClusters, type ClusterChange } from "./clusters.store";
import type { AnyMatch as Match } from "./repeat";

export interface FoundPair {
  a: string;
  b: string;
  match: Match;
  fingerprintA: string;
  fingerprintB: string;
}

interface ExistingFlag {
  id: string;
  a: string;
  b: string;
  status: "open" | "resolved" | "obsolete";
  fingerprint_a: string;
  fingerprint_b: string;
}

/** A flag that is open now and was not before: new, or raised again after a change. */
export interface OpenedFlag {
  id: string;
  a: string;
  b: string;
  kind: Match["kind"];
}

export interface ReconcileResult {
  inserted: number;
  updated: number;
  reopened: number;
  obsoleted: number;
  keptResolved: number;
  /** The inserted and reopened flags: what reviewers have not been told about yet. */
  opened: OpenedFlag[];
  /** Clusters that formed or grew with this change (recomputed in the same transaction). */
  clusters: ClusterChange[];
}

/** The stored flags a reconcile may change: those of one program, of a batch, or all. `found` must hold every pair of them. */
function whereOfScope(scope: Parameters<typeof reconcileFlags>[2]) {
  // Shared-beneficiaries flags come from the lists, not from the detector: a reconcile never touches them.
  const matching = sql`NOT from_lists`;
  if (scope === "all") return matching;
  if ("programId" in scope) return sql`${matching} AND (program_a_id = ${scope.programId} OR program_b_id = ${scope.programId})`;
  const ids = sql`(SELECT value::uuid FROM json_array_elements_text(${JSON.stringify(scope.programIds)}::json))`;
  return sql`${matching} AND (program_a_id IN ${ids} OR program_b_id IN ${ids})`;
}

/**
 * Writes what the detector found against what is stored, for one program or for all:
 * new pairs are flagged; open ones are refreshed; a resolved pair stays resolved unless a
 * fingerprint changed (then it opens again); open flags no longer found become obsolete.
 */
export async function reconcileFlags(
  tx: DbOrTx,
  found: FoundPair[],
  scope: { programId: string } | { programIds: string[] } | "all",
): Promise<ReconcileResult> {
  const where = whereOfScope(scope);
  const existing = (
    await execute<ExistingFlag>(
      tx,
      sql`SELECT id, program_a_id AS a, program_b_id AS b, status, fingerprint_a, fingerprint_b FROM overlap_flags WHERE ${where}`,
    )
  ).rows;
  const byPair = new Map(existing.map((f) => [`${f.a}|${f.b}`, f]));
  const seen = new Set<string>();
  const inserts: object[] = [];
  const updates: object[] = [];
  const result: ReconcileResult = { inserted: 0, updated: 0, reopened: 0, obsoleted: 0, keptResolved: 0, opened: [], clusters: [] };

  for (const f of found) {
    const key = `${f.a}|${f.b}`;
    seen.add(key);
    const row = {
      a: f.a,
      b: f.b,
      kind: f.match.kind,
      score: f.match.score,
      reasons: JSON.stringify(f.match.reasons),
      fa: f.fingerprintA,
      fb: f.fingerprintB,
    };
    const old = byPair.get(key);
    if (!old) {
      inserts.push(row);
      result.inserted++;
    } else if (old.status === "resolved") {
      if (old.fingerprint_a === f.fingerprintA && old.fingerprint_b === f.fingerprintB) result.keptResolved++;
      else {
        updates.push({ ...row, id: old.id });
        result.reopened++;
        result.opened.push({ id: old.id, a: f.a, b: f.b, kind: f.match.kind });
      }
    } else {
      updates.push({ ...row, id: old.id });
      if (old.status === "obsolete") {
        result.reopened++;
        result.opened.push({ id: old.id, a: f.a, b: f.b, kind: f.match.kind });
      } else result.updated++;
    }
  }
  const gone = existing.filter((f) => f.status === "open" && !seen.has(`${f.a}|${f.b}`)).map((f) => f.id);
  result.obsoleted = gone.length;

  for (let i = 0; i < inserts.length; i += 5000) {
    const json = JSON.stringify(inserts.slice(i, i + 5000));
    const added = await execute<OpenedFlag>(
      tx,
      sql`INSERT INTO overlap_flags (program_a_id, program_b_id, kind, score, reasons, fingerprint_a, fingerprint_b)
          SELECT a::uuid, b::uuid, kind::overlap_kind, score, reasons::jsonb, fa, fb
          FROM json_to_recordset(${json}::json) AS x(a text, b text, kind text, score real, reasons text, fa text, fb text)
          ON CONFLICT (program_a_id, program_b_id) WHERE NOT from_lists DO NOTHING
          RETURNING id, program_a_id AS a, program_b_id AS b, kind`,
    );
    result.opened.push(...added.rows);
  }
  for (let i = 0; i < updates.length; i += 5000) {
    const json = JSON.stringify(updates.slice(i, i + 5000));
    await execute(
      tx,
      sql`UPDATE overlap_flags f SET kind = x.kind::overlap_kind, score = x.score, reasons = x.reasons::jsonb,
            fingerprint_a = x.fa, fingerprint_b = x.fb, status = 'open', resolution = NULL, resolution_note = NULL,
            withdrawn_program_id = NULL, resolved_by = NULL, resolved_at = NULL, updated_at = now(),
            detected_at = CASE WHEN f.status = 'open' THEN f.detected_at ELSE now() END, version = f.version + 1
          FROM json_to_recordset(${json}::json) AS x(id text, kind text, score real, reasons text, fa text, fb text)
          WHERE f.id = x.id::uuid`,
    );
  }
  for (let i = 0; i < gone.length; i += 5000) {
    const json = JSON.stringify(gone.slice(i, i + 5000));
    await execute(
      tx,
      sql`UPDATE overlap_flags SET status = 'obsolete', cluster_id = NULL, updated_at = now(), version = version + 1
          WHERE id IN (SELECT value::uuid FROM json_array_elements_text(${json}::json)) AND status = 'open'`,
    );
  }
  // Clusters follow their pairs: every program whose flags were looked at here seeds the recount.
  const seeds =
    scope === "all"
      ? "all"
      : new Set([
          ...("programId" in scope ? [scope.programId] : scope.programIds),
          ...existing.flatMap((f) => [f.a, f.b]),
          ...found.flatMap((f) => [f.a, f.b]),
        ]);
  result.clusters = await recomputeClusters(tx, seeds);
  return result;
}
