import "server-only";
import { adminProcedure, createRouter } from "@/server/trpc/init";
import { searchAudit } from "./audit.queries";
import { searchAuditSchema } from "./audit.schemas";

/** Read-only by design: the audit log has no procedure that changes or removes an entry. */
export const auditRouter = createRouter({
  search: adminProcedure
    .input(searchAuditSchema)
    .query(async ({ ctx, input }) => searchAudit(ctx.db, ctx.viewer, input, await ctx.timeZone())),
});
