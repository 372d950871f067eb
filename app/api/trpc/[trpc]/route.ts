import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { describeForLog } from "@/server/errors";
import { limitBody, refuseForeignRequest } from "@/server/http/trpc-gate";
import { appRouter } from "@/server/trpc/root";
import { createRequestContext } from "@/server/trpc/context";

const serve = (req: Request) =>
  fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: () => createRequestContext(req.headers),
    // The public summary is the same for every caller (no per-user data): shared caches may keep it
    // a minute, so turning the public page off takes at most that long to reach them.
    responseMeta({ info, type, errors, eagerGeneration }) {
      const calls = info?.calls ?? [];
      const isPublicOnly = calls.length > 0 && calls.every((c) => c.path.startsWith("public."));
      if (type === "query" && isPublicOnly && errors.length === 0 && !eagerGeneration) {
        return { headers: new Headers({ "cache-control": "public, max-age=60, s-maxage=60" }) };
      }
      return {};
    },
    onError({ error, path }) {
      // Never the failed query's parameters: they are what the user typed.
      if (error.code === "INTERNAL_SERVER_ERROR") console.error(`[trpc] ${path ?? "?"}: ${describeForLog(error.cause ?? error)}`);
    },
  });

/** Cross-site requests, non-JSON mutations and oversized bodies are refused before tRPC reads anything. */
async function handler(req: Request): Promise<Response> {
  const refused = refuseForeignRequest(req);
  if (refused) return refused;
  const bounded = await limitBody(req);
  return bounded instanceof Response ? bounded : serve(bounded);
}

export { handler as GET, handler as POST };
