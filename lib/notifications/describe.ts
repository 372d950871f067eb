import type { Translate } from "@/lib/i18n/translate";
import type { NotificationKind } from "@/lib/enums";

// A notification is stored as a kind and the data it needs (titles, names, a decision); this
// writes it out in the reader's language. Shared by the notifications page and the e-mail.

export interface NotificationText {
  /** A short heading, such as "Kemungkinan duplikat". */
  title: string;
  /** One sentence with the names filled in. */
  body: string;
  /** The reviewer's note on a decision, already prefixed; null when there is none. */
  note: string | null;
  /** What the notification is about (a program or a need), for an e-mail subject. */
  about: string;
}

// The payload is JSON from the database: an older row may lack a field, so read defensively.
const text = (payload: Record<string, unknown>, key: string): string => {
  const v = payload[key];
  return typeof v === "string" ? v : "";
};

const DECISIONS = ["approve", "request_revision", "reject"] as const;
const decisionOf = (v: unknown) => DECISIONS.find((d) => d === v) ?? "other";

/** The heading, sentence and note of one notification in the translator's language. */
export function describeNotification(t: Translate, kind: NotificationKind, payload: Record<string, unknown>): NotificationText {
  const title = text(payload, "programTitle");
  switch (kind) {
    case "program_submitted": {
      const variant = payload.resubmission === true ? "program_resubmitted" : "program_submitted";
      const params = { title, company: text(payload, "companyName") };
      return {
        title: t(`notifications.kinds.${variant}.title`),
        body: t(`notifications.kinds.${variant}.body`, params),
        note: null,
        about: title,
      };
    }
    case "program_decided": {
      const d = decisionOf(payload.decision);
      const note = text(payload, "note").trim();
      return {
        title: t(`notifications.kinds.program_decided.${d}.title`),
        body: t(`notifications.kinds.program_decided.${d}.body`, { title }),
        note: note ? t("notifications.note", { note }) : null,
        about: title,
      };
    }
    case "program_flagged": {
      if (payload.cluster === true) {
        const n = Number(payload.programs) || 0;
        return {
          title: t("notifications.kinds.program_flagged.cluster.title", { n }),
          body: t("notifications.kinds.program_flagged.cluster.body", { title, n, pairs: Number(payload.pairs) || 0 }),
          note: null,
          about: title,
        };
      }
      const k = payload.kind === "duplicate" ? "duplicate" : "overlap";
      return {
        title: t(`notifications.kinds.program_flagged.${k}.title`),
        body: t(`notifications.kinds.program_flagged.${k}.body`, { title, other: text(payload, "otherTitle") }),
        note: null,
        about: title,
      };
    }
    case "collaboration_proposed":
      return {
        title: t("notifications.kinds.collaboration_proposed.title"),
        body: t("notifications.kinds.collaboration_proposed.body", {
          title,
          other: text(payload, "otherTitle"),
          company: text(payload, "otherCompany"),
        }),
        note: null,
        about: title,
      };
    case "need_adopted": {
      const need = text(payload, "needTitle");
      return {
        title: t("notifications.kinds.need_adopted.title"),
        body: t("notifications.kinds.need_adopted.body", { title: need, company: text(payload, "companyName") }),
        note: null,
        about: need,
      };
    }
  }
}
