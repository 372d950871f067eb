import type { StaffViewer } from "@/server/auth/viewer";
import type { CreateProgramInput } from "@/server/programs/programs.schemas";

/** Who imports, which decides whose programs a file may hold and where new companies go. */
export type Importer =
  | { kind: "officer"; userId: string; companyId: string; companyName: string }
  /** An admin: for the companies named in the file, or for one company they manage (`onBehalf`). */
  | { kind: "admin"; userId: string; admin: StaffViewer; onBehalf?: { id: string; name: string } }
  /** The command line: any company; new ones join the forum of the home province. */
  | { kind: "system"; forum: string };

export type CompanyTarget = { id: string } | { newName: string };

/** A row ready to save. */
export interface PlannedRow {
  row: number;
  company: CompanyTarget;
  program: CreateProgramInput & { ref: string };
  /** The company's draft (or program sent back for revision) the row replaces. */
  updateId?: string | null;
  replacedStatus?: "draft" | "revision_requested" | null;
}
