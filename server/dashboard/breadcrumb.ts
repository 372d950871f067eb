import { isWithin, NATIONAL } from "@/server/access/area-codes";
import type { Translate } from "@/lib/i18n/translate";
import { areaName, type AreaLike } from "@/lib/areas/area-label";

/**
 * The codes a breadcrumb walks through, from the viewer's jurisdiction (`ID` for national staff)
 * down to `current`: `64` → `64.72` → `64.72.01`. Never a level above the jurisdiction; an area
 * outside it (a hand-edited URL) leaves the jurisdiction alone.
 */
export function crumbCodes(jurisdiction: string, current: string | undefined): string[] {
  if (!current || current === jurisdiction || !isWithin(current, jurisdiction)) return [jurisdiction];
  const parts = current.split(".");
  const top = jurisdiction === NATIONAL ? 0 : jurisdiction.split(".").length;
  const out = [jurisdiction];
  for (let i = Math.max(top, 0) + 1; i <= parts.length; i++) out.push(parts.slice(0, i).join("."));
  return out;
}

export interface Crumb {
  code: string;
  label: string;
  current: boolean;
}

/** A crumb spells the level out (`Kecamatan Sungai Kunjang`); lists elsewhere write `Kec.`. */
function crumbLabel(area: AreaLike, t: Translate): string {
  return area.level === 3 ? `${t("areaLevels.district")} ${area.name}` : areaName(area, t);
}

/** Each crumb labelled with its level and name (`Provinsi Kalimantan Timur`, `Kota Samarinda`, `Kecamatan Palaran`). */
export function buildCrumbs(jurisdiction: string, current: string | undefined, areas: readonly AreaLike[], t: Translate): Crumb[] {
  const byCode = new Map(areas.map((a) => [a.code, a]));
  const codes = crumbCodes(jurisdiction, current);
  return codes.map((code, i) => {
    const area = byCode.get(code);
    const label = code === NATIONAL ? t("dashboard.crumbNational") : area ? crumbLabel(area, t) : code;
    return { code, label, current: i === codes.length - 1 };
  });
}
