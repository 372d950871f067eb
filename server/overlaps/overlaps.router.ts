import "server-only";
import { queriesOf } from "@/db/client";
import { coversEveryArea } from "@/server/access/areas";
import { notFound } from "@/server/errors";
import { getProgram } from "@/server/programs/programs.queries";
import { createRouter, officerProcedure, protectedProcedure, roleProcedure } from "@/server/trpc/init";
import { flagDecisions, flagsForProgram, getFlag, listFlags } from "./flags.queries";
import { acknowledgementsOf } from "@/server/reviews/acknowledgements.queries";
import { resolveFlag } from "./flags.service";
import { clusterOpenFor, getCluster } from "./clusters.queries";
import { resolveCluster } from "./clusters.service";
import {
  createThesaurusEntrySchema,
  clusterIdSchema,
  flagIdSchema,
  listFlagsSchema,
  liveCheckSchema,
  programFlagsSchema,
  resolveClusterSchema,
  resolveFlagSchema,
  setThesaurusEntryActiveSchema,
} from "./overlaps.schemas";
import { liveCheck, matchesForSaved } from "./overlaps.service";
import { enqueue } from "@/server/jobs/enqueue";
import { createThesaurusEntry, listThesaurus, setThesaurusEntryActive } from "./thesaurus.service";

const staffProcedure = roleProcedure("reviewer", "admin");

export const overlapsRouter = createRouter({
  /** While an officer fills in the form. */
  check: officerProcedure.input(liveCheckSchema).query(({ ctx, input }) => liveCheck(ctx.db, ctx.viewer, input)),

  /** The live check for a saved program of the officer's company: the draft page and the submit step. */
  forSaved: officerProcedure.input(programFlagsSchema).query(async ({ ctx, input }) => {
    const matches = await matchesForSaved(ctx.db, ctx.viewer, input.programId);
    if (!matches) throw notFound();
    return matches;
  }),

  queue: staffProcedure.input(listFlagsSchema).query(({ ctx, input }) => listFlags(ctx.db, ctx.viewer, input)),
  byId: staffProcedure.input(flagIdSchema).query(async ({ ctx, input }) => {
    const flag = await getFlag(ctx.db, ctx.viewer, input.id);
    if (!flag) throw notFound();
    const areaCodes = [...flag.a.areas, ...flag.b.areas].map((a) => a.code);
    // A pair of an open cluster the viewer sees in full points to it: the cluster is decided once.
    const openCluster = flag.clusterId && (await clusterOpenFor(ctx.db, ctx.viewer, flag.clusterId)) ? flag.clusterId : null;
    // The pair's history of decisions, and each officer's answer to the matches when they submitted.
    const [decisions, answers] = await queriesOf(
      ctx.db,
      () => flagDecisions(ctx.db, flag.id),
      () => acknowledgementsOf(ctx.db, [flag.programAId, flag.programBId]),
    );
    return { ...flag, canResolve: coversEveryArea(ctx.viewer.jurisdiction, areaCodes), openCluster, decisions, answers };
  }),
  resolve: staffProcedure
    .input(resolveFlagSchema)
    .mutation(({ ctx, input }) => resolveFlag(ctx.db, ctx.viewer, input, ctx.ip)),

  /** A cluster of 3 or more programs in one place, with every member; staff who see all of them. */
  cluster: staffProcedure.input(clusterIdSchema).query(async ({ ctx, input }) => {
    const cluster = await getCluster(ctx.db, ctx.viewer, input.id);
    if (!cluster) throw notFound();
    return { ...cluster, canResolve: coversEveryArea(ctx.viewer.jurisdiction, cluster.areaCodes) };
  }),
  /** Decides every open pair of a cluster at once. */
  resolveCluster: staffProcedure
    .input(resolveClusterSchema)
    .mutation(({ ctx, input }) => resolveCluster(ctx.db, ctx.viewer, input, ctx.ip)),

  forProgram: protectedProcedure.input(programFlagsSchema).query(async ({ ctx, input }) => {
    if (!(await getProgram(ctx.db, ctx.viewer, input.programId))) throw notFound();
    return flagsForProgram(ctx.db, ctx.viewer, input.programId);
  }),

  /**
   * Recomputes every flag (after thesaurus edits) as a queue job, results in the audit log. One
   * waits and one runs at most: asking again while one waits adds nothing.
   */
  rescan: roleProcedure("admin").mutation(async ({ ctx }) => {
    await enqueue(ctx.db, "overlaps.rescan", { actorId: ctx.viewer.userId, ip: ctx.ip });
    return { started: true };
  }),

  thesaurus: staffProcedure.query(({ ctx }) => listThesaurus(ctx.db)),
  addTerm: staffProcedure
    .input(createThesaurusEntrySchema)
    .mutation(({ ctx, input }) => createThesaurusEntry(ctx.db, ctx.viewer, input, ctx.ip)),
  setTermActive: staffProcedure
    .input(setThesaurusEntryActiveSchema)
    .mutation(({ ctx, input }) => setThesaurusEntryActive(ctx.db, ctx.viewer, input, ctx.ip)),
});
