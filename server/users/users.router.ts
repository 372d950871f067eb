import "server-only";
import { adminProcedure, createRouter, protectedProcedure } from "@/server/trpc/init";
import { createUserSchema, listUsersSchema, resetPasswordSchema, setUserActiveSchema, updateUserSchema } from "./users.schemas";
import { listManagedUsers } from "./users.queries";
import { createUser, resetPassword, setUserActive, updateUser } from "./users.service";

export const usersRouter = createRouter({
  /** The signed-in user, as the server sees them now. */
  me: protectedProcedure.query(({ ctx }) => ctx.viewer),
  list: adminProcedure.input(listUsersSchema).query(({ ctx, input }) => listManagedUsers(ctx.db, ctx.viewer, input)),
  create: adminProcedure.input(createUserSchema).mutation(({ ctx, input }) => createUser(ctx.db, ctx.viewer, input, ctx.ip)),
  update: adminProcedure.input(updateUserSchema).mutation(({ ctx, input }) => updateUser(ctx.db, ctx.viewer, input, ctx.ip)),
  resetPassword: adminProcedure.input(resetPasswordSchema).mutation(({ ctx, input }) => resetPassword(ctx.db, ctx.viewer, input, ctx.ip)),
  setActive: adminProcedure.input(setUserActiveSchema).mutation(({ ctx, input }) => setUserActive(ctx.db, ctx.viewer, input, ctx.ip)),
});
