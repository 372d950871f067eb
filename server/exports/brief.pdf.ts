import "server-only";
import PDFDocument from "pdfkit";
import { formatDate, formatDateTime } from "@/lib/format";
import type { Locale, Translate } from "@/lib/i18n/translate";
import type { Brief } from "@/server/brief/brief";
import { briefTables, formatRange, type BriefTable } from "@/server/brief/brief.tables";

export interface BriefPdfOptions {
  /** The viewer's jurisdiction in words ("Provinsi Kalimantan Timur"); the line is left out without it. */
  scope?: string;
  /** The dashboard's filters in words; the line is left out when there are none. */
  filters?: string | null;
  /** The office on the letterhead (the `office_name` setting); the letterhead shows the app's name without it. */
  officeName?: string;
  /** `false` writes the content streams uncompressed, so a test can read the text back. */
  compress?: boolean;
}

// A4 in points, and the ink of the app (brand-700, slate-900/600/300).
const MARGIN = 40;
const FOOTER_GAP = 24;
const BRAND = "#12665a";
const INK = "#0f172a";
const MUTED = "#475569";
const RULE = "#cbd5e1";
const HEADER_FILL = "#eef6f4";
const CELL_PAD = 4;
const BODY_SIZE = 8.5;
const HEAD_SIZE = 8;

// The built-in fonts are WinAnsi-encoded: pdfkit writes any other character as garbage, so the
// few that Intl and the catalogs produce are replaced by their nearest WinAnsi form first.
const WIN_ANSI_EXTRA = new Set([
  0x152, 0x153, 0x160, 0x161, 0x178, 0x17d, 0x17e, 0x192, 0x2c6, 0x2dc, 0x2013, 0x2014, 0x2018, 0x2019, 0x201a, 0x201c, 0x201d, 0x201e,
  0x2020, 0x2021, 0x2022, 0x2026, 0x2030, 0x2039, 0x203a, 0x20ac, 0x2122,
]);
const SUBSTITUTES: Record<string, string> = {
  "\u2009": " ",
  "\u200a": " ",
  "\u202f": " ",
  "\u2007": " ",
  "\u2212": "-",
  "\u2010": "-",
  "\u2011": "-",
  "\u2192": "->",
  "\u2190": "<-",
  "\u2265": ">=",
  "\u2264": "<=",
  "\u2248": "~",
};

