import "server-only";
import { areasRouter } from "@/server/areas/areas.router";
import { auditRouter } from "@/server/audit/audit.router";
import { beneficiariesRouter } from "@/server/beneficiaries/beneficiaries.router";
import { briefRouter } from "@/server/brief/brief.router";
import { companiesRouter } from "@/server/companies/companies.router";
import { dashboardRouter } from "@/server/dashboard/dashboard.router";
import { complianceRouter } from "@/server/compliance/compliance.router";
import { homeRouter } from "@/server/home/home.router";
import { governmentRouter } from "@/server/government/government.router";
import { importsRouter } from "@/server/imports/imports.router";
import { indicatorsRouter } from "@/server/indicators/indicators.router";
import { needsRouter } from "@/server/needs/needs.router";
import { notificationsRouter } from "@/server/notifications/notifications.router";
import { overlapsRouter } from "@/server/overlaps/overlaps.router";
import { priorityProgramsRouter } from "@/server/priority-programs/priority-programs.router";
import { programsRouter } from "@/server/programs/programs.router";
import { publicRouter } from "@/server/public/public.router";
import { realizationRouter } from "@/server/realization/realization.router";
import { reviewsRouter } from "@/server/reviews/reviews.router";
import { settingsRouter } from "@/server/settings/settings.router";
import { targetGroupsRouter } from "@/server/target-groups/target-groups.router";
import { targetingRouter } from "@/server/targeting/targeting.router";
import { usersRouter } from "@/server/users/users.router";
import { createCallerFactory, createRouter } from "./init";

/** The index of the API: one router per domain. */
export const appRouter = createRouter({
  areas: areasRouter,
  audit: auditRouter,
  beneficiaries: beneficiariesRouter,
  brief: briefRouter,
  companies: companiesRouter,
  dashboard: dashboardRouter,
  compliance: complianceRouter,
  home: homeRouter,
  government: governmentRouter,
  imports: importsRouter,
  indicators: indicatorsRouter,
  needs: needsRouter,
  notifications: notificationsRouter,
  overlaps: overlapsRouter,
  priorityPrograms: priorityProgramsRouter,
  programs: programsRouter,
  public: publicRouter,
  realization: realizationRouter,
  reviews: reviewsRouter,
  settings: settingsRouter,
  targetGroups: targetGroupsRouter,
  targeting: targetingRouter,
  users: usersRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
