import "server-only";
import type { JobHandlers } from "../job.types";
import { flagSharedBeneficiaries } from "./beneficiaries-shared";
import { sendEmails } from "./email-send";
import { readImportPreview } from "./import-preview";
import { runImport } from "./import-run";
import { checkOverlaps } from "./overlaps-check";
import { rescanOverlaps } from "./overlaps-rescan";
import { remindReviewers } from "./reminders";
import { runRetention } from "./retention";

/** One handler per job kind; the worker and the tests' `runJobsUntilIdle` run the same ones. */
export const HANDLERS: JobHandlers = {
  "import.run": runImport,
  "import.preview": readImportPreview,
  "overlaps.check": checkOverlaps,
  "overlaps.rescan": rescanOverlaps,
  "email.send": sendEmails,
  "beneficiaries.shared": flagSharedBeneficiaries,
  "maintenance.retention": runRetention,
  "reviews.remind": remindReviewers,
};
