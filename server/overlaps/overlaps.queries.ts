import "server-only";
import { and, eq, inArray, ne, or, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { execute } from "@/db/client";
import { areas, companies, governmentActivities, programs, type ProgramStatus } from "@/db/schema";
import { ancestorCodes } from "@/server/access/areas";
import type { OfficerViewer } from "@/server/auth/viewer";
import { legacyFingerprint, programFingerprint } from "./fingerprint";
import { repeatWindow } from "./repeat";
import type { ProgramForMatching } from "./scoring";

/**
 * Activities that take part in matching: CSR programs past draft and not withdrawn or rejected,
 * and government activities (always `reference`). Two government activities are never paired
 * (matchPrograms, and `csrOnlyCandidates` for a government probe).
 */
export const MATCHABLE_STATUSES: ProgramStatus[] = ["submitted", "approved", "revision_requested", "in_progress", "completed", "reference"];

export const matchable = (): SQL => inArray(programs.status, MATCHABLE_STATUSES);

/** The candidates of an activity: for a government activity only CSR programs (government vs government is never flagged). */
export const eligibleFor = (self: { source?: "csr" | "government" }): SQL =>
  self.source === "government" ? (and(matchable(), eq(programs.source, "csr")) as SQL) : matchable();

/** For an officer's live check: their own company's programs (drafts too) and other companies' matchable ones. */
export const matchableFor = (viewer: OfficerViewer): SQL =>
  or(and(eq(programs.companyId, viewer.companyId), ne(programs.status, "withdrawn")), matchable()) as SQL;

export interface Probe {
  /** The probe's company; null for a government activity (no company: every candidate is another actor). */
  companyId?: string | null;
  sector: string;
  startDate: string;
  endDate: string;
  areaCodes: string[];
  excludeId?: string;
}

/** Not the probe's own company (a government activity, with no company, is another actor to every company). */
const otherActor = (companyId: string | null | undefined): SQL =>
  companyId ? sql`${programs.companyId} IS DISTINCT FROM ${companyId}::uuid` : sql`true`;

/** Values as a comma-separated SQL list, each a parameter (for `IN (…)` in raw SQL). */
export const list = (values: string[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );

/**
 * The programs whose areas equal, contain or lie inside one of `codes`, as a condition on
 * programs.id: program_areas for the areas containing them, program_area_closure for those inside
 * them (both read from (code, program_id) indexes), gathered first and then looked up by primary
 * key. As a join the planner, seeing thousands of programs around a regency, read every program of
 * the sector instead (1,000,000 activities: 143,000 rows and 36,000 heap blocks, 250–360 ms, for
 * 514 candidates among 6,757 programs in the regency; by key 90 ms).
 */
function nearPrograms(codes: string[]): SQL {
  const own = [...new Set(codes)];
  const around = [...new Set(own.flatMap((c) => [c, ...ancestorCodes(c)]))];
  return sql`${programs.id} = ANY(ARRAY(SELECT program_id FROM program_areas WHERE area_code IN (${list(around)})
              UNION SELECT program_id FROM program_area_closure WHERE code IN (${list(own)})))`;
}

/**
 * Programs that could match a probe: same sector, overlapping period, and an area that equals,
 * contains or lies inside one of the probe's areas. Two equality lookups (program_areas for
 * the areas containing the probe's, program_area_closure for those inside them), so the cost
 * follows the programs in the probe's own places, not the size of the table.
 */
export async function findCandidateIds(db: DbOrTx, probe: Probe, eligible: SQL): Promise<string[]> {
  const rows = await db
    .select({ id: programs.id })
    .from(programs)
    .where(
      and(
        nearPrograms(probe.areaCodes),
        sql`${programs.sector} = ${probe.sector}`,
        sql`${programs.startDate} <= ${probe.endDate}`,
        sql`${programs.endDate} >= ${probe.startDate}`,
        probe.excludeId ? ne(programs.id, probe.excludeId) : undefined,
        eligible,
      ),
    );
  return rows.map((r) => r.id);
}

/**
 * Programs that could be a repeat of a probe: same sector and places as findCandidateIds, another
 * company, and a period that does not overlap the probe's but lies within `years` of it. The same
 * two equality lookups bound the cost by the programs in the probe's places; the dates are a
 * bounded window, so a place's whole history is never read.
 */
export async function findRepeatCandidateIds(
  db: DbOrTx,
  probe: Probe & { companyId: string | null },
  years: number,
  eligible: SQL,
): Promise<string[]> {
  if (probe.areaCodes.length === 0) return [];
  const window = repeatWindow(probe, years);
  const rows = await db
    .select({ id: programs.id })
    .from(programs)
    .where(
      and(
        nearPrograms(probe.areaCodes),
        sql`${programs.sector} = ${probe.sector}`,
        // Another actor: a government activity (no company) is another actor to every company.
        otherActor(probe.companyId),
        sql`${programs.startDate} <= ${window.to}`,
        sql`${programs.endDate} >= ${window.from}`,
        sql`(${programs.endDate} < ${probe.startDate} OR ${programs.startDate} > ${probe.endDate})`,
        probe.excludeId ? ne(programs.id, probe.excludeId) : undefined,
        eligible,
      ),
    );
  return rows.map((r) => r.id);
}

/**
 * findCandidateIds and findRepeatCandidateIds in one round trip: the programs around a probe
 * whose period overlaps it, and those of another company within `years` of it. The live check
 * and the check after submit ask for both on every call.
 */
export async function findNearCandidateIds(
  db: DbOrTx,
  probe: Probe & { companyId: string | null },
  years: number,
  eligible: SQL,
): Promise<string[]> {
  const where = nearCandidates(probe, years, eligible);
  if (!where) return [];
  const rows = await db.select({ id: programs.id }).from(programs).where(where);
  return rows.map((r) => r.id);
}

/** findNearCandidateIds's programs read for matching in the same statement (loadMatchingPrograms): the live check's one round trip for its candidates. */
export async function loadNearCandidates(
  db: DbOrTx,
  probe: Probe & { companyId: string | null },
  years: number,
  eligible: SQL,
): Promise<Map<string, LoadedProgram>> {
  const where = nearCandidates(probe, years, eligible);
  const out = new Map<string, LoadedProgram>();
  if (where) await readMatching(db, where, out);
  return out;
}

/** The condition of findNearCandidateIds on programs; null when the probe has no area. */
function nearCandidates(probe: Probe & { companyId: string | null }, years: number, eligible: SQL): SQL | null {
  if (probe.areaCodes.length === 0) return null;
  const window = repeatWindow(probe, years);
  return and(
    nearPrograms(probe.areaCodes),
    sql`${programs.sector} = ${probe.sector}`,
    sql`((${programs.startDate} <= ${probe.endDate} AND ${programs.endDate} >= ${probe.startDate})
         OR (${otherActor(probe.companyId)} AND ${programs.startDate} <= ${window.to} AND ${programs.endDate} >= ${window.from}))`,
    probe.excludeId ? ne(programs.id, probe.excludeId) : undefined,
    eligible,
  ) as SQL;
}

export interface LoadedProgram extends ProgramForMatching {
  ref: string;
  status: ProgramStatus;
  fingerprint: string;
  /**
   * The version-1 fingerprint, to compare with pairs decided before version 2: worked out on the
   * first call (it hashes every word of the texts, and few stored pairs still carry one).
   */
  legacyFingerprint: () => string;
}

/** Programs with everything matching needs: text, numbers, own areas with names, and the names of containing areas. */
export async function loadMatchingPrograms(db: DbOrTx, ids: string[]): Promise<Map<string, LoadedProgram>> {
  const out = new Map<string, LoadedProgram>();
  for (let i = 0; i < ids.length; i += 2000) await readMatching(db, inArray(programs.id, ids.slice(i, i + 2000)), out);
  return out;
}

/** The programs meeting `where`, read for matching into `out`. */
async function readMatching(db: DbOrTx, where: SQL, out: Map<string, LoadedProgram>) {
  // Each program with the codes of its own areas and of every area around them, aggregated per
  // program (the primary keys of program_areas and the closure lead with program_id, so each is an
  // index range); then the names of those codes once, in a second statement. Joining areas per
  // program and code read the same few hundred names thousands of times (945 programs of a
  // regency: 90 ms, against 19 ms for the codes).
  const rows = await db
    .select({
      id: programs.id,
      ref: programs.ref,
      companyId: programs.companyId,
      // A government activity has no company: its agency stands in its place (the "partner" name).
      companyName: sql<string>`coalesce(${companies.name}, ${governmentActivities.agency}, '')`,
      source: programs.source,
      supportsActivityId: programs.supportsActivityId,
      funding: governmentActivities.funding,
      title: programs.title,
      description: programs.description,
      sector: programs.sector,
      targetGroup: programs.targetGroup,
      targetGroupText: programs.targetGroupText,
      startDate: programs.startDate,
      endDate: programs.endDate,
      budgetIdr: programs.budgetIdr,
      beneficiaries: programs.plannedBeneficiaries,
      status: programs.status,
      own: sql<string[] | null>`(SELECT json_agg(pa.area_code) FROM program_areas pa WHERE pa.program_id = ${programs.id})`,
      places: sql<string[] | null>`(SELECT json_agg(pc.code) FROM program_area_closure pc WHERE pc.program_id = ${programs.id})`,
    })
    .from(programs)
    .leftJoin(companies, eq(companies.id, programs.companyId))
    .leftJoin(governmentActivities, eq(governmentActivities.programId, programs.id))
    .where(where);
  const codes = [...new Set(rows.flatMap((r) => [...(r.own ?? []), ...(r.places ?? [])]))];
  const names = new Map<string, string>();
  for (let i = 0; i < codes.length; i += 5000) {
    for (const a of await db.select({ code: areas.code, name: areas.name }).from(areas).where(inArray(areas.code, codes.slice(i, i + 5000)))) {
      names.set(a.code, a.name);
    }
  }
  for (const { own, places, ...r } of rows) {
    // As the join did: an area is named only when it is in the areas table.
    const areasOf = (own ?? []).flatMap((code) => (names.has(code) ? [{ code, name: names.get(code) as string }] : []));
    out.set(r.id, {
      ...r,
      areas: areasOf,
      placeNames: (places ?? []).flatMap((code) => (names.has(code) ? [names.get(code) as string] : [])),
      fingerprint: programFingerprint({ ...r, areaCodes: areasOf.map((a) => a.code) }),
      legacyFingerprint: once(() => legacyFingerprint({ ...r, areaCodes: areasOf.map((a) => a.code) })),
    });
  }
}

/** `f`, called at most once: later calls return the first result. */
function once<T>(f: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = f();
      done = true;
    }
    return value;
  };
}

