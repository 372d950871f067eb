// Which messages each part of the app sends to the browser with its page (in the RSC payload),
// for the client components it renders; the server renders everything else. The root layout sends
// ROOT_MESSAGES; a layout below it adds its own list, or the whole catalog (messagesFor(locale)
// without a list) where client components take message keys from the server (errors.*): the
// (app) pages, sign-in and the targeting report. A group (`"sectors"`) sends all its messages,
// for components that build the key (`` t(`sectors.${s}`) ``).
// lib/i18n/client-messages.test.ts checks every list against the keys its client components use.

/** Every page: the error page's. */
export const ROOT_MESSAGES = ["common.errorTitle", "common.errorBody", "common.tryAgain"] as const;

/**
 * The dashboard, its matrix, brief and slides: the frame's client parts (language, sign-out,
 * notification bell), the filter bar and company picker, the brief's date fields, the deck's
 * controls, and the two error keys of app/_trpc/fetch-query.ts (the picker and the bell use it).
 */
export const DASHBOARD_MESSAGES = [
  "common.appName",
  "common.signOut",
  "common.switchTo",
  "common.reset",
  "common.datePlaceholder",
  "notifications.bell",
  "notifications.bellUnread",
  "programs.filters.year",
  "programs.filters.allYears",
  "programs.filters.sector",
  "programs.filters.allSectors",
  "programs.filters.area",
  "programs.filters.allAreas",
  "programs.filters.company",
  "programs.filters.allCompanies",
  "programs.filters.status",
  "programs.filters.allStatuses",
  "companyPicker",
  "sectors",
  "statuses",
  "present.title",
  "present.nav",
  "present.previous",
  "present.next",
  "present.slideOf",
  "present.slideLabel",
  "present.fullscreen",
  "present.exitFullscreen",
  "present.exit",
  "present.keysHint",
  "errors.dateFormat",
  "errors.dateImpossible",
  "errors.internal",
  "errors.network",
] as const;
