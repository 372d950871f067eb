import type { TestProject } from "vitest/node";
import { buildPgliteTemplate, buildPostgresTemplate, dropPostgresDatabase } from "./template";

declare module "vitest" {
  export interface ProvidedContext {
    pgliteTemplate: string;
    postgresTemplate: string | null;
  }
}

/** Prepares one template database per run; each test file clones it (see harness.ts). */
export default async function setup(project: TestProject) {
  const url = process.env.TEST_DATABASE_URL;
  const onPostgres = project.config.env?.TEST_DB_KIND === "postgres" && !!url;
  project.provide("pgliteTemplate", onPostgres ? "" : await buildPgliteTemplate());
  const pgTemplate = onPostgres && url ? await buildPostgresTemplate(url) : null;
  project.provide("postgresTemplate", pgTemplate);
  return async () => {
    if (url && pgTemplate) await dropPostgresDatabase(url, pgTemplate);
  };
}
