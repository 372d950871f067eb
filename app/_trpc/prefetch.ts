import "server-only";

// The server side of tRPC for pages: prefetches through the same procedures the browser calls.
// Apart from HydrateClient (./server.tsx), which renders React Query's HydrationBoundary: a client
// component, so a page whose modules import it ships it (and part of React Query) to the browser
// even when it never renders it. The dashboard imports this module only.
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { headers } from "next/headers";
import { cache } from "react";
import { getViewer } from "@/server/auth/session";
import { getAppDatabase } from "@/server/db";
import { getTimeZone } from "@/server/i18n/time-zone";
import { appRouter, createCaller } from "@/server/trpc/root";
import { contextFor } from "@/server/trpc/context";
import { makeQueryClient } from "./query-client";

/** One query client per request. */
export const getQueryClient = cache(makeQueryClient);

/**
 * One context per request, on the viewer the page itself checked (getViewer is cached per
 * request): a page's prefetches then decode the session cookie and read the user once, not once each.
 */
const requestContext = cache(async () => {
  const [h, viewer, db] = await Promise.all([headers(), getViewer(), getAppDatabase()]);
  // The page's own time zone (getTimeZone is cached per request): procedures do not read it again.
  return contextFor(db, h, viewer, getTimeZone);
});

/** Server-side options proxy: pages prefetch through the same procedures the browser calls. */
export const trpc = createTRPCOptionsProxy({
  ctx: requestContext,
  router: appRouter,
  queryClient: getQueryClient,
});

/**
 * The same procedures for reads a page only passes down as props: unlike the query client's,
 * their results are not dehydrated into the page a second time for the browser's cache.
 */
export const serverCaller = cache(async () => createCaller(await requestContext()));
