import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { createTransport, type SendMailOptions } from "nodemailer";
import { execute, type Database } from "@/db/client";
import { notifications } from "@/db/schema";
import type { NotificationKind } from "@/lib/enums";
import type { Context } from "@/server/trpc/init";
import { composeEmail } from "./email.compose";
import { appUrlFrom, smtpSettingsFrom, type SmtpSettings } from "./email.settings";
import { isEmailConfigured } from "./notifications.service";

/** What delivery needs of a nodemailer transporter; tests pass `jsonTransport` or a failing one. */
export interface MailTransport {
  sendMail(mail: SendMailOptions): Promise<unknown>;
  close?(): void;
}

export interface DeliveryResult {
  sent: number;
  failed: number;
}

interface Claimed {
  id: string;
  kind: NotificationKind;
  link: string;
  payload: Record<string, unknown>;
  email: string;
  name: string;
}

const BATCH = 50;
/** A row left 'sending' this long was claimed by a process that died before it could finish. */
const STALE_SENDING = sql`interval '15 minutes'`;

function smtpTransport(s: SmtpSettings): MailTransport {
  return createTransport({
    host: s.host,
    port: s.port,
    secure: s.secure,
    auth: s.auth,
    // A slow mail server must not keep background work alive for minutes.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
}

/**
 * Claims a batch of pending rows by moving them to 'sending' in one statement. SKIP LOCKED lets
 * several app instances deliver at once without two of them sending the same e-mail.
 */
async function claimBatch(db: Database): Promise<Claimed[]> {
  const res = await execute<Claimed>(
    db,
    sql`UPDATE notifications n SET email_status = 'sending', email_error = NULL
        FROM users u
        WHERE u.id = n.recipient_id
          AND n.id IN (SELECT id FROM notifications WHERE email_status = 'pending'
                       ORDER BY created_at LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
        RETURNING n.id, n.kind, n.link, n.payload, u.email, u.name`,
  );
  return res.rows;
}

async function settle(db: Database, id: string, error: string | null) {
  await db
    .update(notifications)
    .set({ emailStatus: error === null ? "sent" : "failed", emailError: error })
    .where(and(eq(notifications.id, id), eq(notifications.emailStatus, "sending")));
}

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err)).slice(0, 1000) || "unknown error";

/**
 * Sends the e-mail of every pending notification and marks each 'sent' or 'failed' (with the
 * error). Without a transport it uses the SMTP settings, and does nothing when SMTP_HOST is not
 * set. Never throws: the notification in the app stands whatever happens to its e-mail.
 */
export async function deliverPendingEmails(db: Database, transport?: MailTransport): Promise<DeliveryResult> {
  const settings = smtpSettingsFrom(process.env);
  const result: DeliveryResult = { sent: 0, failed: 0 };
  const mailer = transport ?? (settings ? smtpTransport(settings) : null);
  if (!mailer) return result;
  try {
    const fromAddress = settings?.from ?? "no-reply@localhost";
    const from = fromAddress.includes("<") ? fromAddress : { name: "Sinergi CSR", address: fromAddress };
    const appUrl = appUrlFrom(process.env);
    for (let batch = await claimBatch(db); batch.length > 0; batch = await claimBatch(db)) {
      for (const n of batch) {
        const content = composeEmail(n, n.name, appUrl);
        try {
          await mailer.sendMail({ from, to: { name: n.name, address: n.email }, subject: content.subject, text: content.text });
          await settle(db, n.id, null);
          result.sent++;
        } catch (err) {
          await settle(db, n.id, messageOf(err));
          result.failed++;
        }
      }
    }
  } catch (err) {
    // A database error mid-way: what was claimed stays 'sending' until `csr send-emails` retries it.
    console.error("[email] delivery stopped:", messageOf(err));
  } finally {
    // Only a transport made here is ours to close; a caller's may be used again.
    if (!transport) mailer.close?.();
  }
  return result;
}

/**
 * For `npm run csr -- send-emails`: puts failed e-mails (and ones a crashed process left
 * half-sent) back in the queue, then delivers everything pending. Null when SMTP is not set up.
 */
export async function retryFailedEmails(db: Database, transport?: MailTransport): Promise<(DeliveryResult & { requeued: number }) | null> {
  if (!transport && !isEmailConfigured()) return null;
  const requeued = await execute(
    db,
    sql`UPDATE notifications SET email_status = 'pending'
        WHERE email_status = 'failed' OR (email_status = 'sending' AND created_at < now() - ${STALE_SENDING})`,
  );
  return { ...(await deliverPendingEmails(db, transport)), requeued: requeued.rowCount };
}

/** Call after a request handler's commit that may have created notifications: e-mail goes out after the response. */
export function scheduleEmailDelivery(ctx: Pick<Context, "db" | "runInBackground">): void {
  if (!isEmailConfigured()) return;
  const { db } = ctx;
  ctx.runInBackground(async () => {
    await deliverPendingEmails(db);
  });
}

/** Awaits a mutation's work, then schedules e-mail for the notifications it committed. */
export async function withEmailDelivery<T>(ctx: Pick<Context, "db" | "runInBackground">, work: Promise<T>): Promise<T> {
  const result = await work;
  scheduleEmailDelivery(ctx);
  return result;
}
