import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTranslator } from "@/lib/i18n/translate";
import { programEvents } from "@/db/schema";
import { resolveViewer, type StaffViewer } from "@/server/auth/viewer";
import { arrangeMarch, MARCH } from "@/server/brief/brief.fixtures";
import { getBrief } from "@/server/brief/brief";
import { createTestDatabase } from "@/server/test/harness";
import { AREAS, insertProgram, seedFixtures, type Fixtures } from "@/server/test/fixtures";
import { briefPdfFilename, renderBriefPdf, toWinAnsi } from "./brief.pdf";

let h: Awaited<ReturnType<typeof createTestDatabase>>;
let fx: Fixtures;
let reviewer: StaffViewer;

const APRIL = { from: "2026-04-01", to: "2026-04-30" } as const;
const APRIL_PROGRAMS = 70;

beforeAll(async () => {
  h = await createTestDatabase();
  fx = await seedFixtures(h.db);
  await arrangeMarch(h.db, fx);
  // A busy April: enough first submissions, with long titles, to run over several pages.
  for (let i = 1; i <= APRIL_PROGRAMS; i++) {
    const ref = `A${String(i).padStart(2, "0")}`;
    const title = `Pelatihan usaha mikro nelayan dan pengolahan hasil perikanan kelompok ${ref}`;
    const id = await insertProgram(h.db, { companyId: fx.companies.a, ref, title, areas: [AREAS.samarindaWard] });
    const day = String(1 + (i % 28)).padStart(2, "0");
    await h.db
      .insert(programEvents)
      .values({
        programId: id,
        action: "submit",
        toStatus: "submitted",
        actorId: fx.users.officerA.userId,
        at: new Date(`2026-04-${day}T10:00:00+08:00`),
      });
  }
  const viewer = await resolveViewer(h.db, fx.users.reviewer);
  if (!viewer || viewer.role === "officer") throw new Error("fixture reviewer missing");
  reviewer = viewer;
});
afterAll(() => h?.close());

// pdfkit writes the built-in fonts' text as hex strings of WinAnsi codes inside TJ arrays
// (`[<50726f> 15 <6772616d>] TJ`, numbers being kerning); these decode the bytes back to text.
const WIN_ANSI_HIGH: Record<number, string> = { 0x85: "…", 0x91: "‘", 0x92: "’", 0x93: "“", 0x94: "”", 0x95: "•", 0x96: "–", 0x97: "—" };
const decodeWinAnsi = (hex: string) =>
  (hex.match(/../g) ?? []).map((b) => WIN_ANSI_HIGH[parseInt(b, 16)] ?? String.fromCharCode(parseInt(b, 16))).join("");

/** The text of each page, one shown string (a TJ array) per line, from an uncompressed PDF. */
function pageTexts(pdf: Buffer): string[] {
  const raw = pdf.toString("latin1");
  const streams = [...raw.matchAll(/stream\n([\s\S]*?)\nendstream/g)].map((m) => m[1] ?? "");
  return streams
    .filter((s) => /\bTJ\b/.test(s))
    .map((s) =>
      [...s.matchAll(/\[((?:\s*(?:<[0-9a-fA-F]*>|-?[\d.]+))*)\s*\]\s*TJ/g)]
        .map((m) => [...(m[1] ?? "").matchAll(/<([0-9a-fA-F]*)>/g)].map((x) => decodeWinAnsi(x[1] ?? "")).join(""))
        .join("\n"),
    );
}

const pageCount = (pdf: Buffer) => pdf.toString("latin1").match(/\/Type \/Page\b/g)?.length ?? 0;

