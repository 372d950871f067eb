import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { formatDate } from "@/lib/format";
import { getTranslator } from "@/server/i18n/locale";
import { requireViewer } from "@/server/auth/session";
import { Badge, statusTone } from "@/components/ui/badge";
import { LinkButton } from "@/components/ui/button";
import { Card, CardSection } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getQueryClient, trpc } from "../_trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("home.title") };
}

/** "/" by role: staff land on their review queue, forum viewers on the dashboard, officers on their home. */
export default async function Home() {
  const viewer = await requireViewer();
  if (viewer.role === "reviewer" || viewer.role === "admin") redirect("/review");
  if (viewer.role !== "officer") redirect("/dashboard");
  const { t, locale } = await getTranslator();
  const home = await getQueryClient().fetchQuery(trpc.home.officer.queryOptions());
  const { revisions, drafts, reports } = home.todos;
  const todoCount = revisions.length + drafts.length + reports.length;
  const contact = (c: { contactName: string | null; contactEmail: string | null; contactPhone: string | null }) =>
    [c.contactName, c.contactEmail, c.contactPhone].filter(Boolean).join(" · ");
  return (
    <div className="mx-auto max-w-5xl">
      <PageHeader
        title={t("home.greeting", { name: viewer.name })}
        actions={
          <>
            <LinkButton href="/programs/new">{t("home.newProgram")}</LinkButton>
            <LinkButton href="/programs" variant="secondary">
              {t("home.allPrograms")}
            </LinkButton>
          </>
        }
      />
      <div className="grid items-start gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card>
            <CardSection title={`${t("home.todos")} (${todoCount})`}>
              {todoCount === 0 ? (
                <p className="text-sm text-slate-600">{t("home.todosEmpty")}</p>
              ) : (
                <ul className="divide-y divide-slate-100 text-sm" data-testid="home-todos">
                  {revisions.map((p) => (
                    <li key={p.id} className="py-2.5">
                      <Link href={`/programs/${p.id}/edit`} className="font-medium text-amber-900 hover:underline">
                        {t("home.revision", { title: p.title })}
                      </Link>
                      {p.note ? <p className="mt-0.5 line-clamp-2 text-slate-600">“{p.note}”</p> : null}
                      {p.matches > 0 ? <p className="mt-0.5 text-xs text-amber-800">⚠ {t("home.matchAnswer", { title: t("matches.count", { n: p.matches }) })}</p> : null}
                    </li>
                  ))}
                  {drafts.map((p) => (
                    <li key={p.id} className="py-2.5">
                      <Link href={`/programs/${p.id}`} className="font-medium text-slate-900 hover:underline">
                        {t("home.draft", { title: p.title })}
                      </Link>
                      {p.matches > 0 ? <p className="mt-0.5 text-xs text-amber-800">⚠ {t("home.matchAnswer", { title: t("matches.count", { n: p.matches }) })}</p> : null}
                    </li>
                  ))}
                  {reports.map((r) => (
                    <li key={r.id} className="py-2.5">
                      <Link href={`/programs/${r.id}`} className={r.daysLate > 0 ? "font-medium text-red-800 hover:underline" : "font-medium text-slate-900 hover:underline"}>
                        {r.daysLate > 0
                          ? t("home.reportOverdue", { n: r.daysLate, title: r.title })
                          : t("home.reportDue", { date: formatDate(r.dueDate, locale), title: r.title })}
                      </Link>
                    </li>
                  ))}
                </ul>
              )}
            </CardSection>
          </Card>
          <Card>
            <CardSection title={t("home.programs")}>
              {home.recent.length === 0 ? (
                <p className="text-sm text-slate-600">{t("home.programsEmpty")}</p>
              ) : (
                <ul className="divide-y divide-slate-100 text-sm" data-testid="home-programs">
                  {home.recent.map((p) => (
                    <li key={p.id} className="flex items-start justify-between gap-3 py-2.5">
                      <Link href={`/programs/${p.id}`} className="min-w-0 font-medium text-slate-900 hover:text-brand-700 hover:underline">
                        {p.title}
                      </Link>
                      <Badge tone={statusTone(p.status)} className="shrink-0">
                        {t(`statuses.${p.status}`)}
                      </Badge>
                    </li>
                  ))}
                </ul>
              )}
            </CardSection>
          </Card>
        </div>
        <div className="space-y-6">
          <Card>
            <CardSection title={t("home.compliance")}>
              <dl className="space-y-2 text-sm" data-testid="home-compliance">
                <div>
                  <dt className="text-slate-500">{t("home.planYear", { year: home.compliance.year })}</dt>
                  <dd className={home.compliance.plannedPrograms > 0 ? "text-slate-900" : "font-medium text-amber-900"}>
                    {home.compliance.plannedPrograms > 0
                      ? t("home.planYes", { n: home.compliance.plannedPrograms, year: home.compliance.year })
                      : t("home.planNo", { year: home.compliance.year })}
                  </dd>
                </div>
                <div>
                  <dt className="text-slate-500">{t("home.reportsLabel")}</dt>
                  <dd className={home.compliance.lateReports > 0 ? "font-medium text-red-800" : "text-slate-900"}>
                    {home.compliance.lateReports > 0 ? t("home.reportsLate", { n: home.compliance.lateReports }) : t("home.reportsOk")}
                  </dd>
                </div>
              </dl>
            </CardSection>
          </Card>
          <Card>
            <CardSection title={t("home.collaborations")}>
              {home.collaborations.length === 0 ? (
                <p className="text-sm text-slate-600">{t("home.collaborationsEmpty")}</p>
              ) : (
                <ul className="space-y-3 text-sm" data-testid="home-collaborations">
                  {home.collaborations.map((c) => (
                    <li key={c.flagId}>
                      <Link href={`/programs/${c.programId}`} className="font-medium text-slate-900 hover:underline">
                        {t("home.collaborationWith", { title: c.programTitle, company: c.otherCompany, other: c.otherTitle })}
                      </Link>
                      {contact(c) ? <p className="mt-0.5 break-words text-slate-600">{t("home.contact", { contact: contact(c) })}</p> : null}
                    </li>
                  ))}
                </ul>
              )}
            </CardSection>
          </Card>
        </div>
      </div>
    </div>
  );
}