/** Area names for a probe that is not saved yet (the live check). */
export async function describeProbeAreas(db: DbOrTx, codes: string[]) {
  const around = [...new Set(codes.flatMap((c) => [c, ...ancestorCodes(c)]))];
  const rows = around.length ? await db.select({ code: areas.code, name: areas.name }).from(areas).where(inArray(areas.code, around)) : [];
  const names = new Map(rows.map((r) => [r.code, r.name]));
  return {
    own: codes.filter((c) => names.has(c)).map((code) => ({ code, name: names.get(code) ?? code })),
    placeNames: [...names.values()],
  };
}

/**
 * Every CSR program that names a government activity it supports, with that activity, each pair
 * once (a < b): such a pair is compared even across sectors (relation.ts, linkedMatch).
 */
export async function findLinkedPairs(db: DbOrTx): Promise<[string, string][]> {
  const statuses = list(MATCHABLE_STATUSES);
  const res = await execute<{ a: string; b: string }>(
    db,
    sql`SELECT LEAST(p.id, p.supports_activity_id) AS a, GREATEST(p.id, p.supports_activity_id) AS b
        FROM programs p JOIN programs g ON g.id = p.supports_activity_id
        WHERE p.status IN (${statuses}) AND g.source = 'government'`,
  );
  return res.rows.map((r) => [r.a, r.b]);
}