describe(`meeting brief as PDF (${process.env.TEST_DB_KIND})`, () => {
  it("writes an A4 PDF with the title, range, scope and every section's rows", async () => {
    const brief = await getBrief(h.db, reviewer, MARCH, "Asia/Makassar");
    const pdf = await renderBriefPdf(brief, createTranslator("id"), "id", { scope: "Provinsi Kalimantan Timur", compress: false });
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdf.toString("latin1")).toContain("/MediaBox [0 0 595.28 841.89]");
    const text = pageTexts(pdf).join("\n");
    expect(text).toContain("Ringkasan Rapat Forum CSR");
    // The en dash of the range survives as WinAnsi 0x96, not as a broken two-byte code.
    expect(text).toContain("Rentang: 01/03/2026 – 31/03/2026");
    expect(text).toContain("Wilayah kerja: Provinsi Kalimantan Timur");
    for (const ref of ["S1", "K1", "S4", "S2"]) expect(text).toContain(`Program ${ref} (${ref})`);
    expect(text).toContain("Sesuai prioritas penurunan stunting");
    expect(text).toContain("Posyandu Rawa Makmur");
    expect(text).toContain("Beasiswa Kaliorang");
    expect(text).toContain("Program baru diajukan (3)");
    expect(text).not.toContain("Di luar rentang"); // S3's approval, just after the range
  });

  it("carries the office's letterhead and is tagged: headings, paragraphs, a table per section, artifacts for the rest", async () => {
    const brief = await getBrief(h.db, reviewer, MARCH, "Asia/Makassar");
    const pdf = await renderBriefPdf(brief, createTranslator("id"), "id", {
      scope: "Provinsi Kalimantan Timur",
      officeName: "Dinas Sosial Kabupaten Kutai Timur",
      compress: false,
    });
    const raw = pdf.toString("latin1");
    const [first] = pageTexts(pdf);
    // The office's name heads the first page, above the title.
    expect(first?.indexOf("Dinas Sosial Kabupaten Kutai Timur")).toBeGreaterThanOrEqual(0);
    expect(first?.indexOf("Dinas Sosial Kabupaten Kutai Timur")).toBeLessThan(first?.indexOf("Ringkasan Rapat Forum CSR") ?? -1);
    // Tagged: a structure tree, marked content, and the element kinds a screen reader navigates by.
    expect(raw).toMatch(/%PDF-1\.7/);
    expect(raw).toContain("/StructTreeRoot");
    expect(raw).toMatch(/\/MarkInfo \d+ 0 R/);
    expect(raw).toMatch(/\/Marked true/);
    const kinds = (name: string) => (raw.match(new RegExp(`/S /${name}\\b`, "g")) ?? []).length;
    expect(kinds("Document")).toBe(1);
    expect(kinds("H1")).toBe(1);
    expect(kinds("H2")).toBe(6); // one per section (the sixth: targeting by the DTSEN registry)
    expect(kinds("Figure")).toBe(1);
    expect(raw).toContain("(Logo Dinas Sosial Kabupaten Kutai Timur)");
    const tables = kinds("Table");
    const sectionsWithRows = [brief.submissions, brief.decisions, brief.flags, brief.gaps, brief.blankSpots].filter((s) => s.items.length > 0).length + (brief.targeting.registrySize > 0 && brief.targeting.byCompany.length > 0 ? 1 : 0);
    expect(tables).toBe(sectionsWithRows);
    expect(kinds("TH")).toBeGreaterThan(0);
    expect(kinds("TD")).toBeGreaterThan(kinds("TH"));
    // Page numbers and rules are artifacts, not content.
    expect(raw).toContain("/Artifact");
    expect(raw).toMatch(/\/Lang \(id\)/);
  });

  it("runs a long section over several pages, repeating the table header and numbering the pages", async () => {
    const brief = await getBrief(h.db, reviewer, APRIL, "Asia/Makassar");
    expect(brief.submissions.total).toBe(APRIL_PROGRAMS);
    const pdf = await renderBriefPdf(brief, createTranslator("en"), "en", { compress: false });
    const pages = pageCount(pdf);
    expect(pages).toBeGreaterThan(1);
    const texts = pageTexts(pdf);
    expect(texts).toHaveLength(pages);
    texts.forEach((page, i) => expect(page).toContain(`${i + 1} / ${pages}`));
    // Every page the submissions table runs onto starts with its header row again.
    const withRows = texts.filter((page) => page.includes("Pelatihan usaha mikro"));
    expect(withRows.length).toBeGreaterThan(1);
    for (const page of withRows) expect(page).toMatch(/^Date\nProgram\nCompany\nSector\nBudget$/m);
    const all = texts.join("\n");
    for (let i = 1; i <= APRIL_PROGRAMS; i++) expect(all).toContain(`(A${String(i).padStart(2, "0")})`);
  });

  it("keeps text within what the built-in fonts can show, and names the file after the range", () => {
    expect(toWinAnsi("Rp 1\u202f000 \u2192 \u2265 5% \u2013 Pe\u0219te \u00e9t\u00e9 \u4e2d")).toBe(
      "Rp 1 000 -> >= 5% \u2013 Peste \u00e9t\u00e9 ?",
    );
    expect(briefPdfFilename(MARCH)).toBe("ringkasan-rapat-2026-03-01_2026-03-31.pdf");
  });

  it("compresses by default", async () => {
    const brief = await getBrief(h.db, reviewer, MARCH, "Asia/Makassar");
    const pdf = await renderBriefPdf(brief, createTranslator("en"), "en");
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdf.toString("latin1")).toContain("/FlateDecode");
    expect(pageTexts(pdf).join("")).not.toContain("Program S1");
  });
});
