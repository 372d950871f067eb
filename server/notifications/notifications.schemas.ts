import { z } from "zod";

export const NOTIFICATIONS_PAGE_SIZE = 20;

export const listNotificationsSchema = z.object({
  unreadOnly: z.boolean().optional(),
  page: z.number().int().min(1).max(10_000).default(1),
});
export type ListNotificationsInput = z.output<typeof listNotificationsSchema>;

/** The ids of one page at most: a client never needs to mark more at once (there is markAllRead). */
export const markReadSchema = z.object({
  ids: z.array(z.uuid("errors.invalid")).min(1).max(100),
});
export type MarkReadInput = z.output<typeof markReadSchema>;
