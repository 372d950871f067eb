import "server-only";
import { asc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { areas, priorityPrograms, programAreas, programs } from "@/db/schema";
import type { ProgramSnapshot } from "./diff";

/** The program as it stands, in the shape kept for each submitted version. */
export async function snapshotProgram(db: DbOrTx, programId: string): Promise<ProgramSnapshot | null> {
  const [p] = await db
    .select({
      ref: programs.ref,
      title: programs.title,
      description: programs.description,
      sector: programs.sector,
      targetGroup: programs.targetGroup,
      targetGroupText: programs.targetGroupText,
      startDate: programs.startDate,
      endDate: programs.endDate,
      budgetIdr: programs.budgetIdr,
      plannedBeneficiaries: programs.plannedBeneficiaries,
      priorityProgramName: priorityPrograms.name,
    })
    .from(programs)
    .leftJoin(priorityPrograms, eq(priorityPrograms.id, programs.priorityProgramId))
    .where(eq(programs.id, programId));
  if (!p) return null;
  const own = await db
    .select({ code: programAreas.areaCode, name: areas.name })
    .from(programAreas)
    .innerJoin(areas, eq(areas.code, programAreas.areaCode))
    .where(eq(programAreas.programId, programId))
    .orderBy(asc(programAreas.areaCode));
  return { ...p, priorityProgramName: p.priorityProgramName ?? null, areas: own };
}
