// Plain constants with no database imports, so forms in the browser can share them with the schema.

export const ROLES = ["admin", "reviewer", "officer", "viewer"] as const;
export type Role = (typeof ROLES)[number];

export const SECTORS = ["economy", "education", "health", "environment", "social", "infrastructure", "disaster"] as const;
export type Sector = (typeof SECTORS)[number];

/** Target groups, after the Ministry of Social Affairs' PPKS categories and common CSR beneficiaries. */
export const TARGET_GROUPS = [
  "poor_households",
  "children",
  "students",
  "youth",
  "women",
  "elderly",
  "disabilities",
  "farmers_fishers",
  "msme",
  "disaster_victims",
  "health_workers_cadres",
  "indigenous",
  "general_public",
] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

/** The statuses a CSR program moves through (review and realisation). */
export const CSR_PROGRAM_STATUSES = [
  "draft",
  "submitted",
  "approved",
  "revision_requested",
  "rejected",
  "in_progress",
  "completed",
  "withdrawn",
] as const;
export type CsrProgramStatus = (typeof CSR_PROGRAM_STATUSES)[number];
/**
 * Every value of programs.status: the CSR statuses and `reference`, which government activities
 * (reference data with a source and a date, never reviewed) always have and CSR programs never do.
 */
export const PROGRAM_STATUSES = [...CSR_PROGRAM_STATUSES, "reference"] as const;
export type ProgramStatus = (typeof PROGRAM_STATUSES)[number];

/**
 * Where an activity comes from: a company's CSR program, or a government activity (APBN, APBD,
 * APBDes) held as reference data. Both live in the programs table (see docs/overlaps.md).
 */
export const ACTIVITY_SOURCES = ["csr", "government"] as const;
export type ActivitySource = (typeof ACTIVITY_SOURCES)[number];

/**
 * How a government activity is funded: the state budget (APBN), the province's or the regency's
 * or city's budget (APBD), the village budget (APBDes, including Dana Desa and ADD), or other.
 */
export const GOVERNMENT_FUNDINGS = ["apbn", "apbd_province", "apbd_regency", "apbdes", "other"] as const;
export type GovernmentFunding = (typeof GOVERNMENT_FUNDINGS)[number];

/**
 * duplicate and overlap: two programs at the same place and time; repeat: the same kind of aid at
 * the same place by another company in another year (history, not a conflict).
 */
export const OVERLAP_KINDS = ["duplicate", "overlap", "repeat"] as const;
export type OverlapKind = (typeof OVERLAP_KINDS)[number];
/** open: waiting for a reviewer; resolved: decided; obsolete: the programs no longer match. */
export const FLAG_STATUSES = ["open", "resolved", "obsolete"] as const;
export type FlagStatus = (typeof FLAG_STATUSES)[number];
export const RESOLUTIONS = ["duplicate", "distinct", "collaboration", "continuation", "coordinate"] as const;
export type Resolution = (typeof RESOLUTIONS)[number];
/**
 * The decisions a reviewer may take on each kind of flag: a repeat is a continuation of the
 * earlier aid or calls for coordination between the companies; the others as before.
 */
export const RESOLUTIONS_BY_KIND: Record<OverlapKind, readonly Resolution[]> = {
  duplicate: ["duplicate", "distinct", "collaboration"],
  overlap: ["duplicate", "distinct", "collaboration"],
  repeat: ["continuation", "coordinate"],
};

/**
 * reading: a large file being read into its preview by a job; preview: waiting for the person to
 * confirm; queued: confirmed, waiting to start; running: saving rows and checking overlaps; then
 * done or failed.
 */
export const IMPORT_STATUSES = ["reading", "preview", "queued", "running", "done", "failed"] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/** What can happen to a program; each move is recorded as a program event. */
export const PROGRAM_ACTIONS = ["create", "submit", "approve", "request_revision", "reject", "start", "complete", "withdraw"] as const;
export type ProgramAction = (typeof PROGRAM_ACTIONS)[number];

export const NOTIFICATION_KINDS = ["program_submitted", "program_decided", "program_flagged", "collaboration_proposed", "need_adopted"] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const NEED_SOURCES = ["musrenbang", "dtks", "field_survey", "other"] as const;
export type NeedSource = (typeof NEED_SOURCES)[number];
export const NEED_STATUSES = ["open", "closed"] as const;
export type NeedStatus = (typeof NEED_STATUSES)[number];

/** Regional indicators staff import (poverty rate in percent, number of poor people). */
export const INDICATOR_MEASURES = ["poverty_rate", "poor_people"] as const;
export type IndicatorMeasure = (typeof INDICATOR_MEASURES)[number];