/** Text as the standard PDF fonts can show it: Latin-1 and the WinAnsi extras kept, the rest approximated. */
export function toWinAnsi(text: string): string {
  let out = "";
  for (const ch of text.normalize("NFC")) {
    const code = ch.codePointAt(0) ?? 0;
    if ((code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(code)) out += ch;
    else if (ch === "\n" || ch === "\t") out += " ";
    else if (SUBSTITUTES[ch] !== undefined) out += SUBSTITUTES[ch];
    else {
      // Letters with marks outside Latin-1 (ă, ş) lose the mark; anything else becomes "?".
      const base = ch.normalize("NFD").replace(/\p{M}/gu, "");
      out += base && [...base].every((c) => (c.codePointAt(0) ?? 0) <= 0xff) ? base : "?";
    }
  }
  return out;
}

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

/** Drawing that carries no meaning (fills, rules, repeated headers, page numbers): marked so screen readers skip it. */
function artifact(doc: Doc, draw: () => void, type?: "Pagination" | "Layout") {
  doc.markContent("Artifact", type ? { type } : undefined);
  draw();
  doc.endMarkedContent();
}

/** A structure element whose content is what `draw` puts on the page (a heading, a paragraph, a cell). */
function el(doc: Doc, type: string, draw: () => unknown, options: Record<string, unknown> = {}): Struct {
  return doc.struct(type as never, options as never, [() => void draw()]);
}

const LOGO_SIZE = 34;

/** The default logo, shipped in the repo: the app's icon (app/icon.svg) drawn as vectors. */
function drawLogo(doc: Doc, x: number, y: number) {
  doc.save();
  doc.translate(x, y).scale(LOGO_SIZE / 32);
  doc.roundedRect(0, 0, 32, 32, 8).fill(BRAND);
  doc.circle(12, 13, 5).fill("#afe4d9");
  doc.fillOpacity(0.85).circle(20, 13, 5).fill("#ffffff");
  doc.fillOpacity(1);
  doc.path("M7 23c3-3 15-3 18 0").lineWidth(2.2).lineCap("round").stroke("#ffffff");
  doc.restore();
}

const bottom = (doc: Doc) => doc.page.height - doc.page.margins.bottom;
const contentWidth = (doc: Doc) => doc.page.width - doc.page.margins.left - doc.page.margins.right;

function columnWidths(doc: Doc, table: BriefTable): number[] {
  const width = contentWidth(doc);
  const sum = table.columns.reduce((s, c) => s + c.share, 0) || 1;
  return table.columns.map((c) => (width * c.share) / sum);
}

function rowHeight(doc: Doc, cells: string[], widths: number[], font: string, size: number): number {
  doc.font(font).fontSize(size);
  const heights = cells.map((text, i) => doc.heightOfString(toWinAnsi(text) || " ", { width: (widths[i] ?? 0) - 2 * CELL_PAD }));
  return Math.max(...heights, doc.currentLineHeight()) + 2 * CELL_PAD;
}

/**
 * One row. Tagged as a table row (TR of TH or TD cells) under `table`; without a table (a header
 * repeated on a later page) the whole row is an artifact, so a screen reader reads the header once.
 */
function drawRow(doc: Doc, cells: string[], widths: number[], y: number, height: number, header: boolean, table: Struct | null) {
  const left = doc.page.margins.left;
  if (header) artifact(doc, () => doc.rect(left, y, contentWidth(doc), height).fill(HEADER_FILL));
  const tr = table ? doc.struct("TR") : null;
  if (tr && table) table.add(tr);
  let x = left;
  cells.forEach((text, i) => {
    const w = widths[i] ?? 0;
    const cellX = x;
    const draw = () => {
      doc
        .font(header ? "Helvetica-Bold" : "Helvetica")
        .fontSize(header ? HEAD_SIZE : BODY_SIZE)
        .fillColor(header ? BRAND : INK);
      // Clipped to the row: only a cell longer than a whole page is cut, with an ellipsis.
      doc.text(toWinAnsi(text), cellX + CELL_PAD, y + CELL_PAD, { width: w - 2 * CELL_PAD, height: height - 2 * CELL_PAD, ellipsis: true });
    };
    if (tr) tr.add(el(doc, header ? "TH" : "TD", draw, header ? { scope: "Column" } : {}));
    else artifact(doc, draw, "Pagination");
    x += w;
  });
  tr?.end();
  artifact(doc, () =>
    doc
      .moveTo(left, y + height)
      .lineTo(left + contentWidth(doc), y + height)
      .lineWidth(0.5)
      .strokeColor(RULE)
      .stroke(),
  );
}

/** A section's table; the header row is drawn again at the top of every page the table runs onto. */
function drawTable(doc: Doc, table: BriefTable, parent: Struct) {
  const tagged = doc.struct("Table");
  parent.add(tagged);
  const widths = columnWidths(doc, table);
  const labels = table.columns.map((c) => c.label);
  const headerHeight = rowHeight(doc, labels, widths, "Helvetica-Bold", HEAD_SIZE);
  const maxRow = bottom(doc) - doc.page.margins.top - headerHeight;
  let y = doc.y;
  drawRow(doc, labels, widths, y, headerHeight, true, tagged);
  y += headerHeight;
  for (const row of table.rows) {
    const height = Math.min(rowHeight(doc, row.cells, widths, "Helvetica", BODY_SIZE), maxRow);
    if (y + height > bottom(doc)) {
      doc.addPage();
      y = doc.page.margins.top;
      drawRow(doc, labels, widths, y, headerHeight, true, null);
      y += headerHeight;
    }
    drawRow(doc, row.cells, widths, y, height, false, tagged);
    y += height;
  }
  tagged.end();
  doc.x = doc.page.margins.left;
  doc.y = y;
}

function drawSection(doc: Doc, table: BriefTable, t: Translate, root: Struct) {
  const sect = doc.struct("Sect");
  root.add(sect);
  const left = doc.page.margins.left;
  const width = contentWidth(doc);
  const title = toWinAnsi(`${table.title} (${table.total})`);
  const notes = [table.hint, table.rows.length < table.total ? t("brief.shown", { shown: table.rows.length, total: table.total }) : null]
    .filter((s): s is string => Boolean(s))
    .map(toWinAnsi)
    .join(" ");
  // Keep the heading with its first rows: start a new page rather than leave it alone at the bottom.
  doc.font("Helvetica-Bold").fontSize(12);
  let needed = doc.heightOfString(title, { width }) + 6;
  doc.font("Helvetica").fontSize(8.5);
  needed += doc.heightOfString(notes, { width }) + 60;
  if (doc.y + needed > bottom(doc)) doc.addPage();
  else doc.moveDown(1.2);

  sect.add(el(doc, "H2", () => doc.font("Helvetica-Bold").fontSize(12).fillColor(BRAND).text(title, left, doc.y, { width })));
  doc.moveDown(0.2);
  sect.add(el(doc, "P", () => doc.font("Helvetica").fontSize(8.5).fillColor(MUTED).text(notes, left, doc.y, { width })));
  doc.moveDown(0.5);
  if (table.rows.length === 0) {
    sect.add(
      el(doc, "P", () =>
        doc
          .font("Helvetica-Oblique")
          .fontSize(BODY_SIZE)
          .fillColor(MUTED)
          .text(toWinAnsi(t("brief.empty")), left, doc.y, { width }),
      ),
    );
  } else {
    drawTable(doc, table, sect);
  }
  sect.end();
}

/** Page numbers ("2 / 5") and the brief's name under every page, written once the page count is known. */
function drawFooters(doc: Doc, label: string) {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const { left } = doc.page.margins;
    const width = contentWidth(doc);
    const y = doc.page.height - MARGIN + (MARGIN - FOOTER_GAP) / 2;
    // Writing below the bottom margin would make pdfkit open a new page; lift the margin meanwhile.
    const saved = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    artifact(
      doc,
      () => {
        doc.font("Helvetica").fontSize(7.5).fillColor(MUTED);
        doc.text(toWinAnsi(label), left, y, { width: width * 0.8, lineBreak: false, ellipsis: true });
        doc.text(`${i - start + 1} / ${count}`, left, y, { width, align: "right", lineBreak: false });
      },
      "Pagination",
    );
    doc.page.margins.bottom = saved;
  }
}

