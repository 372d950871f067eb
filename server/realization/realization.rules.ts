import type { ProgramStatus, Role } from "@/lib/enums";

// Who may report a program's realisation, and when. Pure; the service enforces it and the
// program page only mirrors it.

/** A program reports what it delivered while it runs and once it is done. */
export const REPORTABLE_STATUSES: readonly ProgramStatus[] = ["in_progress", "completed"];

/** Whether this viewer may report the realisation of this program now: an officer of its company, while it runs or once done. */
export function canReportRealization(
  viewer: { role: Role; companyId: string | null },
  program: { companyId: string; status: ProgramStatus },
): boolean {
  return viewer.role === "officer" && viewer.companyId === program.companyId && REPORTABLE_STATUSES.includes(program.status);
}
