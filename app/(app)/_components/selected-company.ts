import "server-only";
import { getQueryClient, trpc } from "../../_trpc/prefetch";

/**
 * The company named by a filter URL, with its name: the only one a page looks up, since the picker
 * searches the rest. Null when none is chosen or the viewer may not see it.
 */
export async function findSelectedCompany(id: string | undefined): Promise<{ id: string; name: string } | null> {
  if (!id) return null;
  const [company] = await getQueryClient().fetchQuery(trpc.companies.options.queryOptions({ ids: [id] }));
  return company ?? null;
}

/** What a filter bar shows for the company in the URL: its name, or the bare id when it is unknown, so the filter stays visible and clearable. */
export async function companyFilterValue(id: string | undefined): Promise<{ id: string; name: string } | null> {
  return id ? ((await findSelectedCompany(id)) ?? { id, name: id }) : null;
}