/**
 * The meeting brief as an A4 PDF in the reader's language: title, range, scope, filters and
 * time of generation, then the five sections of `briefTables` (the page's rows) as tables.
 * Uses only pdfkit's built-in Helvetica, so nothing is fetched or embedded.
 */
export function renderBriefPdf(brief: Brief, t: Translate, locale: Locale, options: BriefPdfOptions = {}): Promise<Buffer> {
  const title = t("brief.pdfTitle");
  const range = formatRange(brief.from, brief.to, locale);
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: MARGIN + FOOTER_GAP },
    bufferPages: true,
    compress: options.compress ?? true,
    info: { Title: `${title} ${range}`, Creator: t("common.appName"), Author: options.officeName ?? t("common.appName") },
    lang: locale,
    // Tagged (PDF/UA-style structure: headings, paragraphs, tables), so screen readers can read it.
    tagged: true,
    pdfVersion: "1.7",
    displayTitle: true,
  });
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
    try {
      const left = doc.page.margins.left;
      const width = contentWidth(doc);
      const root = doc.struct("Document");
      doc.addStructure(root);
      // Letterhead: the logo, the office's name and the app's, above a rule.
      const office = options.officeName ?? t("common.appName");
      root.add(el(doc, "Figure", () => drawLogo(doc, left, MARGIN), { alt: t("brief.logoAlt", { office }), bbox: [left, MARGIN, left + LOGO_SIZE, MARGIN + LOGO_SIZE] }));
      const textLeft = left + LOGO_SIZE + 10;
      root.add(
        el(doc, "P", () =>
          doc
            .font("Helvetica-Bold")
            .fontSize(13)
            .fillColor(INK)
            .text(toWinAnsi(office), textLeft, MARGIN + 2, { width: width - LOGO_SIZE - 10 }),
        ),
      );
      root.add(
        el(doc, "P", () =>
          doc
            .font("Helvetica")
            .fontSize(8.5)
            .fillColor(MUTED)
            .text(toWinAnsi(`${t("common.appName")} · ${t("common.appTagline")}`), textLeft, doc.y + 1, { width: width - LOGO_SIZE - 10 }),
        ),
      );
      const ruleY = Math.max(doc.y, MARGIN + LOGO_SIZE) + 6;
      artifact(doc, () => doc.moveTo(left, ruleY).lineTo(left + width, ruleY).lineWidth(1.5).strokeColor(BRAND).stroke());
      root.add(el(doc, "H1", () => doc.font("Helvetica-Bold").fontSize(18).fillColor(BRAND).text(toWinAnsi(title), left, ruleY + 12, { width })));
      doc.moveDown(0.3);
      const lines = [
        t("brief.range", { from: formatDate(brief.from, locale), to: formatDate(brief.to, locale) }),
        options.scope ? t("brief.scope", { area: options.scope }) : null,
        options.filters ? t("brief.filters", { filters: options.filters }) : null,
        t("brief.generatedAt", { time: formatDateTime(brief.generatedAt, locale, brief.zone) }),
      ];
      for (const line of lines) {
        if (line) root.add(el(doc, "P", () => doc.font("Helvetica").fontSize(9.5).fillColor(INK).text(toWinAnsi(line), left, doc.y, { width })));
      }
      artifact(doc, () =>
        doc
          .moveTo(left, doc.y + 6)
          .lineTo(left + width, doc.y + 6)
          .lineWidth(1)
          .strokeColor(BRAND)
          .stroke(),
      );
      doc.y += 6;
      for (const table of briefTables(brief, t, locale)) drawSection(doc, table, t, root);
      drawFooters(doc, `${title} · ${range}`);
      root.end();
      doc.end();
    } catch (error) {
      reject(error);
    }
  });
}

/** `ringkasan-rapat-2026-03-01_2026-03-31.pdf`, in either language, like the other exports' names. */
export function briefPdfFilename(brief: Pick<Brief, "from" | "to">): string {
  return `ringkasan-rapat-${brief.from}_${brief.to}.pdf`;
}
