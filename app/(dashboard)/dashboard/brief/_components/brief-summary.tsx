import { Alert } from "@/components/ui/alert";

interface Props {
  lines: string[];
  /** Said when the asked-for range was refused and the default one is shown instead. */
  fallback: string | null;
}

/** What the brief covers: range, time of generation, jurisdiction and filters, as the PDF prints them. */
export function BriefSummary({ lines, fallback }: Props) {
  return (
    <>
      {fallback ? (
        <Alert tone="warning" className="mb-4 print:hidden">
          {fallback}
        </Alert>
      ) : null}
      <div className="rounded-xl border border-brand-200 bg-brand-50 px-4 py-3 text-sm text-slate-800 sm:px-6 print:rounded-none print:border-0 print:border-b-2 print:border-brand-700 print:bg-white print:px-0">
        <ul className="grid gap-x-6 gap-y-1 sm:grid-cols-2" data-testid="brief-summary">
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </div>
    </>
  );
}
