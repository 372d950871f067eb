import "server-only";
import { createTranslator } from "@/lib/i18n/translate";
import { describeNotification } from "@/lib/notifications/describe";
import type { NotificationKind } from "@/lib/enums";

export interface EmailContent {
  subject: string;
  text: string;
}

// E-mail goes out in Indonesian, the office's working language; the app shows each reader
// their own choice. Plain text: it reads the same in every mail client and on a phone.
const t = createTranslator("id");

/** Subject and body of the e-mail for one notification; the link becomes an absolute URL. */
export function composeEmail(
  n: { kind: NotificationKind; link: string; payload: Record<string, unknown> },
  recipientName: string,
  appUrl: string,
): EmailContent {
  const text = describeNotification(t, n.kind, n.payload);
  // Titles are typed by users: a line break in a header would start a new header.
  const subject = t("notifications.email.subject", { title: text.title, about: text.about }).replace(/[\r\n]+/g, " ");
  const link = n.link.startsWith("/") ? `${appUrl}${n.link}` : `${appUrl}/${n.link}`;
  const lines = [
    t("notifications.email.greeting", { name: recipientName }),
    "",
    text.body,
    ...(text.note ? ["", text.note] : []),
    "",
    t("notifications.email.open"),
    link,
    "",
    "--",
    t("notifications.email.footer", { url: `${appUrl}/notifications` }),
  ];
  return { subject, text: lines.join("\n") };
}
