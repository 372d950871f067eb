import { useId } from "react";
import { cn } from "./cn";

interface Props {
  label: string;
  isOn: boolean;
  isBusy: boolean;
  onToggle: () => void;
  /** The id of the text that says what the current state means. */
  describedBy?: string;
}

/** An on/off switch with its label beside it; the label wraps on a phone and the switch keeps its size. */
export function Switch({ label, isOn, isBusy, onToggle, describedBy }: Props) {
  const labelId = useId();
  return (
    <div className="flex items-center justify-between gap-4">
      <span id={labelId} className="text-sm font-medium text-slate-800">
        {label}
      </span>
      <button
        type="button"
        role="switch"
        aria-checked={isOn}
        aria-labelledby={labelId}
        aria-describedby={describedBy}
        aria-busy={isBusy}
        disabled={isBusy}
        onClick={onToggle}
        className={cn(
          "relative inline-flex h-7 w-12 shrink-0 items-center rounded-full transition-colors",
          "focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-brand-600/40 disabled:opacity-60",
          isOn ? "bg-brand-700" : "bg-slate-300",
        )}
      >
        <span
          aria-hidden="true"
          className={cn("inline-block h-5 w-5 rounded-full bg-white shadow transition-transform", isOn ? "translate-x-6" : "translate-x-1")}
        />
      </button>
    </div>
  );
}
