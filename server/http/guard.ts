import "server-only";
import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import type { Database } from "@/db/client";
import type { Role } from "@/lib/enums";
import { getLocale } from "@/server/i18n/locale";
import { createTranslator, DEFAULT_LOCALE, translateServerKey, type Locale, type Translate } from "@/lib/i18n/translate";
import { getSessionClaims } from "@/server/auth/config";
import { timeZoneOfViewer } from "@/server/i18n/time-zone";
import { DEFAULT_TIME_ZONE, type IndonesianTimeZone } from "@/lib/time-zone";
import { clientIp } from "@/server/auth/request-ip";
import { resolveViewer, type OfficerViewer, type StaffViewer, type Viewer } from "@/server/auth/viewer";
import { getAppDatabase } from "@/server/db";
import { clientFaultOf, describeForLog } from "@/server/errors";

/** What a request is served with: the database, the fresh viewer (null: signed out) and the language. */
export interface RequestScope {
  db: Database;
  viewer: Viewer | null;
  locale: Locale;
}
export type ResolveRequest = (req: Request) => Promise<RequestScope>;

/** In the app: the Auth.js session cookie, read through the same `resolveViewer` as every procedure. */
export const resolveFromSession: ResolveRequest = async () => {
  // Claims first: reading the cookie marks the route dynamic before anything opens the database.
  const claims = await getSessionClaims();
  const db = await getAppDatabase();
  return { db, viewer: await resolveViewer(db, claims), locale: await getLocale() };
};

type RouteParams = Record<string, string | string[] | undefined>;
/** The second argument Next passes a route handler; tests may leave it out. */
export interface RouteArgs {
  params: Promise<RouteParams>;
}
export type RouteHandler = (req: Request, args?: RouteArgs) => Promise<Response>;
/** A guarded handler, and the same handler served with another resolver (tests inject viewer and database). */
export type GuardedRoute = RouteHandler & { withResolver: (resolve: ResolveRequest) => RouteHandler };

/** The input of a request, read from its URL and route parameters; a refusal names a catalog key. */
export type InputResult<I> = { ok: true; value: I } | { ok: false; message: string };
export interface InputSource {
  search: URLSearchParams;
  params: RouteParams;
  /** The viewer's time zone (their area's), for inputs that default to "today". */
  timeZone: IndonesianTimeZone;
}

/** Narrows the viewer as `roleProcedure`/`officerProcedure` do. */
export type ViewerIn<R extends Role> = R extends "officer" ? OfficerViewer : StaffViewer & { role: R };

export interface HandlerScope<V, I> {
  db: Database;
  viewer: V;
  ip: string | null;
  locale: Locale;
  t: Translate;
  /** The viewer's time zone (their area's: WIB, WITA or WIT), for the dates a download shows. */
  timeZone: IndonesianTimeZone;
  input: I;
}

