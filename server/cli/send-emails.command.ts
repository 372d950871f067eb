import "server-only";
import { retryFailedEmails } from "@/server/notifications/email.delivery";
import { EXIT, withDatabase, type CommandContext } from "./cli-io";

/** `send-emails`: sends pending notification e-mail and retries failed ones; exit 1 if any still fails. */
export async function runSendEmailsCommand(ctx: CommandContext): Promise<number> {
  const r = await withDatabase(ctx.open, (db) => retryFailedEmails(db));
  if (!r) {
    ctx.io.err("SMTP_HOST is not set: e-mail is switched off, nothing was sent.");
    return EXIT.failure;
  }
  ctx.io.out(`E-mail: ${r.sent} sent, ${r.failed} failed (${r.requeued} failed or interrupted before were retried).`);
  if (r.failed > 0) ctx.io.err("Some e-mail failed; the reasons are kept with each notification. Run send-emails again later.");
  return r.failed > 0 ? EXIT.failure : EXIT.ok;
}
