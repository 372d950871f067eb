"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/components/ui/cn";

export interface NavItem {
  href: string;
  label: string;
}

/** The item whose href is the longest prefix of the path: `/programs/new` highlights only "Register", `/programs/42` "Programs". */
function activeHref(pathname: string, items: NavItem[]): string | undefined {
  return items.filter((i) => pathname === i.href || pathname.startsWith(i.href + "/")).sort((a, b) => b.href.length - a.href.length)[0]
    ?.href;
}

export function NavLinks({ items, label, vertical }: { items: NavItem[]; label: string; vertical?: boolean }) {
  const pathname = usePathname();
  const active = activeHref(pathname, items);
  return (
    <nav aria-label={label} className={vertical ? "flex flex-col py-1" : "hidden items-center gap-0.5 xl:flex 2xl:gap-1"}>
      {items.map((item) => (
        <Link
          key={item.href}
          href={item.href}
          aria-current={item.href === active ? "page" : undefined}
          className={cn(
            "rounded-md px-3 py-2 text-sm font-medium",
            !vertical && "px-2.5 whitespace-nowrap 2xl:px-3",
            item.href === active ? "bg-brand-50 text-brand-800" : "text-slate-700 hover:bg-slate-100 hover:text-slate-900",
          )}
        >
          {item.label}
        </Link>
      ))}
    </nav>
  );
}