interface GuardOptions<I> {
  /** `public`: anyone, signed in or not; otherwise the roles allowed (others: 401 signed out, 403 signed in). */
  roles: "public" | readonly Role[];
  input?: (source: InputSource) => InputResult<I>;
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

/** Every answer of a guarded route is personal or a one-off download: no cache may keep it. */
function noStore(res: Response): Response {
  if (res.headers.get("Cache-Control")?.includes("no-store")) return res;
  try {
    res.headers.set("Cache-Control", "no-store");
    return res;
  } catch {
    // Headers of a redirect made by Response.redirect are immutable: copy them.
    const headers = new Headers(res.headers);
    headers.set("Cache-Control", "no-store");
    return new Response(res.body, { status: res.status, statusText: res.statusText, headers });
  }
}

/** Runs a handler and turns whatever it throws into the answer procedures would give. */
async function answer(name: string, lang: { locale: Locale }, run: () => Promise<Response>): Promise<Response> {
  try {
    return noStore(await run());
  } catch (err) {
    const { locale } = lang;
    const t = createTranslator(locale);
    if (err instanceof TRPCError && err.code !== "INTERNAL_SERVER_ERROR") {
      return noStore(plain(getHTTPStatusCodeFromError(err), translateServerKey(t, locale, err.message, "errors.invalid")));
    }
    const fault = clientFaultOf(err instanceof TRPCError ? err.cause : err);
    if (fault) return noStore(plain(fault.code === "CONFLICT" ? 409 : 400, translateServerKey(t, locale, fault.message, "errors.invalid")));
    console.error(`[route] ${name}: ${describeForLog(err)}`);
    return noStore(plain(500, t("errors.internal")));
  }
}

async function readInput<I>(
  options: GuardOptions<I>,
  req: Request,
  args: RouteArgs | undefined,
  timeZone: IndonesianTimeZone,
): Promise<InputResult<I>> {
  if (!options.input) return { ok: true, value: undefined as I };
  return options.input({ search: new URL(req.url).searchParams, params: (await args?.params) ?? {}, timeZone });
}

/**
 * The one guard of every route handler (downloads, templates, the brief's PDF): the session and
 * role as procedures check them (jurisdiction then scopes every query through the narrowed
 * viewer), input through the route's schema (bad input is a 400 with a message, never a 500),
 * database integrity and data errors mapped to 400/409 as procedures map them, internal errors
 * logged without query parameters, and `Cache-Control: no-store` on every answer.
 */
export function routeHandler<R extends Role, I = undefined>(
  name: string,
  options: GuardOptions<I> & { roles: readonly R[] },
  handler: (req: Request, scope: HandlerScope<ViewerIn<R>, I>) => Promise<Response>,
): GuardedRoute {
  const serve =
    (resolve: ResolveRequest): RouteHandler =>
    async (req, args) => {
      const lang = { locale: DEFAULT_LOCALE };
      return answer(name, lang, async () => {
        const scope = await resolve(req);
        const locale = (lang.locale = scope.locale);
        const t = createTranslator(locale);
        const { viewer } = scope;
        if (!viewer) return plain(401, t("errors.unauthorized"));
        if (!(options.roles as readonly Role[]).includes(viewer.role)) return plain(403, t("errors.forbidden"));
        const timeZone = await timeZoneOfViewer(scope.db, viewer);
        const input = await readInput(options, req, args, timeZone);
        if (!input.ok) return plain(400, translateServerKey(t, locale, input.message, "errors.invalid"));
        const narrowed = viewer as ViewerIn<R>;
        const tIn = createTranslator(locale, timeZone);
        return handler(req, { db: scope.db, viewer: narrowed, ip: clientIp(req.headers), locale, t: tIn, timeZone, input: input.value });
      });
    };
  return Object.assign(serve(resolveFromSession), { withResolver: serve });
}

/** What a public route is served with: no database and no viewer, only the visitor's language. */
export type PublicScope<I> = Omit<HandlerScope<null, I>, "db" | "viewer" | "timeZone">;

/** The same guard for a route anyone may call (the public page's language switch, Auth.js's own endpoints). */
export function publicRouteHandler<I = undefined>(
  name: string,
  options: GuardOptions<I> & { roles: "public" },
  handler: (req: Request, scope: PublicScope<I>) => Promise<Response>,
): GuardedRoute {
  const serve =
    (resolve: ResolveRequest): RouteHandler =>
    async (req, args) => {
      // Only the language is read: a public route never opens the database for the session.
      const locale = resolve === resolveFromSession ? await getLocale() : (await resolve(req)).locale;
      const t = createTranslator(locale);
      return answer(name, { locale }, async () => {
        // Nothing public defaults to "today"; the installation's zone is not read (no database here).
        const input = await readInput(options, req, args, DEFAULT_TIME_ZONE);
        if (!input.ok) return plain(400, translateServerKey(t, locale, input.message, "errors.invalid"));
        return handler(req, { ip: clientIp(req.headers), locale, t, input: input.value });
      });
    };
  return Object.assign(serve(resolveFromSession), { withResolver: serve });
}
