import "server-only";
import { runImportJob } from "@/server/imports/import-job";
import type { JobHandler } from "../job.types";

/** An app upload: the plan is in the import job's row, progress goes back there. */
export const runImport: JobHandler<"import.run"> = ({ db, data, workerId, log }) => runImportJob(db, data.importJobId, workerId, log);
