import "server-only";
import { adminProcedure, createRouter, signedInProcedure } from "@/server/trpc/init";
import { changeOwnPassword, requirePasswordChange, resetPassword } from "./passwords.service";
import {
  changeOwnPasswordSchema,
  createUserSchema,
  listUsersSchema,
  requirePasswordChangeSchema,
  resetPasswordSchema,
  setUserActiveSchema,
  updateUserSchema,
} from "./users.schemas";
import { listManagedUsers } from "./users.queries";
import { createUser, setUserActive, updateUser } from "./users.service";

export const usersRouter = createRouter({
  /** The signed-in user, as the server sees them now. */
  me: signedInProcedure.query(({ ctx }) => {
    // The session id stays on the server.
    const { sessionId, ...viewer } = ctx.viewer;
    void sessionId;
    return viewer;
  }),
  /** The one thing a user with a pending password change may do (besides signing out). */
  changePassword: signedInProcedure
    .input(changeOwnPasswordSchema)
    .mutation(({ ctx, input }) => changeOwnPassword(ctx.db, ctx.viewer, input, ctx.ip)),
  list: adminProcedure.input(listUsersSchema).query(({ ctx, input }) => listManagedUsers(ctx.db, ctx.viewer, input)),
  create: adminProcedure.input(createUserSchema).mutation(({ ctx, input }) => createUser(ctx.db, ctx.viewer, input, ctx.ip)),
  update: adminProcedure.input(updateUserSchema).mutation(({ ctx, input }) => updateUser(ctx.db, ctx.viewer, input, ctx.ip)),
  resetPassword: adminProcedure.input(resetPasswordSchema).mutation(({ ctx, input }) => resetPassword(ctx.db, ctx.viewer, input, ctx.ip)),
  requirePasswordChange: adminProcedure
    .input(requirePasswordChangeSchema)
    .mutation(({ ctx, input }) => requirePasswordChange(ctx.db, ctx.viewer, input, ctx.ip)),
  setActive: adminProcedure.input(setUserActiveSchema).mutation(({ ctx, input }) => setUserActive(ctx.db, ctx.viewer, input, ctx.ip)),
});
