import "server-only";
import { asc, eq } from "drizzle-orm";
import type { Database, DbOrTx } from "@/db/client";
import { targetGroupTerms } from "@/db/schema";
import type { TargetGroup } from "@/lib/enums";
import { DEFAULT_TARGET_TERMS } from "@/lib/target-groups/default-terms";
import { inferTargetGroup, type TargetTerm } from "@/lib/target-groups/infer";
import { normaliseTargetTerm } from "@/lib/target-groups/normalise";
import { recordAudit } from "@/server/audit/audit";
import { fieldError, notFound } from "@/server/errors";
import type { StaffViewer } from "@/server/auth/viewer";
import type { AddTargetTermInput, RemoveTargetTermInput } from "./target-groups.schemas";

let cached: { key: string; terms: readonly TargetTerm[] } | null = null;

/**
 * The synonyms inferTargetGroup reads: the built-in list, then the admins' rows, which win for
 * the same words (later terms override earlier ones). The same rows give the same array back, so
 * the compiled matcher is reused; a change shows at the next call, on every instance.
 */
export async function loadTargetTerms(db: DbOrTx): Promise<readonly TargetTerm[]> {
  const rows = await db
    .select({ term: targetGroupTerms.term, category: targetGroupTerms.category })
    .from(targetGroupTerms)
    .orderBy(asc(targetGroupTerms.term));
  const key = rows.map((r) => `${r.term}=${r.category}`).join("|");
  if (cached?.key === key) return cached.terms;
  const overridden = new Set(rows.map((r) => r.term));
  const terms = [...DEFAULT_TARGET_TERMS.filter((t) => !overridden.has(normaliseTargetTerm(t.term))), ...rows];
  cached = { key, terms };
  return terms;
}

export interface TargetTermListItem {
  term: string;
  category: TargetGroup;
  source: "default" | "admin";
  /** Admin rows: the category the built-in list gives these words, when the admin changed it. */
  defaultCategory: TargetGroup | null;
  createdAt: Date | null;
}

/** Every synonym as the page shows it: admin rows first, then the built-in ones they leave in force. */
export async function listTargetTerms(db: DbOrTx): Promise<TargetTermListItem[]> {
  const rows = await db.select().from(targetGroupTerms).orderBy(asc(targetGroupTerms.term));
  const defaults = new Map<string, TargetGroup>();
  for (const t of DEFAULT_TARGET_TERMS) defaults.set(normaliseTargetTerm(t.term), t.category);
  const admin = rows.map((r) => ({
    term: r.term,
    category: r.category,
    source: "admin" as const,
    defaultCategory: defaults.get(r.term) ?? null,
    createdAt: r.createdAt,
  }));
  const taken = new Set(rows.map((r) => r.term));
  const builtIn = [...defaults]
    .filter(([term]) => !taken.has(term))
    .map(([term, category]) => ({ term, category, source: "default" as const, defaultCategory: null, createdAt: null }))
    .sort((a, b) => a.term.localeCompare(b.term));
  return [...admin, ...builtIn];
}

/** Adds a synonym; one for words the built-in list already has overrides it. The same words twice: a field error. */
export async function addTargetTerm(db: Database, admin: StaffViewer, input: AddTargetTermInput, ip: string | null) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(targetGroupTerms)
      .values({ term: input.term, category: input.category, createdBy: admin.userId })
      .onConflictDoNothing()
      .returning({ term: targetGroupTerms.term, category: targetGroupTerms.category });
    if (!row) throw fieldError("term", "errors.targetTermTaken");
    await recordAudit(tx, {
      actorId: admin.userId,
      action: "target_term.create",
      targetType: "target_group_term",
      targetId: row.term,
      ip,
      details: { term: row.term, category: row.category },
    });
    return row;
  });
}

/** Removes an admin's synonym (the built-in one for the same words, if any, applies again). */
export async function removeTargetTerm(db: Database, admin: StaffViewer, input: RemoveTargetTermInput, ip: string | null) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .delete(targetGroupTerms)
      .where(eq(targetGroupTerms.term, input.term))
      .returning({ term: targetGroupTerms.term, category: targetGroupTerms.category });
    if (!row) throw notFound();
    await recordAudit(tx, {
      actorId: admin.userId,
      action: "target_term.remove",
      targetType: "target_group_term",
      targetId: row.term,
      ip,
      details: { term: row.term, category: row.category },
    });
    return row;
  });
}

/**
 * The category a program is saved with: the one chosen, else the one its words suggest, so the
 * form, an API caller and an import all get the same answer. `cleared`: the person emptied the
 * suggested category on purpose, and the words are kept without one.
 */
export async function resolveTargetGroup(
  db: DbOrTx,
  f: { targetGroup: TargetGroup | null; targetGroupText: string | null; targetGroupCleared?: boolean },
): Promise<TargetGroup | null> {
  if (f.targetGroup !== null || !f.targetGroupText || f.targetGroupCleared) return f.targetGroup;
  return inferTargetGroup(f.targetGroupText, await loadTargetTerms(db)).category;
}
