import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import type { Database, DbOrTx } from "@/db/client";
import { execute } from "@/db/client";
import { thesaurusEntries } from "@/db/schema";
import type { StaffViewer } from "@/server/auth/viewer";
import { recordAudit } from "@/server/audit/audit";
import { fieldError, notFound } from "@/server/errors";
import { Thesaurus } from "./thesaurus";
import { DEFAULT_THESAURUS } from "./thesaurus.defaults";
import type { CreateThesaurusEntryInput } from "./overlaps.schemas";

const normaliseTerm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, " ");

/** Adds the default entries that are missing; entries staff switched off stay off. */
export async function ensureDefaultThesaurus(db: DbOrTx): Promise<number> {
  const rows = JSON.stringify(DEFAULT_THESAURUS.map((e) => ({ term: normaliseTerm(e.term), concept: e.concept })));
  const res = await execute(
    db,
    sql`INSERT INTO thesaurus_entries (term, concept, source)
        SELECT term, concept, 'default' FROM json_to_recordset(${rows}::json) AS x(term text, concept text)
        ON CONFLICT (term) DO NOTHING`,
  );
  return res.rowCount;
}

let cache: { key: string; thesaurus: Thesaurus; at: number } | null = null;
const CACHE_MS = 30_000;

/**
 * The active thesaurus, compiled. Cached for 30 s and recompiled when the table changes, so
 * a staff edit reaches every instance within half a minute.
 */
export async function loadThesaurus(db: DbOrTx): Promise<Thesaurus> {
  if (cache && Date.now() - cache.at < CACHE_MS) return cache.thesaurus;
  const [sig] = (
    await execute<{ n: number; latest: string | null }>(
      db,
      sql`SELECT count(*)::int AS n, max(updated_at)::text AS latest FROM thesaurus_entries WHERE is_active`,
    )
  ).rows;
  const key = `${sig?.n ?? 0}|${sig?.latest ?? ""}`;
  if (cache && cache.key === key) {
    cache.at = Date.now();
    return cache.thesaurus;
  }
  const rows = await db
    .select({ term: thesaurusEntries.term, concept: thesaurusEntries.concept })
    .from(thesaurusEntries)
    .where(eq(thesaurusEntries.isActive, true));
  cache = { key, thesaurus: new Thesaurus(rows), at: Date.now() };
  return cache.thesaurus;
}

export function listThesaurus(db: DbOrTx) {
  return db.select().from(thesaurusEntries).orderBy(asc(thesaurusEntries.concept), asc(thesaurusEntries.term));
}

export async function createThesaurusEntry(db: Database, admin: StaffViewer, input: CreateThesaurusEntryInput, ip: string | null) {
  const term = normaliseTerm(input.term);
  const concept = normaliseTerm(input.concept).replace(/\s+/g, "");
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(thesaurusEntries)
      .values({ term, concept, source: "staff", createdBy: admin.userId })
      .onConflictDoNothing()
      .returning({ id: thesaurusEntries.id });
    if (!row) throw fieldError("term", "errors.termTaken");
    await recordAudit(tx, {
      actorId: admin.userId,
      action: "thesaurus.create",
      targetType: "thesaurus",
      targetId: String(row.id),
      ip,
      details: { term, concept },
    });
    cache = null;
    return row;
  });
}

export async function setThesaurusEntryActive(
  db: Database,
  admin: StaffViewer,
  input: { id: number; isActive: boolean },
  ip: string | null,
) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(thesaurusEntries)
      .set({ isActive: input.isActive, updatedAt: sql`now()` })
      .where(eq(thesaurusEntries.id, input.id))
      .returning({ id: thesaurusEntries.id, term: thesaurusEntries.term });
    if (!row) throw notFound();
    await recordAudit(tx, {
      actorId: admin.userId,
      action: "thesaurus.set_active",
      targetType: "thesaurus",
      targetId: String(row.id),
      ip,
      details: { term: row.term, isActive: input.isActive },
    });
    cache = null;
    return row;
  });
}
