import "server-only";
import { eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { settings } from "@/db/schema";
import { DEFAULT_REPEAT_YEARS, MAX_REPEAT_YEARS, MIN_REPEAT_YEARS } from "@/lib/overlaps/repeat-years";

export const DEFAULT_HOME_PROVINCE = "64";
const HOME_PROVINCE = "home_province";

/** The forum's home province (default `64`, Kalimantan Timur): where area pickers start. */
export async function getHomeProvince(db: DbOrTx): Promise<string> {
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, HOME_PROVINCE));
  return row?.value ?? DEFAULT_HOME_PROVINCE;
}

export async function setHomeProvince(db: DbOrTx, code: string): Promise<void> {
  await db
    .insert(settings)
    .values({ key: HOME_PROVINCE, value: code })
    .onConflictDoUpdate({ target: settings.key, set: { value: code, updatedAt: sql`now()` } });
}

// On/off settings are stored as "on" or "off"; a missing row is off.
async function readSwitch(db: DbOrTx, key: string): Promise<boolean> {
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, key));
  return row?.value === "on";
}

async function writeSwitch(db: DbOrTx, key: string, enabled: boolean): Promise<void> {
  const value = enabled ? "on" : "off";
  await db
    .insert(settings)
    .values({ key, value })
    .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: sql`now()` } });
}

const PUBLIC_PAGE = "public_page";

/** Whether the public page (aggregates of approved programs, no personal data) is published; off unless an admin turns it on. */
export const isPublicPageEnabled = (db: DbOrTx) => readSwitch(db, PUBLIC_PAGE);
export const setPublicPage = (db: DbOrTx, enabled: boolean) => writeSwitch(db, PUBLIC_PAGE, enabled);

const REQUIRE_FIGURES = "require_figures_for_approval";

/**
 * Whether a program needs both its budget and its planned beneficiaries before it may be
 * approved; off by default, since many published programs state neither at first.
 */
export const isFiguresRequiredForApproval = (db: DbOrTx) => readSwitch(db, REQUIRE_FIGURES);
export const setFiguresRequiredForApproval = (db: DbOrTx, enabled: boolean) => writeSwitch(db, REQUIRE_FIGURES, enabled);

const REPEAT_YEARS = "repeat_years";

/** A stored number of years, or the default when the row is missing or not a number the rule accepts. */
function parseRepeatYears(value: string | undefined): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= MIN_REPEAT_YEARS && n <= MAX_REPEAT_YEARS ? n : DEFAULT_REPEAT_YEARS;
}

/**
 * How many years may lie between two programs (end of the earlier to start of the later) for the
 * same aid at the same place by another company to count as a repeat; 3 unless an admin changed it.
 */
export async function getRepeatYears(db: DbOrTx): Promise<number> {
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, REPEAT_YEARS));
  return parseRepeatYears(row?.value);
}

export async function setRepeatYears(db: DbOrTx, years: number): Promise<void> {
  const value = String(years);
  await db
    .insert(settings)
    .values({ key: REPEAT_YEARS, value })
    .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: sql`now()` } });
}

export const DEFAULT_OFFICE_NAME = "Dinas Sosial Provinsi Kalimantan Timur";
const OFFICE_NAME = "office_name";

/** The office whose letterhead the PDF brief carries (default: Dinas Sosial Provinsi Kalimantan Timur). */
export async function getOfficeName(db: DbOrTx): Promise<string> {
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, OFFICE_NAME));
  return row?.value ?? DEFAULT_OFFICE_NAME;
}

export async function setOfficeName(db: DbOrTx, name: string): Promise<void> {
  await db
    .insert(settings)
    .values({ key: OFFICE_NAME, value: name })
    .onConflictDoUpdate({ target: settings.key, set: { value: name, updatedAt: sql`now()` } });
}

/** Every setting a signed-in user may read, in one query (the settings are read on most pages). */
export async function readSettings(db: DbOrTx) {
  const rows = await db
    .select({ key: settings.key, value: settings.value })
    .from(settings)
    .where(inArray(settings.key, [HOME_PROVINCE, PUBLIC_PAGE, REQUIRE_FIGURES, REPEAT_YEARS, OFFICE_NAME]));
  const value = new Map(rows.map((r) => [r.key, r.value]));
  return {
    homeProvince: value.get(HOME_PROVINCE) ?? DEFAULT_HOME_PROVINCE,
    publicPage: value.get(PUBLIC_PAGE) === "on",
    requireFiguresForApproval: value.get(REQUIRE_FIGURES) === "on",
    repeatYears: parseRepeatYears(value.get(REPEAT_YEARS)),
    officeName: value.get(OFFICE_NAME) ?? DEFAULT_OFFICE_NAME,
  };
}

const BENEFICIARY_RETENTION_YEARS = "beneficiary_retention_years";
export const DEFAULT_BENEFICIARY_RETENTION_YEARS = 2;
export const MAX_BENEFICIARY_RETENTION_YEARS = 10;

/** Years a program's beneficiary list is kept after the program's end date (UU PDP: no longer than the purpose needs); default 2. */
export async function getBeneficiaryRetentionYears(db: DbOrTx): Promise<number> {
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, BENEFICIARY_RETENTION_YEARS));
  const n = Number(row?.value);
  return Number.isInteger(n) && n >= 1 && n <= MAX_BENEFICIARY_RETENTION_YEARS ? n : DEFAULT_BENEFICIARY_RETENTION_YEARS;
}

export async function setBeneficiaryRetentionYears(db: DbOrTx, years: number): Promise<void> {
  if (!Number.isInteger(years) || years < 1 || years > MAX_BENEFICIARY_RETENTION_YEARS) throw new RangeError(`retention years must be 1–${MAX_BENEFICIARY_RETENTION_YEARS}`);
  const value = String(years);
  await db
    .insert(settings)
    .values({ key: BENEFICIARY_RETENTION_YEARS, value })
    .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: sql`now()` } });
}
