import "server-only";
import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";
import { GOVERNMENT_FUNDINGS, SECTORS } from "@/lib/enums";
import { listActivitiesSchema, type ListActivitiesInput } from "@/server/government/government.schemas";
import { getQueryClient, trpc } from "../../_trpc/server";

type Search = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;

/** The list's filters from the URL; a value the list cannot read is left out, never a 500. */
export function activityFiltersFromSearch(sp: Search): ListActivitiesInput {
  const raw = {
    q: one(sp.q),
    area: one(sp.area),
    funding: (GOVERNMENT_FUNDINGS as readonly string[]).includes(one(sp.funding) ?? "") ? one(sp.funding) : undefined,
    sector: (SECTORS as readonly string[]).includes(one(sp.sector) ?? "") ? one(sp.sector) : undefined,
    year: one(sp.year) ? Number(one(sp.year)) : undefined,
    page: one(sp.page) ? Number(one(sp.page)) : undefined,
  };
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(raw)) {
    if (v === undefined) continue;
    const ok = listActivitiesSchema.safeParse({ [k]: v });
    if (ok.success) out[k] = v;
  }
  return out as ListActivitiesInput;
}

/** The activity for a page; not found (or a CSR program's id) becomes the 404 page. */
export async function fetchActivityOr404(id: string) {
  try {
    return await getQueryClient().fetchQuery(trpc.government.byId.queryOptions({ id }));
  } catch (err) {
    if (err instanceof TRPCError && (err.code === "NOT_FOUND" || err.code === "BAD_REQUEST")) notFound();
    throw err;
  }
}
