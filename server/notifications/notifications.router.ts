import "server-only";
import { createRouter, protectedProcedure } from "@/server/trpc/init";
import { countUnread, listNotifications, markAllRead, markRead } from "./notifications.queries";
import { listNotificationsSchema, markReadSchema } from "./notifications.schemas";

/** The signed-in user's own notifications; there is no way to name another user. */
export const notificationsRouter = createRouter({
  list: protectedProcedure.input(listNotificationsSchema).query(({ ctx, input }) => listNotifications(ctx.db, ctx.viewer.userId, input)),
  unreadCount: protectedProcedure.query(({ ctx }) => countUnread(ctx.db, ctx.viewer.userId)),
  markRead: protectedProcedure.input(markReadSchema).mutation(({ ctx, input }) => markRead(ctx.db, ctx.viewer.userId, input.ids)),
  markAllRead: protectedProcedure.mutation(({ ctx }) => markAllRead(ctx.db, ctx.viewer.userId)),
});
