import "server-only";
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { execute } from "@/db/client";
import { materiallyChanged } from "./fingerprint";
import { recomputeClusters, type ClusterChange } from "./clusters.store";
import type { AnyMatch as Match } from "./repeat";

export interface FoundPair {
  a: string;
  b: string;
  match: Match;
  fingerprintA: string;
  fingerprintB: string;
  /** The programs' version-1 fingerprints, for pairs decided before version 2 (a function: worked out only when such a pair is met). */
  legacyA?: string | (() => string);
  legacyB?: string | (() => string);
}

interface ExistingFlag {
  id: string;
  a: string;
  b: string;
  status: "open" | "resolved" | "obsolete";
  resolution: string | null;
  resolved_by: string | null;
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
  /** CSR–government pairs recorded as complements (alignment: resolved at once, never in the open queue). */
  complements: number;
  /** Clusters that formed or grew with this change (recomputed in the same transaction). */
  clusters: ClusterChange[];
}

/** The stored flags a reconcile may change: those of one program, of a batch, or all. `found` must hold every pair of them. */
function whereOfScope(scope: Parameters<typeof reconcileFlags>[2]) {
  // Shared-beneficiaries flags come from the lists, not from the detector: a reconcile never touches them.
  const matching = sql`NOT from_lists`;
  if (scope === "all") return matching;
  if ("programId" in scope) return sql`${matching} AND (program_a_id = ${scope.programId} OR program_b_id = ${scope.programId})`;
  // A chunk of the streamed rescan: the pairs whose first program (a < b) is one of these.
  if ("firsts" in scope)
    return sql`${matching} AND program_a_id IN (SELECT value::uuid FROM json_array_elements_text(${JSON.stringify(scope.firsts)}::json))`;
  const ids = sql`(SELECT value::uuid FROM json_array_elements_text(${JSON.stringify(scope.programIds)}::json))`;
  return sql`${matching} AND (program_a_id IN ${ids} OR program_b_id IN ${ids})`;
}

/**
 * Writes what the detector found against what is stored, for one program or for all:
 * new pairs are flagged; open ones are refreshed; a resolved pair stays resolved unless a
 * fingerprint changed (then it opens again); open flags no longer found become obsolete.
 *
 * A CSR program complementing a government activity (relation complement) is alignment, not a
 * conflict: it is written as resolved with resolution complement and no reviewer, so it never
 * waits in the queue and nobody is told. A pair the matcher had so recorded opens when it turns
 * into double funding; a reviewer's own decision stays unless a fingerprint changes.
 */
