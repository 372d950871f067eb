import "server-only";
import { rescanAll } from "@/server/overlaps/overlaps.service";
import { EXIT, withDatabase, type CommandContext } from "./cli-io";

/** `rescan`: compares every candidate pair again and brings all flags up to date. */
export async function runRescanCommand(ctx: CommandContext): Promise<number> {
  const r = await withDatabase(ctx.open, (db) =>
    rescanAll(db, (p) => ctx.io.err(p.total ? `[rescan] ${p.phase}: ${p.done}/${p.total}` : `[rescan] ${p.phase}…`)),
  );
  ctx.io.out(
    `Rescan done in ${r.ms} ms: ${r.candidatePairs} candidate pairs among ${r.programs} programs, ${r.flagged} flagged ` +
      `(${r.inserted} new, ${r.updated} updated, ${r.reopened} reopened, ${r.obsoleted} obsolete, ${r.keptResolved} kept resolved).`,
  );
  return EXIT.ok;
}
