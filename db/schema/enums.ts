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

export const PROGRAM_STATUSES = [
  "draft",
  "submitted",
  "approved",
  "revision_requested",
  "rejected",
  "in_progress",
  "completed",
  "withdrawn",
] as const;
export type ProgramStatus = (typeof PROGRAM_STATUSES)[number];