/** findLinkedIds for many activities in one statement: each activity's id with the ids it is linked to. */
export async function findLinkedIdsForMany(
  db: DbOrTx,
  selves: { id: string; source?: "csr" | "government"; supportsActivityId?: string | null }[],
): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  const add = (k: string, v: string) => out.set(k, [...(out.get(k) ?? []), v]);
  for (const s of selves) if (s.source !== "government" && s.supportsActivityId) add(s.id, s.supportsActivityId);
  const govIds = selves.filter((s) => s.source === "government").map((s) => s.id);
  if (govIds.length) {
    const rows = await db
      .select({ id: programs.id, gov: programs.supportsActivityId })
      .from(programs)
      .where(and(inArray(programs.supportsActivityId, govIds), matchable()));
    for (const r of rows) if (r.gov) add(r.gov, r.id);
  }
  return out;
}

/** The other side of an activity's explicit links: the activity a CSR program supports, or the CSR programs supporting a government activity. */
export async function findLinkedIds(db: DbOrTx, self: { id: string; source?: "csr" | "government"; supportsActivityId?: string | null }): Promise<string[]> {
  if (self.source === "government") {
    const rows = await db
      .select({ id: programs.id })
      .from(programs)
      .where(and(eq(programs.supportsActivityId, self.id), matchable()));
    return rows.map((r) => r.id);
  }
  return self.supportsActivityId ? [self.supportsActivityId] : [];
}

