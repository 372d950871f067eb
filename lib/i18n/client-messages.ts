// Which messages each part of the app sends to the browser with its page (in the RSC payload),
// for the client components it renders; the server renders everything else. The root layout sends
// ROOT_MESSAGES; a layout below it adds its own list, or the whole catalog (messagesFor(locale)
// without a list) where client components take message keys from the server (errors.*).
// lib/i18n/client-messages.test.ts checks every list against the keys its client components use.

/** Every page: the error page and the app frame's client parts (language, sign-out, notification bell). */
export const ROOT_MESSAGES = ["common", "notifications.bell", "notifications.bellUnread"] as const;

/**
 * The dashboard, its matrix, brief and slides: the filter bar, the company picker, the brief's
 * dates, the deck, and the two error keys of app/_trpc/fetch-query.ts (the picker and the bell use it).
 */
export const DASHBOARD_MESSAGES = [
  "programs.filters",
  "companyPicker",
  "sectors",
  "statuses",
  "present",
  "errors.dateFormat",
  "errors.dateImpossible",
  "errors.internal",
  "errors.network",
] as const;
