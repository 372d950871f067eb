import "server-only";
import { reconcileSharedFlags } from "@/server/beneficiaries/shared-flags";
import type { JobHandler } from "../job.types";

/** After a list is saved or deleted: its shared-beneficiaries flags; running twice leaves the same flags. */
export const flagSharedBeneficiaries: JobHandler<"beneficiaries.shared"> = async ({ db, data }) => reconcileSharedFlags(db, data.programId);
