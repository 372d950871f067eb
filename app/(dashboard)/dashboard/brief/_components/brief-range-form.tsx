import { Button } from "@/components/ui/button";
import { DateField } from "@/components/ui/date-field";
import { Field } from "@/components/ui/field";

interface Props {
  /** The dates in the fields: what the user asked for, even when it was refused. */
  from: string;
  to: string;
  /** The dashboard's filters as URL parameters, carried along unchanged. */
  hidden: [string, string][];
  error: string | null;
  labels: { form: string; from: string; to: string; apply: string; note: string };
}

/** A plain GET form: the range lives in the URL, so a brief can be linked, reloaded and printed as it is. */
export function BriefRangeForm({ from, to, hidden, error, labels }: Props) {
  return (
    <form
      method="get"
      action="/dashboard/brief"
      aria-label={labels.form}
      className="mb-6 rounded-xl border border-slate-200 bg-white p-4 shadow-sm print:hidden"
    >
      {hidden.map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start">
        <Field label={labels.from} className="sm:w-48">
          {({ id, describedBy, invalid }) => (
            <DateField id={id} name="from" defaultValue={from} aria-describedby={describedBy} invalid={invalid} />
          )}
        </Field>
        <Field label={labels.to} error={error ?? undefined} className="sm:w-48">
          {({ id, describedBy, invalid }) => (
            <DateField id={id} name="to" defaultValue={to} aria-describedby={describedBy} invalid={invalid} />
          )}
        </Field>
        <Button type="submit" className="sm:mt-[1.625rem]">
          {labels.apply}
        </Button>
      </div>
      <p className="mt-2 text-xs text-slate-500">{labels.note}</p>
    </form>
  );
}
