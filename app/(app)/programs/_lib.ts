import "server-only";
import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";
import { getQueryClient, trpc } from "../../_trpc/server";

/** The program for a page, prefetched for the client; not found (or not allowed) becomes the 404 page. */
export async function fetchProgramOr404(id: string) {
  try {
    return await getQueryClient().fetchQuery(trpc.programs.byId.queryOptions({ id }));
  } catch (err) {
    if (err instanceof TRPCError && (err.code === "NOT_FOUND" || err.code === "BAD_REQUEST")) notFound();
    throw err;
  }
}

/** The forum's home province code and name, where area pickers start. */
export async function fetchHomeProvince() {
  const qc = getQueryClient();
  const { homeProvince } = await qc.fetchQuery(trpc.settings.get.queryOptions());
  const [province] = await qc.fetchQuery(trpc.areas.describe.queryOptions({ codes: [homeProvince] }));
  return { code: homeProvince, name: province?.name ?? homeProvince };
}
