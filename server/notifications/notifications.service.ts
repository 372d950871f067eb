import "server-only";
import type { DbOrTx } from "@/db/client";
import { notifications } from "@/db/schema";
import type { NotificationKind } from "@/lib/enums";
import { enqueue } from "@/server/jobs/enqueue";
import { smtpSettingsFrom } from "./email.settings";
import type { NotificationPayloads } from "./notifications.types";

export type NewNotification = {
  [K in NotificationKind]: {
    kind: K;
    /** A path inside the app: `/programs/…`, `/review/…`. */
    link: string;
    /** What the message needs, in data; written out in the reader's language. */
    payload: NotificationPayloads[K];
  };
}[NotificationKind];

/** True when SMTP settings are given; otherwise notifications stay in the app only. */
export function isEmailConfigured(): boolean {
  return smtpSettingsFrom(process.env) !== null;
}

/**
 * Notifies each recipient once (the actor is left out: nobody is told of their own move). Runs
 * in the caller's transaction; e-mail, when configured, is an `email.send` job queued in that
 * same transaction, so it goes out after the commit and never for a change that rolled back.
 */
export async function notify(db: DbOrTx, recipients: string[], n: NewNotification, actorId?: string | null): Promise<number> {
  const to = [...new Set(recipients)].filter((id) => id !== actorId);
  if (to.length === 0) return 0;
  const withEmail = isEmailConfigured();
  const rows = await db
    .insert(notifications)
    .values(
      to.map((recipientId) => ({
        recipientId,
        kind: n.kind,
        link: n.link,
        payload: n.payload as Record<string, unknown>,
        emailStatus: withEmail ? "pending" : "none",
      })),
    )
    .returning({ id: notifications.id });
  if (withEmail) await enqueue(db, "email.send", { notificationIds: rows.map((r) => r.id) });
  return to.length;
}
