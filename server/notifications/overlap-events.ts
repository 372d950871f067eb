import "server-only";
import { eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { companies, programs } from "@/db/schema";
import type { OpenedFlag } from "@/server/overlaps/flags.store";
import { notify } from "./notifications.service";
import { officersOf, reviewersOfPrograms } from "./recipients.queries";

interface ProgramBrief {
  id: string;
  title: string;
  companyId: string;
  companyName: string;
}

async function loadBriefs(db: DbOrTx, ids: string[]): Promise<Map<string, ProgramBrief>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: programs.id, title: programs.title, companyId: programs.companyId, companyName: companies.name })
    .from(programs)
    .innerJoin(companies, eq(companies.id, programs.companyId))
    .where(inArray(programs.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r]));
}

/**
 * Tells the reviewers of either program about a pair the detector newly raised. The review queue
 * shows a pair only to reviewers who see both programs, so they get the comparison; a reviewer
 * who sees one side only gets that program's page instead of a link that would answer not found.
 */
export async function notifyNewFlags(db: DbOrTx, raised: OpenedFlag[]): Promise<number> {
  // A repeat is history, not a conflict: it waits in the queue's own tab without a message.
  const opened = raised.filter((f): f is OpenedFlag & { kind: "duplicate" | "overlap" } => f.kind !== "repeat");
  if (opened.length === 0) return 0;
  const briefs = await loadBriefs(
    db,
    opened.flatMap((f) => [f.a, f.b]),
  );
  // One statement for the reviewers of every program involved (an import opens hundreds of flags at once).
  const byProgram = await reviewersOfPrograms(db, [...briefs.keys()]);
  const reviewersOf = (programId: string) => new Set(byProgram.get(programId) ?? []);
  let sent = 0;
  for (const flag of opened) {
    const a = briefs.get(flag.a);
    const b = briefs.get(flag.b);
    if (!a || !b) continue;
    const [ofA, ofB] = [reviewersOf(a.id), reviewersOf(b.id)];
    const both = [...ofA].filter((id) => ofB.has(id));
    const onlyA = [...ofA].filter((id) => !ofB.has(id));
    const onlyB = [...ofB].filter((id) => !ofA.has(id));
    sent += await notify(db, both, {
      kind: "program_flagged",
      link: `/review/${flag.id}`,
      payload: { programTitle: a.title, otherTitle: b.title, kind: flag.kind },
    });
    sent += await notify(db, onlyA, {
      kind: "program_flagged",
      link: `/programs/${a.id}`,
      payload: { programTitle: a.title, otherTitle: b.title, kind: flag.kind },
    });
    sent += await notify(db, onlyB, {
      kind: "program_flagged",
      link: `/programs/${b.id}`,
      payload: { programTitle: b.title, otherTitle: a.title, kind: flag.kind },
    });
  }
  return sent;
}

/**
 * A reviewer turned a pair into a collaboration: the officers of each company hear of it, with
 * a link to their own program, whose page shows the partner's contact.
 */
export async function notifyCollaboration(db: DbOrTx, pair: [string, string], actorId: string): Promise<number> {
  const briefs = await loadBriefs(db, pair);
  const [a, b] = [briefs.get(pair[0]), briefs.get(pair[1])];
  if (!a || !b) return 0;
  let sent = 0;
  for (const [own, other] of [
    [a, b],
    [b, a],
  ] as const) {
    sent += await notify(
      db,
      await officersOf(db, [own.companyId]),
      {
        kind: "collaboration_proposed",
        link: `/programs/${own.id}`,
        payload: { programTitle: own.title, otherTitle: other.title, otherCompany: other.companyName },
      },
      actorId,
    );
  }
  return sent;
}
