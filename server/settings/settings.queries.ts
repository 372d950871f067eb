import "server-only";
import { eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { settings } from "@/db/schema";

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

const PUBLIC_PAGE = "public_page";

/** Whether the public page (aggregates of approved programs, no personal data) is published; off unless an admin turns it on. */
export async function isPublicPageEnabled(db: DbOrTx): Promise<boolean> {
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, PUBLIC_PAGE));
  return row?.value === "on";
}

export async function setPublicPage(db: DbOrTx, enabled: boolean): Promise<void> {
  const value = enabled ? "on" : "off";
  await db
    .insert(settings)
    .values({ key: PUBLIC_PAGE, value })
    .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: sql`now()` } });
}
