import "server-only";
import type { DbOrTx } from "@/db/client";
import { analyzeText } from "@/server/overlaps/text";
import { cosine, termVector } from "@/server/overlaps/similarity";
import { loadThesaurus } from "@/server/overlaps/thesaurus.service";
import { activitiesInAreas } from "./government.queries";
import { nearbyActivitiesSchema, type NearbyActivitiesInput } from "./government.schemas";

/** How many activities in the places are read before ranking; a village rarely has more. */
const CANDIDATES = 60;

/**
 * Government activities in the same places as a program being written (inside one of its areas
 * or containing one), in its period when given, ranked for the officer's live warning: same
 * sector first, then by how alike the texts are (the matcher's own analysis: stems, thesaurus
 * concepts, numbers), then newest. Each carries its text score so the form can say how close.
 */
export async function nearbyActivities(db: DbOrTx, raw: NearbyActivitiesInput) {
  const input = nearbyActivitiesSchema.parse(raw);
  const period =
    input.startDate && input.endDate && input.startDate <= input.endDate ? { startDate: input.startDate, endDate: input.endDate } : null;
  const found = await activitiesInAreas(db, input.areaCodes, period, CANDIDATES);
  if (found.length === 0) return [];
  const thesaurus = await loadThesaurus(db);
  const none = new Set<string>();
  const words = `${input.title} ${input.description}`.trim();
  const mine = words ? termVector(analyzeText(words, thesaurus), none) : null;
  const ranked = found.map((a) => {
    const theirs = termVector(
      analyzeText([a.title, a.subKegiatanName, a.kegiatanName, a.description].filter(Boolean).join(" "), thesaurus),
      none,
    );
    const similarity = mine ? cosine(mine, theirs) : 0;
    return { ...a, sameSector: input.sector !== undefined && a.sector === input.sector, similarity: Math.round(similarity * 100) / 100 };
  });
  ranked.sort(
    (x, y) => Number(y.sameSector) - Number(x.sameSector) || y.similarity - x.similarity || y.startDate.localeCompare(x.startDate),
  );
  return ranked.slice(0, input.limit);
}
