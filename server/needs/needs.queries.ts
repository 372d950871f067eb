import "server-only";
import { and, asc, desc, eq, ilike, inArray, or, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { companies, needAdoptions, needs, programs } from "@/db/schema";
import { isWithin, sqlSharesGround } from "@/server/access/areas";
import type { Viewer } from "@/server/auth/viewer";
import { describeAreas } from "@/server/areas/areas.queries";
import type { ListNeedsQuery } from "./needs.schemas";

/** SQL: the company has adopted the need in the current row of `needs`. */
export function adoptedBy(companyId: string): SQL {
  return sql`EXISTS (SELECT 1 FROM need_adoptions own_na WHERE own_na.need_id = ${needs.id} AND own_na.company_id = ${companyId})`;
}

/**
 * The one rule for which needs a viewer may see. Officers: every open need (the catalogue is
 * the forum's) and any their company adopted. Staff and viewers: needs whose area lies in their
 * jurisdiction or contains it (a province-wide need concerns each regency office).
 */
export function needVisibleTo(viewer: Viewer): SQL {
  if (viewer.role === "officer") return or(eq(needs.status, "open"), adoptedBy(viewer.companyId)) as SQL;
  return sqlSharesGround(needs.areaCode, viewer.jurisdiction);
}

/**
 * What the viewer may do with a need they can see; the service enforces the same rules. The
 * office that published a need, or one above it, edits and closes it; officers adopt an open
 * need once, and only while nobody else has it unless it is open to co-funding.
 */
export function needPermissions(
  viewer: Viewer,
  n: { jurisdiction: string; status: string; allowCofunding: boolean },
  adoptionCount: number,
  adoptedByMe: boolean,
) {
  const isEditor = (viewer.role === "reviewer" || viewer.role === "admin") && isWithin(n.jurisdiction, viewer.jurisdiction);
  const isOpen = n.status === "open";
  return {
    canEdit: isEditor && isOpen,
    canClose: isEditor && isOpen,
    canAdopt: viewer.role === "officer" && isOpen && !adoptedByMe && (n.allowCofunding || adoptionCount === 0),
    canLink: viewer.role === "officer" && adoptedByMe,
  };
}

const needColumns = {
  id: needs.id,
  jurisdiction: needs.jurisdiction,
  areaCode: needs.areaCode,
  sector: needs.sector,
  targetGroup: needs.targetGroup,
  title: needs.title,
  description: needs.description,
  estimatedBudgetIdr: needs.estimatedBudgetIdr,
  source: needs.source,
  sourceNote: needs.sourceNote,
  allowCofunding: needs.allowCofunding,
  status: needs.status,
  version: needs.version,
  createdAt: needs.createdAt,
  updatedAt: needs.updatedAt,
};
type NeedRow = Pick<typeof needs.$inferSelect, keyof typeof needColumns>;

/**
 * Adds to each need its area, its adoptions and what the viewer may do. Officers learn only
 * their own company's adoption; staff see every adopter, and a linked program's title only
 * once it is past draft.
 */
async function decorate(db: DbOrTx, viewer: Viewer, rows: NeedRow[]) {
  const ids = rows.map((r) => r.id);
  const adoptions = ids.length
    ? await db
        .select({
          needId: needAdoptions.needId,
          companyId: needAdoptions.companyId,
          companyName: companies.name,
          programId: needAdoptions.programId,
          programTitle: programs.title,
          programStatus: programs.status,
          adoptedAt: needAdoptions.adoptedAt,
        })
        .from(needAdoptions)
        .innerJoin(companies, eq(companies.id, needAdoptions.companyId))
        .leftJoin(programs, eq(programs.id, needAdoptions.programId))
        .where(inArray(needAdoptions.needId, ids))
        .orderBy(asc(needAdoptions.adoptedAt))
    : [];
  const areas = new Map((await describeAreas(db, [...new Set(rows.map((r) => r.areaCode))])).map((a) => [a.code, a]));
  const isOfficer = viewer.role === "officer";
  return rows.map((r) => {
    const own = adoptions.filter((a) => a.needId === r.id);
    const mine = isOfficer ? own.find((a) => a.companyId === viewer.companyId) : undefined;
    return {
      ...r,
      area: areas.get(r.areaCode) ?? null,
      adoptionCount: own.length,
      adopters: isOfficer
        ? []
        : own.map((a) => ({
            companyName: a.companyName,
            programId: a.programStatus && a.programStatus !== "draft" ? a.programId : null,
            programTitle: a.programStatus && a.programStatus !== "draft" ? a.programTitle : null,
            adoptedAt: a.adoptedAt,
          })),
      myAdoption: mine ? { programId: mine.programId, programTitle: mine.programTitle, adoptedAt: mine.adoptedAt } : null,
      permissions: needPermissions(viewer, r, own.length, Boolean(mine)),
    };
  });
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (m) => "\\" + m);
}

/** The catalogue page: needs the viewer may see, filtered, newest first. */
export async function listNeeds(db: DbOrTx, viewer: Viewer, input: ListNeedsQuery) {
  const conds: SQL[] = [needVisibleTo(viewer)];
  if (viewer.role === "officer") conds.push(input.mine ? adoptedBy(viewer.companyId) : eq(needs.status, "open"));
  else if (input.status !== "all") conds.push(eq(needs.status, input.status));
  if (input.q) {
    const like = "%" + escapeLike(input.q) + "%";
    conds.push(or(ilike(needs.title, like), ilike(needs.description, like)) as SQL);
  }
  if (input.id) conds.push(eq(needs.id, input.id));
  if (input.sector) conds.push(eq(needs.sector, input.sector));
  if (input.area) conds.push(sqlSharesGround(needs.areaCode, input.area));
  const where = and(...conds);
  const [countRow] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(needs)
    .where(where);
  const rows = await db
    .select(needColumns)
    .from(needs)
    .where(where)
    .orderBy(desc(needs.createdAt), desc(needs.id))
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize);
  return { items: await decorate(db, viewer, rows), total: Number(countRow?.n ?? 0), page: input.page, pageSize: input.pageSize };
}

/** One need, or null when it does not exist or the viewer may not see it. */
export async function getNeed(db: DbOrTx, viewer: Viewer, id: string) {
  const rows = await db
    .select(needColumns)
    .from(needs)
    .where(and(eq(needs.id, id), needVisibleTo(viewer)))
    .limit(1);
  const [need] = await decorate(db, viewer, rows);
  return need ?? null;
}

export type NeedItem = NonNullable<Awaited<ReturnType<typeof getNeed>>>;
