import Link from "next/link";
import { cn } from "@/components/ui/cn";

interface Tab {
  href: string;
  label: string;
  active: boolean;
}

/** Two or more views of one page, as links, so each view has its own address. */
export function NeedTabs({ tabs, label }: { tabs: Tab[]; label: string }) {
  return (
    <nav aria-label={label} className="mb-4 flex gap-1 border-b border-slate-200">
      {tabs.map((tab) => (
        <Link
          key={tab.href}
          href={tab.href}
          aria-current={tab.active ? "page" : undefined}
          className={cn(
            "-mb-px border-b-2 px-3 py-2 text-sm font-medium",
            tab.active ? "border-brand-700 text-brand-800" : "border-transparent text-slate-600 hover:text-slate-900",
          )}
        >
          {tab.label}
        </Link>
      ))}
    </nav>
  );
}
