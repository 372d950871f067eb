import "server-only";
import type { DbOrTx } from "@/db/client";
import { isWithin, NATIONAL } from "@/server/access/areas";
import { describeAreas } from "@/server/areas/areas.queries";
import type { StaffViewer } from "@/server/auth/viewer";
import { getByArea } from "@/server/dashboard/dashboard.queries";
import { rupiahPerPoorPerson } from "@/server/dashboard/per-poor";
import { governmentSumsByArea, NO_GOVERNMENT } from "@/server/government/government.spending";
import { findLatestFigures } from "@/server/indicators/indicators.queries";
import { assessTargeting } from "./targeting.rules";
import type { TargetingViewInput } from "./targeting.schemas";

/**
 * The filters with the area kept inside the viewer's jurisdiction. Above it (a regency office
 * asking for the province) or beside it (another regency), the areas would be listed with their
 * poverty figures but without the programs the viewer may not see, and every poor one would be
 * called a blank spot; such an area falls back to the jurisdiction itself.
 */
export function clampToJurisdiction(viewer: StaffViewer, input: TargetingViewInput): TargetingViewInput {
  if (!input.area || isWithin(input.area, viewer.jurisdiction)) return input;
  return { ...input, area: undefined };
}

/**
 * The targeting view: per child area of the focus (the dashboard's regional breakdown, over the
 * same filtered programs), the latest poverty figures at or before the chosen year (or the latest
 * there are, for all years), the money and
 * beneficiaries per poor person, and the blank spots and pile-ups (rules in targeting.rules.ts).
 */
export async function getTargetingView(db: DbOrTx, viewer: StaffViewer, asked: TargetingViewInput) {
  const input = clampToJurisdiction(viewer, asked);
  const byArea = await getByArea(db, viewer, input);
  const focus = byArea.focus;
  const [figures, gov] = await Promise.all([
    findLatestFigures(db, [focus, ...byArea.areas.map((a) => a.key)], input.year),
    governmentSumsByArea(
      db,
      byArea.areas.map((a) => a.key),
      { year: input.year, sector: input.sector },
    ),
  ]);
  const focusFigures = figures.get(focus) ?? {};
  const [described] = focus === NATIONAL ? [] : await describeAreas(db, [focus]);
  const { areas, thresholds } = assessTargeting(
    byArea.areas.map((a) => ({
      code: a.key,
      name: a.name,
      programs: a.programs,
      budgetIdr: a.budgetIdr,
      plannedBeneficiaries: a.plannedBeneficiaries,
      withoutBudget: a.withoutBudget,
      withoutBeneficiaries: a.withoutBeneficiaries,
      povertyRate: figures.get(a.key)?.poverty_rate ?? null,
      poorPeople: figures.get(a.key)?.poor_people ?? null,
    })),
    focusFigures.poverty_rate?.value ?? null,
  );
  // The years of the figures the table sets side by side: a 2016 count beside a 2024 rate is flagged.
  const figureYears = [
    ...new Set(areas.flatMap((a) => [a.povertyRate?.year, a.poorPeople?.year]).filter((y): y is number => y !== undefined)),
  ].sort((x, y) => x - y);
  return {
    /** The year asked for; null for all years (the latest figures there are). */
    year: input.year ?? null,
    /** Every year the children's figures come from, oldest first; more than one is "mixed years". */
    figureYears,
    focus: {
      code: focus,
      name: described?.name ?? null,
      povertyRate: focusFigures.poverty_rate ?? null,
      poorPeople: focusFigures.poor_people ?? null,
    },
    /** Beside each area's CSR rupiah per poor person: the government's (activities in the area, same year and sector). */
    areas: areas.map((a) => {
      const g = gov.get(a.code) ?? NO_GOVERNMENT;
      return {
        ...a,
        government: { ...g, perPoor: rupiahPerPoorPerson(g.budgetIdr, g.activities, g.withoutBudget, a.poorPeople?.value ?? null) },
      };
    }),
    /** Programs registered for the whole focus area: shown apart, never counted as reaching a child. */
    wide: byArea.wide,
    thresholds,
    blankSpots: areas.filter((a) => a.isBlankSpot).map((a) => a.code),
    pileUps: areas.filter((a) => a.pileUp.length > 0).map((a) => a.code),
    underServed: areas.filter((a) => a.isUnderServed).map((a) => a.code),
  };
}

export type TargetingView = Awaited<ReturnType<typeof getTargetingView>>;
