import { sql } from "drizzle-orm";
import { execute, type DbOrTx } from "../client";
import type { ProgramStatus } from "../schema";

interface Step {
  action: "create" | "submit" | "request_revision" | "approve" | "start" | "complete";
  from: ProgramStatus | null;
  to: ProgramStatus;
  by: "officer" | "reviewer";
  /** Days relative to the program's start date. */
  day: number;
  note?: string;
}

const PATHS: Partial<Record<ProgramStatus, Step[]>> = {
  draft: [{ action: "create", from: null, to: "draft", by: "officer", day: -45 }],
  submitted: [
    { action: "create", from: null, to: "draft", by: "officer", day: -45 },
    { action: "submit", from: "draft", to: "submitted", by: "officer", day: -30 },
  ],
  revision_requested: [
    { action: "create", from: null, to: "draft", by: "officer", day: -45 },
    { action: "submit", from: "draft", to: "submitted", by: "officer", day: -30 },
    {
      action: "request_revision",
      from: "submitted",
      to: "revision_requested",
      by: "reviewer",
      day: -25,
      note: "Mohon lengkapi jumlah peserta per kelurahan dan kerja sama dengan BLK Balikpapan, lalu ajukan kembali.",
    },
  ],
};
PATHS.approved = [...(PATHS.submitted ?? []), { action: "approve", from: "submitted", to: "approved", by: "reviewer", day: -20 }];
PATHS.in_progress = [...(PATHS.approved ?? []), { action: "start", from: "approved", to: "in_progress", by: "officer", day: 0 }];
PATHS.completed = [...(PATHS.in_progress ?? []), { action: "complete", from: "in_progress", to: "completed", by: "officer", day: 200 }];

/**
 * The history a demo program would have had: its events from creation to its current status,
 * and the version snapshot of its submission, so the history and diff views have something to show.
 */
export async function seedDemoHistory(
  tx: DbOrTx,
  program: { id: string; status: ProgramStatus; startDate: string },
  actors: { officer: string | null; reviewer: string | null },
) {
  for (const step of PATHS[program.status] ?? []) {
    const actor = step.by === "officer" ? actors.officer : actors.reviewer;
    await execute(
      tx,
      sql`INSERT INTO program_events (program_id, action, from_status, to_status, actor_id, note, at)
          VALUES (${program.id}, ${step.action}, ${step.from}, ${step.to}, ${actor}, ${step.note ?? null},
                  ${program.startDate}::date + make_interval(days => ${step.day}))`,
    );
  }
  if (program.status === "draft") return;
  await execute(
    tx,
    sql`INSERT INTO program_versions (program_id, version_no, snapshot, submitted_by, submitted_at)
        SELECT p.id, 1,
               jsonb_build_object(
                 'ref', p.ref, 'title', p.title, 'description', p.description, 'sector', p.sector, 'targetGroup', p.target_group,
                 'startDate', p.start_date::text, 'endDate', p.end_date::text, 'budgetIdr', p.budget_idr,
                 'plannedBeneficiaries', p.planned_beneficiaries, 'priorityProgramName', pp.name,
                 'areas', (SELECT jsonb_agg(jsonb_build_object('code', a.code, 'name', a.name) ORDER BY a.code)
                           FROM program_areas pa JOIN areas a ON a.code = pa.area_code WHERE pa.program_id = p.id)),
               ${actors.officer}, p.submitted_at
        FROM programs p LEFT JOIN priority_programs pp ON pp.id = p.priority_program_id
        WHERE p.id = ${program.id}`,
  );
}
