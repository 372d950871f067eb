import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/trpc/root";

// One tRPC query over plain fetch, for the few client components of pages that carry no tRPC
// client, React Query or superjson (the dashboard: the notification bell, the company picker).
// The request and answer are what the tRPC client sends and gets for a GET query with the
// superjson transformer: the input as `{"json": …}` in the URL, the answer as
// `{"result":{"data":{"json": …}}}`. Only for answers that are plain JSON (no dates, maps or
// sets): superjson would describe those in `meta`, which this refuses rather than misread.

type Inputs = inferRouterInputs<AppRouter>;
type Outputs = inferRouterOutputs<AppRouter>;

/** An error answer: `message` is the server's catalog key (errors.*), `status` the HTTP status (0 when the request failed). */
export class QueryError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = "QueryError";
  }
}

export function queryUrl(path: string, input?: unknown): string {
  const base = `/api/trpc/${path}`;
  return input === undefined ? base : `${base}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
}

/** The value in a tRPC answer's body, or the QueryError it reports. */
export function readAnswer(status: number, body: unknown): unknown {
  const b = body as {
    result?: { data?: { json?: unknown; meta?: unknown } };
    error?: { json?: { message?: string }; message?: string };
  } | null;
  if (status >= 200 && status < 300 && b?.result?.data && "json" in b.result.data) {
    if (b.result.data.meta !== undefined) throw new QueryError("errors.internal", status);
    return b.result.data.json;
  }
  throw new QueryError(b?.error?.json?.message ?? b?.error?.message ?? "errors.internal", status || 500);
}

async function fetchQuery(path: string, input: unknown, signal?: AbortSignal): Promise<unknown> {
  let res: Response;
  try {
    res = await fetch(queryUrl(path, input), { signal, headers: { accept: "application/json" } });
  } catch (err) {
    if (signal?.aborted) throw err;
    throw new QueryError("errors.network", 0);
  }
  const body = await res.json().catch(() => null);
  return readAnswer(res.status, body);
}

export const fetchUnreadCount = (signal?: AbortSignal) =>
  fetchQuery("notifications.unreadCount", undefined, signal) as Promise<Outputs["notifications"]["unreadCount"]>;

export const fetchCompanyOptions = (input: Inputs["companies"]["options"], signal?: AbortSignal) =>
  fetchQuery("companies.options", input, signal) as Promise<Outputs["companies"]["options"]>;
