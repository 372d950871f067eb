import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getTranslator } from "@/server/i18n/locale";
import { requireRole } from "@/server/auth/session";
import { filtersFromSearch } from "@/server/dashboard/dashboard.schemas";
import { getQueryClient, trpc } from "../../../_trpc/prefetch";
import { withFilters } from "../_components/links";
import { AreaSlide } from "./_components/area-slide";
import { Deck, type DeckSlide } from "./_components/deck";
import { FiguresSlide } from "./_components/figures-slide";
import { describeSlideFilters } from "./_components/filter-label";
import { GapsSlide } from "./_components/gaps-slide";
import { OverlapsSlide } from "./_components/overlaps-slide";
import { slideFromSearch } from "./_components/present-links";
import { SectorSlide } from "./_components/sector-slide";
import { Slide } from "./_components/slide";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("present.title") };
}

type Search = Record<string, string | string[] | undefined>;

const SLIDES = ["figures", "sector", "area", "overlaps", "gaps"] as const;
/** A slide holds what can be read from the back of the room: the top few, with the full count. */
const ISSUES_SHOWN = 4;

/** The dashboard as full-screen slides for a forum meeting, on the dashboard's filters. */
export default async function PresentPage({ searchParams }: { searchParams: Promise<Search> }) {
  await requireRole("viewer", "reviewer", "admin");
  const { t } = await getTranslator();
  const sp = await searchParams;
  const filters = filtersFromSearch(sp);
  const slide = slideFromSearch(sp.slide, SLIDES.length);
  const qc = getQueryClient();
  const [data, issues, subtitle] = await Promise.all([
    qc.fetchQuery(trpc.dashboard.summary.queryOptions(filters)),
    qc.fetchQuery(trpc.brief.openIssues.queryOptions({ ...filters, limit: ISSUES_SHOWN })),
    describeSlideFilters(filters, t),
  ]);

  const content: Record<(typeof SLIDES)[number], ReactNode> = {
    figures: <FiguresSlide totals={data.totals} />,
    sector: <SectorSlide sectors={data.bySector} totalBudget={data.totals.budgetIdr} />,
    area: <AreaSlide byArea={data.byArea} filters={filters} slide={SLIDES.indexOf("area") + 1} />,
    overlaps: <OverlapsSlide flags={issues.flags} />,
    gaps: <GapsSlide issues={issues} />,
  };
  const slides: DeckSlide[] = SLIDES.map((key) => {
    const title = t(`present.slides.${key}`);
    return {
      key,
      title,
      content: (
        <Slide title={title} subtitle={subtitle}>
          {content[key]}
        </Slide>
      ),
    };
  });

  const exitHref = withFilters("/dashboard", filters);
  // Keyed by the filters: drilling into an area is a new deck, opening on the requested slide.
  return <Deck key={exitHref} slides={slides} initial={slide - 1} exitHref={exitHref} />;
}
