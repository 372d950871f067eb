import Link from "next/link";
import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import { BrandMark } from "./brand";
import { LanguageSwitch } from "./language-switch";
import { NavLinks, type NavItem } from "./nav-link";
import { NavMenu } from "./nav-menu";
import { SignOutButton } from "./sign-out-button";

export type { NavItem };

interface AppShellProps {
  appName: string;
  skipLabel: string;
  menuLabel: string;
  navLabel: string;
  nav: NavItem[];
  /** Administration pages, grouped behind one menu on wide screens. */
  adminNav?: { label: string; items: NavItem[] };
  user: { name: string; roleLabel: string; scopeLabel: string } | null;
  /** The signed-in user's own account page (change password), beside sign-out. */
  accountLink?: NavItem;
  /** Shown in the header on every screen size, beside the menu on phones (the notification bell). */
  actions?: ReactNode;
  children: ReactNode;
}

/** The frame of every signed-in page: brand, navigation, who is signed in, language and sign-out. */
export function AppShell({ appName, skipLabel, menuLabel, navLabel, nav, adminNav, user, accountLink, actions, children }: AppShellProps) {
  // Wide screens: a key beside the user's name (the header is full); phones: a line in the menu.
  const accountIcon = accountLink ? (
    <Link
      href={accountLink.href}
      aria-label={accountLink.label}
      title={accountLink.label}
      className="inline-flex h-9 w-9 items-center justify-center rounded-md text-slate-600 hover:bg-slate-100 hover:text-slate-900"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth={1.8}>
        <circle cx="8" cy="15" r="4" />
        <path strokeLinecap="round" strokeLinejoin="round" d="m10.85 12.15 8.65-8.65M17 6l2.5 2.5M14.5 8.5 17 11" />
      </svg>
    </Link>
  ) : null;
  return (
    <div className="min-h-dvh">
      <a
        href="#main"
        data-app-chrome=""
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        {skipLabel}
      </a>
      <header data-app-chrome="" className="sticky top-0 z-30 border-b border-slate-200 bg-white/95 backdrop-blur">
        <div className="mx-auto flex h-14 max-w-7xl items-center gap-3 px-4 sm:px-6 2xl:gap-4">
          <Link href="/programs" className="flex shrink-0 items-center gap-2 font-semibold text-slate-900">
            <BrandMark className="h-7 w-7" />
            <span>{appName}</span>
          </Link>
          <NavLinks items={nav} label={navLabel} />
          {adminNav && adminNav.items.length ? <NavMenu label={adminNav.label} items={adminNav.items} /> : null}
          <div className="ml-auto hidden items-center gap-1.5 xl:flex 2xl:gap-2">
            {user ? (
              <div className="text-right leading-tight" data-testid="current-user" title={`${user.roleLabel} · ${user.scopeLabel}`}>
                <div className="text-sm font-medium whitespace-nowrap text-slate-900">{user.name}</div>
                {/* Beside a full menu at 1366 px the role and area would push it onto two lines: they are
                    read out there and shown from 1536 px (and in the phone menu). */}
                <div className="sr-only text-xs text-slate-500 2xl:not-sr-only">
                  {user.roleLabel} · {user.scopeLabel}
                </div>
              </div>
            ) : null}
            {user ? accountIcon : null}
            <LanguageSwitch compact />
            {user ? <SignOutButton /> : null}
          </div>
          {/* On phones the actions push to the right beside the menu; on wide screens the user block does. */}
          {actions ? <div className="ml-auto flex items-center xl:ml-0">{actions}</div> : null}
          <details className={cn("group relative xl:hidden", !actions && "ml-auto")}>
            <summary className="flex h-9 cursor-pointer list-none items-center rounded-md px-3 text-sm font-medium text-slate-700 ring-1 ring-slate-300 [&::-webkit-details-marker]:hidden">
              {menuLabel}
            </summary>
            <div className="absolute right-0 mt-2 w-72 rounded-xl border border-slate-200 bg-white p-2 shadow-lg">
              {user ? (
                <div className="border-b border-slate-100 px-3 pb-2 pt-1 text-sm">
                  <div className="font-medium">{user.name}</div>
                  <div className="text-xs text-slate-500">
                    {user.roleLabel} · {user.scopeLabel}
                  </div>
                  {accountLink ? (
                    <Link href={accountLink.href} className="mt-1 inline-block text-xs font-medium text-brand-700 hover:underline">
                      {accountLink.label}
                    </Link>
                  ) : null}
                </div>
              ) : null}
              <NavLinks items={nav} label={navLabel} vertical />
              {adminNav && adminNav.items.length ? (
                <>
                  <p className="px-3 pt-2 text-xs font-semibold uppercase tracking-wide text-slate-500">{adminNav.label}</p>
                  <NavLinks items={adminNav.items} label={adminNav.label} vertical />
                </>
              ) : null}
              <div className="flex items-center justify-between border-t border-slate-100 pt-2">
                <LanguageSwitch />
                {user ? <SignOutButton /> : null}
              </div>
            </div>
          </details>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-7xl px-4 py-6 sm:px-6 sm:py-8">
        {children}
      </main>
    </div>
  );
}
