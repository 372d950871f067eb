// The app's frame is not this page's to change, so the page brings its own print rules: on paper
// only the brief remains (no header bar, no form, no buttons), on white, tables kept whole per row.
const PRINT_CSS = `
@media print {
  @page { size: A4; margin: 14mm 12mm; }
  html, body { background: #fff !important; }
  header:has(~ main#main) { display: none !important; }
  main#main { max-width: none; padding: 0; }
  [data-brief-section] { break-inside: auto; }
  [data-brief-section] h2 { break-after: avoid; }
  [data-brief-section] tr { break-inside: avoid; }
  [data-brief-section] thead { display: table-header-group; }
  [data-brief-section] :is(th, td) { padding: 3px 6px !important; }
  [data-brief-section] :is(th, td):first-child { padding-left: 0 !important; }
  [data-brief-section] :is(th, td):last-child { padding-right: 0 !important; }
  [data-brief-section] a { color: inherit; text-decoration: none; }
}
`;

export function PrintStyles() {
  return <style>{PRINT_CSS}</style>;
}