// The full rescan, streamed: programs are taken in chunks by the place they sit in (the smallest
// of their area codes, so a chunk is a run of neighbouring regencies), and each pair belongs to
// the chunk of its first program (a < b, as flags store it). Every pair is found in exactly one
// chunk, and a chunk's partners lie in its own regencies or around them.

/**
 * The start codes of the rescan's chunks, in byte order: runs of regencies (and provinces)
 * holding about `size` program areas each. The first chunk starts before every code.
 */
export async function rescanChunkStarts(db: DbOrTx, size: number): Promise<string[]> {
  const res = await execute<{ k: string; n: number }>(
    db,
    sql`SELECT left(area_code, 5) AS k, count(*)::int AS n FROM program_areas GROUP BY 1`,
  );
  // Byte order, as the ~<~ operators compare (codes are digits and dots).
  const rows = res.rows.sort((x, y) => (x.k < y.k ? -1 : x.k > y.k ? 1 : 0));
  const starts: string[] = [];
  let run = 0;
  for (const { k, n } of rows) {
    if (run >= size) {
      starts.push(k);
      run = 0;
    }
    run += Number(n);
  }
  return starts;
}

/**
 * The programs whose smallest area code lies in [from, to) (byte order; null: unbounded), in the
 * order of that code. The
 * text_pattern_ops index on program_areas.area_code serves the range; the primary key the check
 * that no smaller code belongs to the program.
 */
export async function programsHomedIn(db: DbOrTx, from: string | null, to: string | null): Promise<string[]> {
  // In the order of their smallest code (then id): the rescan's batches are runs of this order, so
  // a batch's programs sit together and share their neighbours (and the cache's programs).
  const res = await execute<{ id: string }>(
    db,
    sql`SELECT h.id FROM (${homedIn(from, to)}) h JOIN program_areas pa ON pa.program_id = h.id
        GROUP BY h.id ORDER BY min(pa.area_code COLLATE "C"), h.id`,
  );
  return res.rows.map((r) => r.id);
}

function homedIn(from: string | null, to: string | null): SQL {
  return sql`SELECT DISTINCT pa.program_id AS id FROM program_areas pa
        WHERE ${from === null ? sql`true` : sql`pa.area_code ~>=~ ${from}`} AND ${to === null ? sql`true` : sql`pa.area_code ~<~ ${to}`}
          ${from === null ? sql`` : sql`AND NOT EXISTS (SELECT 1 FROM program_areas pb WHERE pb.program_id = pa.program_id AND pb.area_code ~<~ ${from})`}`;
}

