import { z } from "zod";
import { startImportSchema } from "@/server/imports/imports.schemas";

/** An upload as the program import sends it: the file's name and its bytes in base64, bounded before decoding. */
export const uploadFileSchema = startImportSchema;

export const programIdSchema = z.object({ programId: z.uuid("errors.notFound") });

export const previewListSchema = uploadFileSchema.extend(programIdSchema.shape);

export const confirmListSchema = previewListSchema.extend({
  /** Save the valid rows and leave out the rows with an invalid NIK. */
  skipInvalid: z.boolean(),
  /** The purpose and legal basis shown at upload were read; required. */
  purposeAcknowledged: z.literal(true, "errors.purposeAcknowledge"),
});

export const listsSchema = z.object({ programId: z.uuid("errors.notFound").optional() });

export const importRegistrySchema = uploadFileSchema.extend({ skipInvalid: z.boolean().default(false) });
