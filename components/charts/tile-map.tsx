import Link from "next/link";
import { classify, EMPTY_FILL, layoutTiles, legendBounds, SCALE, tileTextColor, wholeLegend } from "./tile-layouts";

export interface Tile {
  code: string;
  name: string;
  value: number;
  valueText: string;
  href: string;
}

interface Props {
  tiles: Tile[];
  /** Names the measure for screen readers and the legend. */
  measureLabel: string;
  formatBound: (n: number) => string;
  /** The measure counts whole things (programs, people): the legend then names whole ranges. */
  whole?: boolean;
  emptyLabel: string;
}

/** A tile-grid cartogram coloured by one measure, with its legend. Each tile opens that area. */
export function TileMap({ tiles, measureLabel, formatBound, emptyLabel, whole = false }: Props) {
  const { positions, cols, rows } = layoutTiles(tiles.map((t) => t.code));
  const max = Math.max(0, ...tiles.map((t) => t.value));
  return (
    <figure>
      <ul
        className="grid gap-1 sm:gap-1.5"
        style={{ gridTemplateColumns: `repeat(${cols}, minmax(0, 1fr))`, gridTemplateRows: `repeat(${rows}, minmax(4.5rem, auto))` }}
        aria-label={measureLabel}
      >
        {tiles.map((t) => {
          const pos = positions.get(t.code);
          const cls = classify(t.value, max);
          // "Kabupaten"/"Kota" is read out but not printed: the tile keeps the place's own name.
          const prefix = /^(Kabupaten|Kota) /.exec(t.name)?.[0] ?? "";
          return (
            <li key={t.code} style={{ gridColumnStart: (pos?.col ?? 0) + 1, gridRowStart: (pos?.row ?? 0) + 1 }}>
              {/* The link's name is its own text ("Kota Samarinda 12"), so what is read out holds what is seen, in order. */}
              <Link
                href={t.href}
                title={t.name}
                className="flex h-full flex-col justify-between rounded-lg p-1 text-[0.6875rem] ring-1 ring-black/5 transition hover:ring-2 hover:ring-brand-700 sm:p-2 sm:text-sm"
                style={{ backgroundColor: cls < 0 ? EMPTY_FILL : SCALE[cls], color: tileTextColor(cls) }}
              >
                {/* Long names wrap (never cut): "Penajam Paser Utara" takes three short lines on a phone. */}
                <span className="font-medium leading-tight wrap-break-word">
                  {prefix ? <span className="sr-only">{prefix}</span> : null}
                  {t.name.slice(prefix.length)}
                </span>
                <span className="mt-1 font-semibold tabular-nums">{t.valueText}</span>
              </Link>
            </li>
          );
        })}
      </ul>
      <figcaption className="mt-3 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-600">
        <span className="font-medium">{measureLabel}</span>
        <span className="flex items-center gap-1">
          <span className="inline-block h-3 w-5 rounded-sm ring-1 ring-black/10" style={{ backgroundColor: EMPTY_FILL }} />
          {emptyLabel}
        </span>
        {max > 0
          ? (whole ? wholeLegend(max) : legendBounds(max).map(([lo, hi], cls) => ({ cls, lo, hi }))).map(({ cls, lo, hi }) => (
              <span key={cls} className="flex items-center gap-1">
                <span className="inline-block h-3 w-5 rounded-sm" style={{ backgroundColor: SCALE[cls] }} />
                {lo === hi ? formatBound(lo) : `${formatBound(lo)}–${formatBound(hi)}`}
              </span>
            ))
          : null}
      </figcaption>
    </figure>
  );
}
