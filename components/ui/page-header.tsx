import type { ReactNode } from "react";

export function PageHeader({ title, description, actions }: { title: ReactNode; description?: ReactNode; actions?: ReactNode }) {
  return (
    <div className="mb-6 flex flex-col gap-4 lg:flex-row lg:items-end lg:justify-between">
      <div className="min-w-0">
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{title}</h1>
        {description ? <p className="mt-1 text-sm text-slate-600">{description}</p> : null}
      </div>
      {/* From 1024 px the actions keep one row beside the title; narrower, they go below it and may wrap. */}
      {actions ? <div className="flex flex-wrap gap-2 lg:shrink-0 lg:flex-nowrap">{actions}</div> : null}
    </div>
  );
}
