import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Database, DbOrTx } from "@/db/client";
import { companies, forumMembers } from "@/db/schema";
import { isWithin } from "@/server/access/areas";
import type { StaffViewer } from "@/server/auth/viewer";
import { recordAudit } from "@/server/audit/audit";
import { findUnknownAreaCodes } from "@/server/areas/areas.queries";
import { conflict, fieldError, notFound, pgErrorCode, PG_UNIQUE_VIOLATION } from "@/server/errors";
import { type CreateCompanyInput, type UpdateCompanyInput } from "./companies.schemas";
import { findManagedCompany } from "./companies.queries";

async function checkJurisdictions(db: DbOrTx, admin: StaffViewer, codes: string[]) {
  if (codes.some((c) => !isWithin(c, admin.jurisdiction))) throw fieldError("jurisdictions", "errors.outsideJurisdiction");
  const unknown = await findUnknownAreaCodes(
    db,
    codes.filter((c) => c !== "ID"),
  );
  if (unknown.length) throw fieldError("jurisdictions", "errors.areaUnknown");
}

function nameTakenOr(err: unknown): never {
  if (pgErrorCode(err) === PG_UNIQUE_VIOLATION) throw fieldError("name", "errors.companyNameTaken");
  throw err;
}

export async function createCompany(db: Database, admin: StaffViewer, f: CreateCompanyInput, ip: string | null = null) {
  const jurisdictions = [...new Set(f.jurisdictions)];
  return db
    .transaction(async (tx) => {
      await checkJurisdictions(tx, admin, jurisdictions);
      const { jurisdictions: _j, ...fields } = f;
      const [row] = await tx.insert(companies).values(fields).returning({ id: companies.id });
      if (!row) throw notFound();
      await tx.insert(forumMembers).values(jurisdictions.map((jurisdiction) => ({ companyId: row.id, jurisdiction })));
      await recordAudit(tx, {
        actorId: admin.userId,
        action: "company.create",
        targetType: "company",
        targetId: row.id,
        ip,
        details: { name: f.name, jurisdictions },
      });
      return row;
    })
    .catch(nameTakenOr);
}

/**
 * Updates a company the admin manages. Forum memberships outside the admin's jurisdiction are
 * kept as they are: a regency admin cannot remove a company from the provincial forum.
 */
export async function updateCompany(db: Database, admin: StaffViewer, f: UpdateCompanyInput, ip: string | null = null) {
  const wanted = [...new Set(f.jurisdictions)];
  return db
    .transaction(async (tx) => {
      const current = await findManagedCompany(tx, admin, f.id);
      if (!current) throw notFound();
      const { id, version, jurisdictions: _j, ...fields } = f;
      const existing = (await tx.select({ j: forumMembers.jurisdiction }).from(forumMembers).where(eq(forumMembers.companyId, id))).map(
        (r) => r.j,
      );
      const removable = existing.filter((j) => isWithin(j, admin.jurisdiction) && !wanted.includes(j));
      const added = wanted.filter((j) => !existing.includes(j));
      // Only new memberships need the admin's authority; existing ones sent back unchanged are kept.
      await checkJurisdictions(tx, admin, added);
      const [row] = await tx
        .update(companies)
        .set({ ...fields, version: sql`${companies.version} + 1` })
        .where(and(eq(companies.id, id), eq(companies.version, version)))
        .returning({ id: companies.id, version: companies.version });
      if (!row) throw conflict("errors.staleVersion");
      if (removable.length)
        await tx.delete(forumMembers).where(and(eq(forumMembers.companyId, id), inArray(forumMembers.jurisdiction, removable)));
      if (added.length) await tx.insert(forumMembers).values(added.map((jurisdiction) => ({ companyId: id, jurisdiction })));
      await recordAudit(tx, {
        actorId: admin.userId,
        action: "company.update",
        targetType: "company",
        targetId: id,
        ip,
        details: { added, removed: removable },
      });
      return row;
    })
    .catch(nameTakenOr);
}
