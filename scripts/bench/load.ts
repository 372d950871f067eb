import { sql } from "drizzle-orm";
import { execute, type Database } from "@/db/client";
import type { BenchProgram, ProgramSet } from "./generate";

/** Programs [from, to) of a set, built only now: the loaders stream a set batch by batch. */
const slice = (set: ProgramSet, from: number, to: number): BenchProgram[] =>
  Array.from({ length: Math.max(0, Math.min(to, set.length) - from) }, (_, k) => set.at(from + k) as BenchProgram);

const companyId = (i: number) => `00000000-0000-4000-9000-${(i + 1).toString(16).padStart(12, "0")}`;

/** Bulk-loads companies and submitted programs with their areas (the closure trigger fills in the rest). */
export async function loadBenchData(db: Database, programs: ProgramSet, companies: number, onProgress?: (done: number) => void) {
  const rows = Array.from({ length: companies }, (_, i) => ({ id: companyId(i), name: `PT Bench ${i + 1}` }));
  await execute(
    db,
    sql`INSERT INTO companies (id, name) SELECT id::uuid, name FROM json_to_recordset(${JSON.stringify(rows)}::json) AS x(id text, name text)`,
  );
  const batch = 5000;
  for (let i = 0; i < programs.length; i += batch) {
    const chunk = slice(programs, i, i + batch);
    const json = JSON.stringify(
      chunk.map((p) => ({
        id: p.id,
        company_id: companyId(p.companyIndex),
        ref: p.ref,
        title: p.title,
        description: p.description,
        sector: p.sector,
        target_group: p.targetGroup,
        start_date: p.startDate,
        end_date: p.endDate,
        budget_idr: p.budgetIdr,
        planned_beneficiaries: p.beneficiaries,
      })),
    );
    await execute(
      db,
      sql`INSERT INTO programs (id, company_id, ref, title, description, sector, target_group, start_date, end_date, budget_idr, planned_beneficiaries, status, submitted_at)
          SELECT id::uuid, company_id::uuid, ref, title, description, sector::sector, target_group::target_group, start_date::date, end_date::date,
                 budget_idr, planned_beneficiaries, 'submitted', now()
          FROM json_to_recordset(${json}::json) AS x(id text, company_id text, ref text, title text, description text, sector text,
               target_group text, start_date text, end_date text, budget_idr bigint, planned_beneficiaries int)`,
    );
    const areas = JSON.stringify(chunk.flatMap((p) => [...new Set(p.areas)].map((code) => ({ program_id: p.id, area_code: code }))));
    await execute(
      db,
      sql`INSERT INTO program_areas (program_id, area_code)
          SELECT program_id::uuid, area_code FROM json_to_recordset(${areas}::json) AS x(program_id text, area_code text)`,
    );
    onProgress?.(Math.min(programs.length, i + batch));
  }
  // VACUUM as autovacuum would after a bulk load (off on the bench's server): the visibility map lets
  // the (code, program_id) indexes answer without the heap.
  await execute(db, sql`VACUUM ANALYZE`);
}

const FUNDINGS = ["apbn", "apbd_province", "apbd_regency", "apbdes", "other"] as const;

/**
 * Bulk-loads government activities (programs rows of source government, status reference, no
 * company, with their government_activities details and areas): the second source the matcher
 * compares CSR programs with. Ids and refs must differ from the CSR programs' (`asGovernment`).
 */
export async function loadBenchGovernment(db: Database, activities: ProgramSet, onProgress?: (done: number) => void) {
  const batch = 5000;
  for (let i = 0; i < activities.length; i += batch) {
    const chunk = slice(activities, i, i + batch);
    const json = JSON.stringify(
      chunk.map((p, j) => ({
        id: p.id,
        ref: p.ref,
        title: p.title,
        description: p.description,
        sector: p.sector,
        target_group: p.targetGroup,
        start_date: p.startDate,
        end_date: p.endDate,
        budget_idr: p.budgetIdr,
        planned_beneficiaries: p.beneficiaries,
        agency: `Dinas Bench ${(p.companyIndex % 500) + 1}`,
        funding: FUNDINGS[(i + j) % FUNDINGS.length],
      })),
    );
    await execute(
      db,
      sql`INSERT INTO programs (id, company_id, source, ref, title, description, sector, target_group, start_date, end_date, budget_idr, planned_beneficiaries, status)
          SELECT id::uuid, NULL, 'government', ref, title, description, sector::sector, target_group::target_group, start_date::date, end_date::date,
                 budget_idr, planned_beneficiaries, 'reference'
          FROM json_to_recordset(${json}::json) AS x(id text, ref text, title text, description text, sector text,
               target_group text, start_date text, end_date text, budget_idr bigint, planned_beneficiaries int)`,
    );
    await execute(
      db,
      sql`INSERT INTO government_activities (program_id, ref, funding, agency, agency_key, source_name)
          SELECT id::uuid, ref, funding::government_funding, agency, lower(agency), 'bench'
          FROM json_to_recordset(${json}::json) AS x(id text, ref text, agency text, funding text)`,
    );
    const areas = JSON.stringify(chunk.flatMap((p) => [...new Set(p.areas)].map((code) => ({ program_id: p.id, area_code: code }))));
    await execute(
      db,
      sql`INSERT INTO program_areas (program_id, area_code)
          SELECT program_id::uuid, area_code FROM json_to_recordset(${areas}::json) AS x(program_id text, area_code text)`,
    );
    onProgress?.(Math.min(activities.length, i + batch));
  }
  // VACUUM as autovacuum would after a bulk load (off on the bench's server): the visibility map lets
  // the (code, program_id) indexes answer without the heap.
  await execute(db, sql`VACUUM ANALYZE`);
}

/** Generated programs turned into government activities: their own ids and refs. */
export function asGovernment(programs: ProgramSet): ProgramSet {
  return {
    length: programs.length,
    at(i: number) {
      const p = programs.at(i);
      return p && { ...p, id: p.id.replace("-4000-8000-", "-4000-a000-"), ref: `G-${i}` };
    },
  };
}
