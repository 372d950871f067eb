"use client";

import { useEffect, useId, useState, type KeyboardEvent } from "react";
import { cn } from "./cn";
import { controlClass } from "./field";

export interface ComboboxOption {
  id: string;
  label: string;
}

interface Props {
  /** The accessible name; the filter bars show no visible labels, so this is the control's label. */
  label: string;
  /** The chosen option, or null for none (the placeholder then says what "none" means). */
  value: ComboboxOption | null;
  /** The options for the current query; the parent searches, this component only shows them. */
  options: ComboboxOption[];
  query: string;
  onQueryChange: (q: string) => void;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onSelect: (option: ComboboxOption | null) => void;
  placeholder: string;
  clearLabel: string;
  emptyText: string;
  loadingText: string;
  loading?: boolean;
  className?: string;
}

/**
 * A single-choice combobox with a searchable list (WAI-ARIA "combobox with listbox popup"): focus
 * stays in the text box while the arrow keys move through the list by aria-activedescendant.
 */
export function Combobox(props: Props) {
  const { label, value, options, query, open, onQueryChange, onOpenChange, onSelect, placeholder, loading } = props;
  const id = useId();
  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-opt-${i}`;
  const [active, setActive] = useState(-1);
  const shown = open && !loading && options.length > 0;
  const activeIndex = shown && active < options.length ? active : -1;

  useEffect(() => {
    if (activeIndex >= 0) document.getElementById(optionId(activeIndex))?.scrollIntoView({ block: "nearest" });
  });

  const close = () => {
    onOpenChange(false);
    setActive(-1);
  };
  const choose = (o: ComboboxOption | null) => {
    onSelect(o);
    onQueryChange("");
    close();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (!open) return onOpenChange(true);
      const last = options.length - 1;
      setActive(e.key === "ArrowDown" ? Math.min(activeIndex + 1, last) : Math.max(activeIndex - 1, 0));
    } else if (e.key === "Enter" && open) {
      e.preventDefault(); // inside a form, Enter picks an option rather than submitting
      const o = options[activeIndex];
      if (o) choose(o);
    } else if (e.key === "Escape" && open) {
      e.preventDefault();
      onQueryChange("");
      close();
    }
  };

  return (
    <div className={cn("relative", props.className)}>
      <input
        type="text"
        role="combobox"
        aria-label={label}
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={activeIndex >= 0 ? optionId(activeIndex) : undefined}
        autoComplete="off"
        spellCheck={false}
        // Closed, "all" reads like the other filters' first option; open, it fades to a hint to type.
        className={cn(controlClass(), value ? "pr-14" : "pr-8", "truncate", !open && "placeholder:text-slate-900")}
        placeholder={open && value ? value.label : placeholder}
        value={open ? query : (value?.label ?? "")}
        onChange={(e) => {
          onQueryChange(e.target.value);
          setActive(-1);
          if (!open) onOpenChange(true);
        }}
        onClick={() => (open ? undefined : onOpenChange(true))}
        onKeyDown={onKeyDown}
        onBlur={close}
      />
      {value ? (
        <button
          type="button"
          aria-label={props.clearLabel}
          title={props.clearLabel}
          onClick={() => choose(null)}
          className="absolute inset-y-0 right-7 my-auto flex h-6 w-6 items-center justify-center rounded-full text-slate-500 hover:bg-slate-100 hover:text-slate-800"
        >
          <span aria-hidden="true">×</span>
        </button>
      ) : null}
      <svg
        aria-hidden="true"
        viewBox="0 0 20 20"
        className="pointer-events-none absolute inset-y-0 right-2.5 my-auto h-4 w-4 text-slate-700"
        fill="currentColor"
      >
        <path d="M5.5 7.5 10 12l4.5-4.5" stroke="currentColor" strokeWidth="2" fill="none" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      <div
        hidden={!open}
        className="absolute inset-x-0 top-full z-20 mt-1 min-w-56 overflow-hidden rounded-lg border border-slate-200 bg-white shadow-lg"
      >
        <ul id={listId} role="listbox" aria-label={label} className={cn("max-h-64 overflow-y-auto", shown && "py-1")}>
          {shown
            ? options.map((o, i) => (
                <li
                  key={o.id}
                  id={optionId(i)}
                  role="option"
                  aria-selected={o.id === value?.id}
                  // Keeps focus in the text box, so the blur does not close the list before the click lands.
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => choose(o)}
                  onMouseMove={() => (i === activeIndex ? undefined : setActive(i))}
                  className={cn(
                    "flex cursor-pointer items-center justify-between gap-2 px-3 py-2 text-sm text-slate-800",
                    i === activeIndex && "bg-brand-50 text-brand-900",
                    o.id === value?.id && "font-medium",
                  )}
                >
                  <span className="truncate">{o.label}</span>
                  {o.id === value?.id ? (
                    <span aria-hidden="true" className="text-brand-700">
                      ✓
                    </span>
                  ) : null}
                </li>
              ))
            : null}
        </ul>
        {open && !shown ? (
          <p role="status" className="px-3 py-2 text-sm text-slate-500">
            {loading ? props.loadingText : props.emptyText}
          </p>
        ) : null}
      </div>
    </div>
  );
}
