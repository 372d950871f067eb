import { sql, type SQL, type AnyColumn } from "drizzle-orm";

export { NATIONAL, isWithin, coversEveryArea } from "./area-codes";
import { NATIONAL, isWithin } from "./area-codes";

/** True when the two areas share ground: one lies in the other. */
export function areasShareGround(a: string, b: string): boolean {
  return isWithin(a, b) || isWithin(b, a);
}

/** SQL: `column` is the area `container` or lies inside it. */
export function sqlWithin(column: AnyColumn | SQL, container: string): SQL {
  if (container === NATIONAL) return sql`true`;
  return sql`(${column} = ${container} OR ${column} LIKE ${container + ".%"})`;
}

/** SQL: the area in `column` lies in `jurisdiction`, or contains it (a province-wide program touches each regency). */
export function sqlSharesGround(column: AnyColumn | SQL, jurisdiction: string): SQL {
  if (jurisdiction === NATIONAL) return sql`true`;
  const ancestors = ancestorCodes(jurisdiction);
  const inside = sql`${column} = ${jurisdiction} OR ${column} LIKE ${jurisdiction + ".%"}`;
  if (ancestors.length === 0) return sql`(${inside})`;
  return sql`(${inside} OR ${column} IN (${sql.join(
    ancestors.map((c) => sql`${c}`),
    sql`, `,
  )}))`;
}

/** `64.72.01.1001` → [`64`, `64.72`, `64.72.01`]: the areas that contain it. */
export function ancestorCodes(code: string): string[] {
  const parts = code.split(".");
  const out: string[] = [];
  for (let i = 1; i < parts.length; i++) out.push(parts.slice(0, i).join("."));
  return out;
}

export function areaLevel(code: string): number {
  return code.split(".").length;
}
