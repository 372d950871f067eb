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
