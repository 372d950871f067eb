import "server-only";
import { runPreviewJob } from "@/server/imports/preview-job";
import type { JobHandler } from "../job.types";

/** A large upload read into its preview; the file and the progress are in the import job's row. */
export const readImportPreview: JobHandler<"import.preview"> = ({ db, data, workerId, log }) => runPreviewJob(db, data.importJobId, workerId, log);
