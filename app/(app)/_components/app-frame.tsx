import type { ReactNode } from "react";
import { AppShell, type NavItem } from "@/components/layout/app-shell";
import { getTranslator } from "@/server/i18n/locale";
import { getViewerProfile } from "@/server/auth/session";
import { NotificationBell } from "./notification-bell";

/**
 * The frame of the signed-in pages (the (app) layout and the dashboard's): navigation for the
 * signed-in role only; each page checks access itself.
 */
export async function AppFrame({ children }: { children: ReactNode }) {
  const { t } = await getTranslator();
  const profile = await getViewerProfile();
  // While an admin-set password awaits replacing, only the change page works: no navigation to elsewhere.
  const isChangePending = profile?.viewer.mustChangePassword === true;
  const role = isChangePending ? undefined : profile?.viewer.role;
  const nav: NavItem[] =
    profile && !isChangePending
      ? [
          { href: "/programs", label: t("nav.programs") },
          { href: "/needs", label: t("nav.needs") },
          { href: "/government", label: t("government.nav") },
        ]
      : [];
  if (role === "officer") {
    nav.unshift({ href: "/", label: t("home.title") });
    nav.push({ href: "/programs/new", label: t("nav.newProgram") });
  }
  if (role === "viewer" || role === "reviewer" || role === "admin") nav.unshift({ href: "/dashboard", label: t("nav.dashboard") });
  if (role === "reviewer" || role === "admin") {
    nav.push({ href: "/review/programs", label: t("lifecycle.review") }, { href: "/review", label: t("nav.review") });
  }
  const adminItems: NavItem[] = [];
  if (role === "reviewer") adminItems.push({ href: "/admin/thesaurus", label: t("nav.thesaurus") });
  if (role === "admin") {
    adminItems.push(
      { href: "/admin/companies", label: t("nav.companies") },
      { href: "/admin/users", label: t("nav.users") },
      { href: "/admin/priority-programs", label: t("nav.priorityPrograms") },
      { href: "/admin/indicators", label: t("indicators.nav") },
      { href: "/admin/compliance", label: t("nav.compliance") },
      { href: "/admin/thesaurus", label: t("nav.thesaurus") },
      { href: "/admin/settings", label: t("nav.settings") },
      { href: "/admin/audit", label: t("nav.audit") },
    );
  }
  const user = profile
    ? {
        name: profile.viewer.name,
        roleLabel: t(`roles.${profile.viewer.role}`),
        scopeLabel: profile.scopeName ?? t("common.national"),
      }
    : null;
  return (
    <AppShell
      appName={t("common.appName")}
      skipLabel={t("common.skipToContent")}
      menuLabel={t("common.menu")}
      navLabel={t("common.mainNav")}
      nav={nav}
      adminNav={{ label: t("nav.admin"), items: adminItems }}
      user={user}
      accountLink={profile ? { href: "/account/password", label: t("account.menuLink") } : undefined}
      actions={profile && !isChangePending ? <NotificationBell /> : null}
    >
      {children}
    </AppShell>
  );
}
