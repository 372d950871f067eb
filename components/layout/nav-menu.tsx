"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";
import { cn } from "@/components/ui/cn";
import type { NavItem } from "./nav-link";

/** A group of links behind one button (Administration), closed again after a choice or a navigation. */
export function NavMenu({ label, items }: { label: string; items: NavItem[] }) {
  const pathname = usePathname();
  const ref = useRef<HTMLDetailsElement>(null);
  const active = items.some((i) => pathname === i.href || pathname.startsWith(i.href + "/"));
  useEffect(() => {
    if (ref.current) ref.current.open = false;
  }, [pathname]);
  useEffect(() => {
    const close = (e: MouseEvent) => {
      if (ref.current?.open && !ref.current.contains(e.target as Node)) ref.current.open = false;
    };
    document.addEventListener("click", close);
    return () => document.removeEventListener("click", close);
  }, []);
  return (
    <details ref={ref} className="relative hidden xl:block">
      <summary
        className={cn(
          "flex cursor-pointer list-none items-center gap-1 rounded-md px-3 py-2 text-sm font-medium [&::-webkit-details-marker]:hidden",
          active ? "bg-brand-50 text-brand-800" : "text-slate-700 hover:bg-slate-100 hover:text-slate-900",
        )}
      >
        {label}
        <span aria-hidden="true" className="text-xs">
          ▾
        </span>
      </summary>
      <div className="absolute left-0 z-40 mt-2 w-60 rounded-xl border border-slate-200 bg-white p-1 shadow-lg">
        {items.map((item) => (
          <Link
            key={item.href}
            href={item.href}
            aria-current={pathname === item.href ? "page" : undefined}
            className={cn(
              "block rounded-md px-3 py-2 text-sm",
              pathname === item.href || pathname.startsWith(item.href + "/")
                ? "bg-brand-50 text-brand-800"
                : "text-slate-700 hover:bg-slate-100",
            )}
          >
            {item.label}
          </Link>
        ))}
      </div>
    </details>
  );
}
