import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { areas, programAreas, programs } from "@/db/schema";
import { ancestorCodes, sqlWithin } from "@/server/access/areas";
import type { TemplateArea } from "./template-sheets";

/** The areas where a company's programs are, within `province`: the company id is in the WHERE clause. */
async function listCompanyAreaCodes(db: DbOrTx, companyId: string, province: string): Promise<Set<string>> {
  const rows = await db
    .selectDistinct({ code: programAreas.areaCode })
    .from(programAreas)
    .innerJoin(programs, eq(programs.id, programAreas.programId))
    .where(and(eq(programs.companyId, companyId), sqlWithin(programAreas.areaCode, province)));
  return new Set(rows.map((r) => r.code));
}

/**
 * Every area of `province` (the province itself, regencies, districts, villages) in code order,
 * each with the names of its district and regency, for the template's area sheet. With a
 * company, the areas its programs already use come first.
 */
export async function listTemplateAreas(db: DbOrTx, province: string, companyId: string | null): Promise<TemplateArea[]> {
  const rows = await db
    .select({ code: areas.code, name: areas.name, level: areas.level })
    .from(areas)
    .where(sqlWithin(areas.code, province))
    .orderBy(asc(areas.code));
  const names = new Map(rows.map((r) => [r.code, r.name]));
  const used = companyId ? await listCompanyAreaCodes(db, companyId, province) : new Set<string>();
  const list = rows.map((r) => {
    const [, regency, district] = ancestorCodes(r.code);
    return {
      ...r,
      regency: regency ? (names.get(regency) ?? null) : null,
      district: district ? (names.get(district) ?? null) : null,
      usedByCompany: used.has(r.code),
    };
  });
  return [...list.filter((a) => a.usedByCompany), ...list.filter((a) => !a.usedByCompany)];
}
