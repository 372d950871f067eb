import "server-only";
import { areasRouter } from "@/server/areas/areas.router";
import { companiesRouter } from "@/server/companies/companies.router";
import { importsRouter } from "@/server/imports/imports.router";
import { overlapsRouter } from "@/server/overlaps/overlaps.router";
import { priorityProgramsRouter } from "@/server/priority-programs/priority-programs.router";
import { programsRouter } from "@/server/programs/programs.router";
import { settingsRouter } from "@/server/settings/settings.router";
import { usersRouter } from "@/server/users/users.router";
import { createCallerFactory, createRouter } from "./init";

/** The index of the API: one router per domain. */
export const appRouter = createRouter({
  areas: areasRouter,
  companies: companiesRouter,
  imports: importsRouter,
  overlaps: overlapsRouter,
  priorityPrograms: priorityProgramsRouter,
  programs: programsRouter,
  settings: settingsRouter,
  users: usersRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
