import type { Translate } from "@/lib/i18n/translate";

export interface AreaLike {
  code: string;
  name: string;
  level: number;
  path?: string[];
}

/** Kemendagri village codes carry the kind: `.1xxx` is a kelurahan (urban ward), `.2xxx` a desa. */
export function villageKind(code: string): "kelurahan" | "desa" {
  return code.split(".")[3]?.startsWith("1") ? "kelurahan" : "desa";
}

/** An area's name as people write it: `Desa Embalut`, `Kec. Palaran`, `Kota Samarinda`, `Provinsi Kalimantan Timur`. */
export function areaName(area: AreaLike, t: Translate): string {
  switch (area.level) {
    case 1:
      return `${t("areaLevels.province")} ${area.name}`;
    case 3:
      return `${t("areaLevels.kecamatan")} ${area.name}`;
    case 4:
      return `${t(`areaLevels.${villageKind(area.code)}`)} ${area.name}`;
    default:
      return area.name;
  }
}

/** The containing areas below the province, innermost first: `Kec. Palaran, Kota Samarinda`. */
export function areaContext(area: AreaLike, t: Translate): string {
  const [, regency, district] = area.path ?? [];
  return [district ? `${t("areaLevels.kecamatan")} ${district}` : null, regency].filter(Boolean).join(", ");
}
