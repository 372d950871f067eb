import "server-only";
import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { headers } from "next/headers";
import { cache, type ReactNode } from "react";
import { appRouter } from "@/server/trpc/root";
import { createRequestContext } from "@/server/trpc/context";
import { makeQueryClient } from "./query-client";

/** One query client per request. */
export const getQueryClient = cache(makeQueryClient);

/** Server-side options proxy: pages prefetch through the same procedures the browser calls. */
export const trpc = createTRPCOptionsProxy({
  ctx: async () => createRequestContext(await headers()),
  router: appRouter,
  queryClient: getQueryClient,
});

export function HydrateClient({ children }: { children: ReactNode }) {
  return <HydrationBoundary state={dehydrate(getQueryClient())}>{children}</HydrationBoundary>;
}