export async function reconcileFlags(
  tx: DbOrTx,
  found: FoundPair[],
  scope: { programId: string } | { programIds: string[] } | { firsts: string[] } | "all",
  options: { clusters?: boolean } = {},
): Promise<ReconcileResult> {
  const where = whereOfScope(scope);
  const existing = (
    await execute<ExistingFlag>(
      tx,
      sql`SELECT id, program_a_id AS a, program_b_id AS b, status, resolution, resolved_by, fingerprint_a, fingerprint_b FROM overlap_flags WHERE ${where}`,
    )
  ).rows;
  const byPair = new Map(existing.map((f) => [`${f.a}|${f.b}`, f]));
  const seen = new Set<string>();
  const inserts: object[] = [];
  const updates: object[] = [];
  const complements: object[] = [];
  /** Kept resolved with a version-1 fingerprint: written again in version 2, the decision unchanged. */
  const upgrades: object[] = [];
  /** Decided pairs opened again: their history records the decision that stood and who changed. */
  const reopenedDecided: { id: string; changed: string[] }[] = [];
  const result: ReconcileResult = { inserted: 0, updated: 0, reopened: 0, obsoleted: 0, keptResolved: 0, opened: [], clusters: [], complements: 0 };

  for (const f of found) {
    const key = `${f.a}|${f.b}`;
    seen.add(key);
    const row = {
      a: f.a,
      b: f.b,
      kind: f.match.kind,
      relation: f.match.relation ?? null,
      score: f.match.score,
      reasons: JSON.stringify(f.match.reasons),
      fa: f.fingerprintA,
      fb: f.fingerprintB,
    };
    const old = byPair.get(key);
    // Only a material change (places, period, sector, target, figures beyond the margin) counts; see fingerprint.ts.
    const changedA = old !== undefined && materiallyChanged(old.fingerprint_a, { fingerprint: f.fingerprintA, legacy: f.legacyA });
    const changedB = old !== undefined && materiallyChanged(old.fingerprint_b, { fingerprint: f.fingerprintB, legacy: f.legacyB });
    const unchanged = old !== undefined && !changedA && !changedB;
    // The matcher's own complement record (no reviewer) follows the matcher; a reviewer's decision follows the fingerprints.
    const autoComplement = old?.status === "resolved" && old.resolution === "complement" && old.resolved_by === null;
    if (f.match.relation === "complement") {
      result.complements++;
      if (!old) {
        inserts.push(row);
        result.inserted++;
      } else if (old.status === "resolved" && (unchanged || autoComplement)) result.keptResolved++;
      else {
        complements.push({ ...row, id: old.id });
        result.updated++;
      }
      continue;
    }
    if (!old) {
      inserts.push(row);
      result.inserted++;
    } else if (old.status === "resolved") {
      if (unchanged && !autoComplement) {
        result.keptResolved++;
        if (!old.fingerprint_a.startsWith("2:") || !old.fingerprint_b.startsWith("2:")) {
          upgrades.push({
            id: old.id,
            fa: old.fingerprint_a.startsWith("2:") ? old.fingerprint_a : f.fingerprintA,
            fb: old.fingerprint_b.startsWith("2:") ? old.fingerprint_b : f.fingerprintB,
          });
        }
      } else {
        updates.push({ ...row, id: old.id });
        // The matcher's own complement record was no reviewer's decision: nothing to keep in the history.
        if (!autoComplement) reopenedDecided.push({ id: old.id, changed: [...(changedA ? [f.a] : []), ...(changedB ? [f.b] : [])] });
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
    const added = await execute<OpenedFlag & { status: string }>(
      tx,
      sql`INSERT INTO overlap_flags (program_a_id, program_b_id, kind, relation, score, reasons, fingerprint_a, fingerprint_b, status, resolution, resolved_at)
          SELECT a::uuid, b::uuid, kind::overlap_kind, relation::flag_relation, score, reasons::jsonb, fa, fb,
            CASE WHEN relation = 'complement' THEN 'resolved' ELSE 'open' END::flag_status,
            CASE WHEN relation = 'complement' THEN 'complement' END::flag_resolution,
            CASE WHEN relation = 'complement' THEN now() END
          FROM json_to_recordset(${json}::json) AS x(a text, b text, kind text, relation text, score real, reasons text, fa text, fb text)
          ON CONFLICT (program_a_id, program_b_id) WHERE NOT from_lists DO NOTHING
          RETURNING id, program_a_id AS a, program_b_id AS b, kind, status`,
    );
    // A complement is inserted resolved: nobody is told about alignment.
    result.opened.push(...added.rows.filter((r) => r.status === "open").map(({ id, a, b, kind }) => ({ id, a, b, kind })));
  }
  for (let i = 0; i < reopenedDecided.length; i += 5000) {
    // Before the flag row forgets it: the decision that stood, kept in the pair's history with the reopening.
    const json = JSON.stringify(reopenedDecided.slice(i, i + 5000));
    await execute(
      tx,
      sql`INSERT INTO overlap_flag_decisions (flag_id, event, resolution, note, details)
          SELECT f.id, 'reopened', f.resolution, f.resolution_note, json_build_object('changedProgramIds', x.changed)::jsonb
          FROM json_to_recordset(${json}::json) AS x(id text, changed json)
          JOIN overlap_flags f ON f.id = x.id::uuid`,
    );
  }
  for (let i = 0; i < upgrades.length; i += 5000) {
    const json = JSON.stringify(upgrades.slice(i, i + 5000));
    await execute(
      tx,
      sql`UPDATE overlap_flags f SET fingerprint_a = x.fa, fingerprint_b = x.fb
          FROM json_to_recordset(${json}::json) AS x(id text, fa text, fb text) WHERE f.id = x.id::uuid`,
    );
  }
  for (let i = 0; i < updates.length; i += 5000) {
    const json = JSON.stringify(updates.slice(i, i + 5000));
    await execute(
      tx,
      sql`UPDATE overlap_flags f SET kind = x.kind::overlap_kind, relation = x.relation::flag_relation, score = x.score, reasons = x.reasons::jsonb,
            fingerprint_a = x.fa, fingerprint_b = x.fb, status = 'open', resolution = NULL, resolution_note = NULL,
            withdrawn_program_id = NULL, resolved_by = NULL, resolved_at = NULL, updated_at = now(),
            detected_at = CASE WHEN f.status = 'open' THEN f.detected_at ELSE now() END, version = f.version + 1
          FROM json_to_recordset(${json}::json) AS x(id text, kind text, relation text, score real, reasons text, fa text, fb text)
          WHERE f.id = x.id::uuid`,
    );
  }
  for (let i = 0; i < complements.length; i += 5000) {
    const json = JSON.stringify(complements.slice(i, i + 5000));
    // An open double-funding pair (or an old decision on changed programs) that now reads as a complement: recorded as such, out of the queue.
    await execute(
      tx,
      sql`UPDATE overlap_flags f SET kind = x.kind::overlap_kind, relation = 'complement', score = x.score, reasons = x.reasons::jsonb,
            fingerprint_a = x.fa, fingerprint_b = x.fb, status = 'resolved', resolution = 'complement', resolution_note = NULL,
            withdrawn_program_id = NULL, resolved_by = NULL, resolved_at = now(), cluster_id = NULL, updated_at = now(), version = f.version + 1
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
  // The streamed rescan recounts clusters once, after its last chunk.
  if (options.clusters === false) return result;
  // Clusters follow their pairs: every program whose flags were looked at here seeds the recount.
  const seeds =
    scope === "all"
      ? "all"
      : new Set([
          ...("programId" in scope ? [scope.programId] : "firsts" in scope ? scope.firsts : scope.programIds),
          ...existing.flatMap((f) => [f.a, f.b]),
          ...found.flatMap((f) => [f.a, f.b]),
        ]);
  result.clusters = await recomputeClusters(tx, seeds);
  return result;
}