/** Programs with no area at all (after `after`, by id, `size` at most): they pair only through an explicit link. */
export async function programsWithoutAreas(db: DbOrTx, after: string | null, size: number): Promise<string[]> {
  const res = await execute<{ id: string }>(
    db,
    sql`SELECT p.id FROM programs p WHERE NOT EXISTS (SELECT 1 FROM program_areas pa WHERE pa.program_id = p.id)
          ${after === null ? sql`` : sql`AND p.id > ${after}::uuid`}
        ORDER BY p.id LIMIT ${size}`,
  );
  return res.rows.map((r) => r.id);
}

/**
 * The candidate pairs (a, b), a < b, whose first program `a` is one of `firsts`: same sector,
 * places that equal or contain one another, and periods that overlap or, between different
 * actors, lie at most `years` apart (the two sets the one-shot joins of overlaps.fixtures.ts find, against which a test holds this);
 * never two government activities. Then the explicit links (findLinkedPairs) of those programs
 * that are not already among them.
 */
export async function findPairsOf(
  db: DbOrTx,
  firsts: string[],
  years: number,
  /** The range of smallest area codes `firsts` came from (programsHomedIn): the pair query then names the range, not the ids. */
  homedRange?: { from: string | null; to: string | null },
): Promise<{ pairs: [string, string][]; linked: number }> {
  if (firsts.length === 0) return { pairs: [], linked: 0 };
  const statuses = list(MATCHABLE_STATUSES);
  const ids = sql`(SELECT value::uuid AS id FROM json_array_elements_text(${JSON.stringify(firsts)}::json))`;
  // The planner estimates a range of area codes from the column's statistics, but any list of ids
  // as 100 rows: with thousands of ids it walks the closure row by row (3–4× slower at 200,000).
  const walk = homedRange ? sql`(${homedIn(homedRange.from, homedRange.to)})` : ids;
  const match = sql`p1.sector = p2.sector
      AND NOT (p1.source = 'government' AND p2.source = 'government')
      AND p1.status IN (${statuses}) AND p2.status IN (${statuses})
      AND ((p1.start_date <= p2.end_date AND p2.start_date <= p1.end_date)
        OR (p1.company_id IS DISTINCT FROM p2.company_id
          AND ((p1.end_date < p2.start_date AND p2.start_date <= p1.end_date + make_interval(years => ${years}::int))
            OR (p2.end_date < p1.start_date AND p1.start_date <= p2.end_date + make_interval(years => ${years}::int)))))`;
  const res = await execute<{ a: string; b: string }>(
    db,
    sql`SELECT pa.program_id AS a, c.program_id AS b
        FROM ${walk} m JOIN program_areas pa ON pa.program_id = m.id
        JOIN program_area_closure c ON c.code = pa.area_code AND c.program_id > pa.program_id
        JOIN programs p1 ON p1.id = pa.program_id JOIN programs p2 ON p2.id = c.program_id
        WHERE ${match}
        UNION
        SELECT c.program_id AS a, pa.program_id AS b
        FROM ${walk} m JOIN program_area_closure c ON c.program_id = m.id
        JOIN program_areas pa ON pa.area_code = c.code AND pa.program_id > c.program_id
        JOIN programs p1 ON p1.id = c.program_id JOIN programs p2 ON p2.id = pa.program_id
        WHERE ${match}`,
  );
  const pairs: [string, string][] = res.rows.map((r) => [r.a, r.b]);
  const links = await execute<{ a: string; b: string }>(
    db,
    sql`SELECT LEAST(p.id, p.supports_activity_id) AS a, GREATEST(p.id, p.supports_activity_id) AS b
        FROM programs p JOIN programs g ON g.id = p.supports_activity_id
        WHERE p.status IN (${statuses}) AND g.source = 'government' AND p.id <> g.id
          AND ((p.id IN ${ids} AND p.id < g.id) OR (g.id IN ${ids} AND g.id < p.id))`,
  );
  let linked = 0;
  // Most chunks have no linked pair: the pair keys are built only when one must be told from the rest.
  const known = links.rows.length ? new Set(pairs.map(([a, b]) => `${a}|${b}`)) : new Set<string>();
  for (const r of links.rows) {
    if (known.has(`${r.a}|${r.b}`)) continue;
    known.add(`${r.a}|${r.b}`);
    pairs.push([r.a, r.b]);
    linked++;
  }
  return { pairs, linked };
}
