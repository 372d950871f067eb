import { z } from "zod";
import { SECTORS, TARGET_GROUPS, type Sector, type TargetGroup } from "@/lib/enums";
import type { ImportField } from "./columns";
import { startImportSchema } from "./imports.schemas";

/**
 * The preview of an import: every row as it would be saved, what the app resolved (places by
 * name, the target-group category), what it asks the person to decide, and what it refuses.
 * Nothing is saved until the person confirms. The preview is kept in the database (one row of
 * `import_jobs` with status `preview`), so a reload, another instance or a restart loses nothing.
 *
 * This file is the contract between the import engine (server) and the preview page (app).
 */

/** Upload for a preview. Admins may name the company the file belongs to (import on its behalf). */
export const previewImportSchema = startImportSchema.extend({
  companyId: z.uuid("errors.companyUnknown").optional(),
});
export type PreviewImportInput = z.output<typeof previewImportSchema>;

export const previewIdSchema = z.object({ id: z.uuid("errors.notFound") });

export const PREVIEW_FILTERS = ["all", "problems", "errors"] as const;
export type PreviewFilter = (typeof PREVIEW_FILTERS)[number];
export const getPreviewSchema = z.object({
  id: z.uuid("errors.notFound"),
  filter: z.enum(PREVIEW_FILTERS).default("all"),
  page: z.number().int().min(1).max(10_000).default(1),
  pageSize: z.number().int().min(10).max(500).default(100),
});
export type GetPreviewInput = z.input<typeof getPreviewSchema>;

/** A decision the person makes for one row in the preview. */
export const fixPreviewRowSchema = z.object({
  id: z.uuid("errors.notFound"),
  row: z.number().int().min(1),
  /** The area chosen for one ambiguous or unknown place of the row (index into `placeAsks`). */
  place: z.object({ index: z.number().int().min(0), code: z.string().trim().min(2).max(20) }).optional(),
  /** The category chosen for the row's target group (null: keep the words without one). */
  targetGroup: z.enum(TARGET_GROUPS).nullable().optional(),
  /** The sector chosen for a row whose sector the app could not read. */
  sector: z.enum(SECTORS).optional(),
  /** Leave the row out of the import (true) or take it back in (false); kept on the server until the confirm. */
  skip: z.boolean().optional(),
});
export type FixPreviewRowInput = z.output<typeof fixPreviewRowSchema>;

export const CONFIRM_MODES = ["draft", "submit"] as const;
export const confirmImportSchema = z.object({
  id: z.uuid("errors.notFound"),
  /** Save the rows as drafts, or submit them to Dinas Sosial at once. */
  mode: z.enum(CONFIRM_MODES),
  /**
   * Rows left out on purpose, besides those skipped with fixRow; rows with errors must be skipped
   * one way or the other, or the confirm is refused.
   */
  skipRows: z.array(z.number().int().min(1)).max(100_000).default([]),
});
export type ConfirmImportInput = z.output<typeof confirmImportSchema>;

export type PreviewLevel = "error" | "warning" | "info";

export interface PlaceChoice {
  code: string;
  /** For people: "Kel. Guntung, Kec. Bontang Utara, Kota Bontang". */
  label: string;
}

/** One thing said about a row: a catalog key with its values, beside the field it concerns. */
export interface PreviewMessage {
  field: ImportField | null;
  level: PreviewLevel;
  /** Catalog key, such as `errors.importPlaceAmbiguous`. */
  message: string;
  params?: Record<string, string>;
  /** For a place the app cannot decide: the areas the person may choose from. */
  candidates?: PlaceChoice[];
}

/** A place of the row the app could not decide alone; answered by fixRow. */
export interface PlaceAsk {
  /** The text as the file wrote it: "Kampung Baru". */
  text: string;
  candidates: PlaceChoice[];
  /** The person's choice, once made. */
  chosen: string | null;
}

export interface PreviewOverlap {
  programId: string;
  title: string;
  companyName: string;
  kind: "duplicate" | "overlap";
  /** 0..1 */
  score: number;
}

export interface PreviewRow {
  /** The row number the person sees in the spreadsheet. */
  row: number;
  ref: string;
  title: string;
  /** As it will be saved: as written, or composed from title, target and places when blank or short (an info message says so). */
  description: string;
  /** The company the row goes to, when the file names companies (admins and the command line); null: the preview's company. */
  companyName: string | null;
  status: "ok" | "warning" | "error";
  /** create: a new program; update: replaces the company's draft with this ref. */
  action: "create" | "update";
  sector: Sector | null;
  targetGroupText: string | null;
  targetGroup: TargetGroup | null;
  /** True when the category was inferred from the words rather than written as a category. */
  targetGroupInferred: boolean;
  /** Places resolved (by code or by name), with their names. */
  areas: PlaceChoice[];
  placeAsks: PlaceAsk[];
  startDate: string | null;
  endDate: string | null;
  budgetIdr: number | null;
  plannedBeneficiaries: number | null;
  /** Overlaps with programs already registered that saving this row would raise. */
  overlaps: PreviewOverlap[];
  /** The person chose to leave the row out (fixRow `skip`); a blocking row is left out whatever this says. */
  skipped: boolean;
  messages: PreviewMessage[];
}

export type PreviewStatus = "reading" | "ready" | "failed" | "confirmed";

export interface ImportPreview {
  id: string;
  filename: string;
  status: PreviewStatus;
  /** While a large file is read as a job: rows read so far of all. */
  progress: { done: number; total: number };
  /** The company the rows go to when one company owns the file (officer, or admin on behalf). */
  companyName: string | null;
  /** That company's id (null when the rows name their companies): the result links to its programs. */
  companyId: string | null;
  /** File-level problems (no header, unreadable file): catalog keys. */
  fileErrors: PreviewMessage[];
  /**
   * `problems`: rows matching the "problems" filter; `blocking`: rows that cannot be saved as they
   * stand (an error, or a place still to choose), which the confirm must skip.
   */
  counts: {
    rows: number;
    ok: number;
    warning: number;
    error: number;
    create: number;
    update: number;
    problems: number;
    blocking: number;
    /** Rows the person chose to skip (fixRow `skip`), blocking or not. */
    skipped: number;
    /** Rows the confirm leaves out: blocking or chosen, each once. */
    leftOut: number;
  };
  /** Every blocking row, in file order, across all pages: exactly the rows the confirm refuses to save. */
  blockingRows: number[];
  /** One page of rows, in file order, after the filter. */
  rows: PreviewRow[];
  page: number;
  pageSize: number;
  /** Rows matching the filter. */
  filtered: number;
  /** Once confirmed: the import job that saves the rows (see imports.status). */
  jobId: string | null;
}

/** What a finished import created or updated, listed on its result page. */
export interface ImportedProgram {
  row: number;
  programId: string;
  ref: string;
  title: string;
  action: "create" | "update";
}

export { SECTORS, TARGET_GROUPS };
