import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { createTransport, type SendMailOptions } from "nodemailer";
import { execute, type Database } from "@/db/client";
import { notifications } from "@/db/schema";
import type { NotificationKind } from "@/lib/enums";
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
/** A row left 'sending' this long after its claim was claimed by a process that died before it could finish. */
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
async function claimBatch(db: Database, ids?: string[]): Promise<Claimed[]> {
  const which = ids ? sql`AND id IN (SELECT unnest(${sql.param(ids)}::uuid[]))` : sql``;
  const res = await execute<Claimed>(
    db,
    sql`UPDATE notifications n SET email_status = 'sending', email_error = NULL, email_claimed_at = now()
        FROM users u
        WHERE u.id = n.recipient_id
          AND n.id IN (SELECT id FROM notifications WHERE email_status = 'pending' ${which}
                       ORDER BY created_at LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
        RETURNING n.id, n.kind, n.link, n.payload, u.email, u.name`,
  );
  return res.rows;
}

/** 'pending' again puts a failed send back for the job's next attempt. */
async function settle(
  db: Database,
  id: string,
  error: string | null,
  status: "sent" | "failed" | "pending" = error === null ? "sent" : "failed",
) {
  await db
    .update(notifications)
    .set({ emailStatus: status, emailError: error })
    .where(and(eq(notifications.id, id), eq(notifications.emailStatus, "sending")));
}

/**
 * The same Message-ID for every attempt at one notification's e-mail: should a worker die
 * between handing a message to the server and marking it sent, the repeat is recognisably the same message.
 */
export function messageIdOf(notificationId: string, appUrl: string): string {
  return `<notification-${notificationId}@${new URL(appUrl).hostname || "sinergi-csr"}>`;
}

function mailerFor(transport?: MailTransport) {
  const settings = smtpSettingsFrom(process.env);
  const mailer = transport ?? (settings ? smtpTransport(settings) : null);
  const fromAddress = settings?.from ?? "no-reply@localhost";
  const from = fromAddress.includes("<") ? fromAddress : { name: "Sinergi CSR", address: fromAddress };
  return { mailer, from, appUrl: appUrlFrom(process.env) };
}

async function sendOne(mailer: MailTransport, from: SendMailOptions["from"], appUrl: string, n: Claimed) {
  const content = composeEmail(n, n.name, appUrl);
  await mailer.sendMail({
    from,
    to: { name: n.name, address: n.email },
    subject: content.subject,
    text: content.text,
    messageId: messageIdOf(n.id, appUrl),
  });
}

/**
 * The `email.send` job: sends these notifications' pending e-mail, each once (the claim moves
 * it to 'sending', so another sender skips it). A failed send goes back to 'pending' and the job
 * throws, so the queue retries it with backoff; on the last attempt it is marked 'failed'.
 */
export async function sendNotificationEmails(
  db: Database,
  ids: string[],
  opts: { transport?: MailTransport; isLastAttempt: boolean },
): Promise<DeliveryResult> {
  const result: DeliveryResult = { sent: 0, failed: 0 };
  const { mailer, from, appUrl } = mailerFor(opts.transport);
  if (!mailer || ids.length === 0) return result;
  let lastError = "";
  try {
    for (let batch = await claimBatch(db, ids); batch.length > 0; batch = await claimBatch(db, ids)) {
      for (const n of batch) {
        try {
          await sendOne(mailer, from, appUrl, n);
          await settle(db, n.id, null);
          result.sent++;
        } catch (err) {
          lastError = messageOf(err);
          // Back to 'pending' only after the loop, or this job would claim it again at once.
          await settle(db, n.id, lastError, "failed");
          result.failed++;
        }
      }
    }
  } finally {
    if (!opts.transport) mailer.close?.();
  }
  if (result.failed > 0 && !opts.isLastAttempt) {
    await db
      .update(notifications)
      .set({ emailStatus: "pending" })
      .where(and(inArray(notifications.id, ids), eq(notifications.emailStatus, "failed")));
    throw new Error(`${result.failed} of ${result.failed + result.sent} e-mails failed: ${lastError}`);
  }
  return result;
}

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err)).slice(0, 1000) || "unknown error";

/**
 * Sends the e-mail of every pending notification and marks each 'sent' or 'failed' (with the
 * error). Without a transport it uses the SMTP settings, and does nothing when SMTP_HOST is not
 * set. Never throws: the notification in the app stands whatever happens to its e-mail.
 */
export async function deliverPendingEmails(db: Database, transport?: MailTransport): Promise<DeliveryResult> {
  const result: DeliveryResult = { sent: 0, failed: 0 };
  const { mailer, from, appUrl } = mailerFor(transport);
  if (!mailer) return result;
  try {
    for (let batch = await claimBatch(db); batch.length > 0; batch = await claimBatch(db)) {
      for (const n of batch) {
        try {
          await sendOne(mailer, from, appUrl, n);
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
        WHERE email_status = 'failed' OR (email_status = 'sending' AND email_claimed_at < now() - ${STALE_SENDING})`,
  );
  return { ...(await deliverPendingEmails(db, transport)), requeued: requeued.rowCount };
}
