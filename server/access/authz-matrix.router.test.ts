import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveViewer } from "@/server/auth/viewer";
import type { GuardedRoute, RouteArgs } from "@/server/http/guard";
import { appRouter } from "@/server/trpc/root";
import { callerFor, createTestDatabase } from "@/server/test/harness";
import { AREAS, insertProgram, seedFixtures, type Fixtures } from "@/server/test/fixtures";
import { AUDIENCE, FIXTURE_USER, INPUTS, SIGNED_IN, STAFF, WHO, type MatrixSetup, type Who } from "./authz-matrix.fixtures";

// The one authorization matrix (issue 8, point 3): every tRPC procedure and every route handler,
// who may call it, and a denial case for everyone else. A procedure or route without an entry fails.

const ALL: readonly Who[] = WHO;
const OFFICER: readonly Who[] = ["officer"];
const ADMIN: readonly Who[] = ["admin"];
const IMPORTERS: readonly Who[] = ["admin", "officer"];
// Transitions are open to every signed-in user at the procedure; the service refuses a forum viewer.
const MOVERS: readonly Who[] = ["admin", "reviewer", "officer"];

/** Who may call each procedure. Everyone else is refused: UNAUTHORIZED signed out, FORBIDDEN signed in. */
const PROCEDURES: Record<string, readonly Who[]> = {
  "areas.children": SIGNED_IN,
  "areas.search": SIGNED_IN,
  "areas.describe": SIGNED_IN,
  "audit.search": ADMIN,
  "beneficiaries.preview": OFFICER,
  "beneficiaries.confirm": OFFICER,
  "beneficiaries.lists": OFFICER,
  "beneficiaries.delete": OFFICER,
  "beneficiaries.sharedRows": OFFICER,
  "beneficiaries.shared": STAFF,
  "beneficiaries.importRegistry": ADMIN,
  "beneficiaries.registryShares": AUDIENCE,
  "brief.get": AUDIENCE,
  "brief.openIssues": AUDIENCE,
  "companies.options": SIGNED_IN,
  "companies.list": ADMIN,
  "companies.create": ADMIN,
  "companies.update": ADMIN,
  "compliance.report": ADMIN,
  "dashboard.summary": AUDIENCE,
  "dashboard.matrix": AUDIENCE,
  "government.list": SIGNED_IN,
  "government.byId": SIGNED_IN,
  "government.nearby": SIGNED_IN,
  "government.create": STAFF,
  "government.update": STAFF,
  "government.delete": STAFF,
  "government.importPreview": STAFF,
  "government.importConfirm": STAFF,
  "imports.start": IMPORTERS,
  "imports.preview": IMPORTERS,
  "imports.getPreview": IMPORTERS,
  "imports.fixRow": IMPORTERS,
  "imports.confirm": IMPORTERS,
  "imports.status": SIGNED_IN,
  "indicators.import": ADMIN,
  "indicators.list": AUDIENCE,
  "needs.list": SIGNED_IN,
  "needs.byId": SIGNED_IN,
  "needs.publish": STAFF,
  "needs.update": STAFF,
  "needs.close": STAFF,
  "needs.adopt": OFFICER,
  "needs.link": OFFICER,
  "needs.linkablePrograms": OFFICER,
  "needs.gaps": AUDIENCE,
  "needs.forProgram": SIGNED_IN,
  "notifications.list": SIGNED_IN,
  "notifications.unreadCount": SIGNED_IN,
  "notifications.markRead": SIGNED_IN,
  "notifications.markAllRead": SIGNED_IN,
  "overlaps.check": OFFICER,
  "overlaps.forSaved": OFFICER,
  "overlaps.queue": STAFF,
  "overlaps.byId": STAFF,
  "overlaps.resolve": STAFF,
  "overlaps.cluster": STAFF,
  "overlaps.resolveCluster": STAFF,
  "overlaps.forProgram": SIGNED_IN,
  "overlaps.rescan": ADMIN,
  "overlaps.thesaurus": STAFF,
  "overlaps.addTerm": STAFF,
  "overlaps.setTermActive": STAFF,
  "priorityPrograms.list": SIGNED_IN,
  "priorityPrograms.create": ADMIN,
  "priorityPrograms.update": ADMIN,
  "programs.list": SIGNED_IN,
  "programs.byId": SIGNED_IN,
  "programs.create": OFFICER,
  "programs.update": OFFICER,
  "programs.submit": OFFICER,
  "public.summary": ALL,
  "realization.report": OFFICER,
  "reviews.transition": MOVERS,
  "reviews.history": SIGNED_IN,
  "reviews.acknowledgements": MOVERS,
  "home.officer": OFFICER,
  "reviews.diff": SIGNED_IN,
  "settings.get": SIGNED_IN,
  "settings.setHomeProvince": ADMIN,
  "settings.setPublicPage": ADMIN,
  "settings.setRequireFigures": ADMIN,
  "settings.setRepeatYears": ADMIN,
  "settings.setOfficeName": ADMIN,
  "targetGroups.suggestionTerms": SIGNED_IN,
  "targetGroups.terms": STAFF,
  "targetGroups.addTerm": ADMIN,
  "targetGroups.removeTerm": ADMIN,
  "targeting.view": AUDIENCE,
  "users.me": SIGNED_IN,
  "users.list": ADMIN,
  "users.create": ADMIN,
  "users.update": ADMIN,
  "users.resetPassword": ADMIN,
  "users.requirePasswordChange": ADMIN,
  "users.changePassword": SIGNED_IN,
  "users.setActive": ADMIN,
};

/** Answers an allowed caller may still get from the minimal input: the thing asked for does not exist, or the file is empty. */
const TOLERATED: ReadonlySet<TRPCError["code"]> = new Set(["NOT_FOUND", "BAD_REQUEST"]);

let h: Awaited<ReturnType<typeof createTestDatabase>>;
let fx: Fixtures;
let setup: MatrixSetup;

beforeAll(async () => {
  h = await createTestDatabase();
  fx = await seedFixtures(h.db);
  const submittedId = await insertProgram(h.db, { companyId: fx.companies.a, ref: "MX-SEEN", areas: [AREAS.samarindaWard] });
  setup = { db: h.db, fx, submittedId };
  await (await callerFor(h.db, fx.users.admin)).settings.setPublicPage({ enabled: true });
});
afterAll(() => h?.close());

const claimsOf = (who: Who) => (who === "signedOut" ? null : fx.users[FIXTURE_USER[who]]);

async function callProcedure(procedurePath: string, who: Who): Promise<TRPCError | null> {
  const caller: unknown = await callerFor(h.db, claimsOf(who));
  const fn = procedurePath.split(".").reduce<unknown>((o, k) => Reflect.get(o as object, k), caller);
  if (typeof fn !== "function") throw new Error(`no procedure ${procedurePath}`);
  const input = await INPUTS[procedurePath]?.(setup, who);
  try {
    await Reflect.apply(fn, undefined, input === undefined ? [] : [input]);
    return null;
  } catch (err) {
    if (err instanceof TRPCError) return err;
    throw err;
  }
}

describe(`authorization matrix: tRPC procedures (${process.env.TEST_DB_KIND})`, () => {
  const registered = Object.keys(appRouter._def.procedures).sort();

  it("has an entry for every procedure, and none for a procedure that is gone", () => {
    expect(registered.filter((p) => !(p in PROCEDURES)), "procedures missing from the matrix").toEqual([]);
    expect(Object.keys(PROCEDURES).filter((p) => !registered.includes(p)), "matrix entries without a procedure").toEqual([]);
    expect(Object.keys(INPUTS).filter((p) => !registered.includes(p)), "inputs without a procedure").toEqual([]);
  });

  for (const procedurePath of registered) {
    const allowed = PROCEDURES[procedurePath] ?? [];
    it(`${procedurePath}: ${allowed.join(", ") || "nobody"}`, async () => {
      // Everyone refused, then everyone allowed: an allowed call may change what the next one sees.
      const refused = WHO.filter((w) => !allowed.includes(w));
      expect(refused.length, "every entry has a denial case").toBeGreaterThan(procedurePath === "public.summary" ? -1 : 0);
      for (const who of refused) {
        const err = await callProcedure(procedurePath, who);
        expect(err?.code, `${procedurePath} as ${who}`).toBe(who === "signedOut" ? "UNAUTHORIZED" : "FORBIDDEN");
      }
      for (const who of allowed) {
        const err = await callProcedure(procedurePath, who);
        if (err) expect(TOLERATED.has(err.code), `${procedurePath} as ${who}: ${err.code} ${err.message}`).toBe(true);
      }
    });
  }
});

// ---------------------------------------------------------------------------------------------
// Route handlers: every app/**/route.ts, called as Next calls it, with the viewer and database injected.

const root = path.resolve(__dirname, "../..");

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return routeFiles(full);
    return name === "route.ts" ? [path.relative(root, full)] : [];
  });
}

interface RouteRule {
  /** The HTTP methods the module exports (Next answers 405 to any other). */
  methods: readonly string[];
  /** `guard`: through server/http/guard.ts, called for each caller; otherwise checked by its own test. */
  kind: "guard" | "trpc" | "auth.js";
  allowed?: readonly Who[];
  url?: string;
  params?: Record<string, string>;
  /** The status an allowed caller gets. */
  ok?: number;
}

const ROUTES: Record<string, RouteRule> = {
  "app/api/exports/programs/route.ts": { methods: ["GET"], kind: "guard", allowed: SIGNED_IN, url: "/api/exports/programs?format=csv", ok: 200 },
  "app/api/exports/dashboard/route.ts": { methods: ["GET"], kind: "guard", allowed: AUDIENCE, url: "/api/exports/dashboard?chart=sector", ok: 200 },
  "app/api/exports/targeting/route.ts": { methods: ["GET"], kind: "guard", allowed: AUDIENCE, url: "/api/exports/targeting?year=2026", ok: 200 },
  "app/api/exports/brief/route.ts": { methods: ["GET"], kind: "guard", allowed: AUDIENCE, url: "/api/exports/brief?from=2026-03-01&to=2026-03-31", ok: 200 },
  "app/api/templates/[file]/route.ts": {
    methods: ["GET"],
    kind: "guard",
    allowed: SIGNED_IN,
    url: "/api/templates/impor-program.csv",
    params: { file: "impor-program.csv" },
    ok: 200,
  },
  // An unknown preview is not found for every importer: the preview tests download a real one.
  "app/api/imports/[id]/skipped/route.ts": {
    methods: ["GET"],
    kind: "guard",
    allowed: IMPORTERS,
    url: "/api/imports/00000000-0000-4000-8000-000000000000/skipped",
    params: { id: "00000000-0000-4000-8000-000000000000" },
    ok: 404,
  },
  "app/public/language/route.ts": { methods: ["GET"], kind: "guard", allowed: ALL, url: "/public/language?to=en", ok: 303 },
  // Procedures carry their own guards (the matrix above); the route adds the cross-site, media type and size checks (trpc-route test).
  "app/api/trpc/[trpc]/route.ts": { methods: ["GET", "POST"], kind: "trpc" },
  // Auth.js's own endpoints (sign-in, sign-out, session, CSRF token): they read no data of the app.
  "app/api/auth/[...nextauth]/route.ts": { methods: ["GET", "POST"], kind: "auth.js" },
};

const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

async function load(file: string): Promise<Record<string, unknown>> {
  return (await import(path.join(root, file))) as Record<string, unknown>;
}

function isGuarded(v: unknown): v is GuardedRoute {
  return typeof v === "function" && "withResolver" in v && typeof v.withResolver === "function";
}

describe(`authorization matrix: route handlers (${process.env.TEST_DB_KIND})`, () => {
  const files = routeFiles(path.join(root, "app")).sort();

  it("has an entry for every route handler, and none for a route that is gone", () => {
    expect(files.filter((f) => !(f in ROUTES)), "routes missing from the matrix").toEqual([]);
    expect(Object.keys(ROUTES).filter((f) => !files.includes(f)), "matrix entries without a route").toEqual([]);
  });

  for (const file of files) {
    const rule = ROUTES[file];
    it(`${file}: exports only ${rule?.methods.join(", ")}`, async () => {
      const mod = await load(file);
      expect(Object.keys(mod).filter((k) => HTTP_METHODS.includes(k) || k === k.toUpperCase()).sort()).toEqual([...(rule?.methods ?? [])].sort());
    });
    if (rule?.kind !== "guard") continue;
    it(`${file}: ${rule.allowed?.join(", ")}`, async () => {
      const mod = await load(file);
      const allowed = rule.allowed ?? [];
      for (const method of rule.methods) {
        const handler = mod[method];
        if (!isGuarded(handler)) throw new Error(`${file} ${method} does not go through server/http/guard.ts`);
        for (const who of WHO) {
          const viewer = await resolveViewer(h.db, claimsOf(who));
          const serve = handler.withResolver(async () => ({ db: h.db, viewer, locale: "id" }));
          const args: RouteArgs = { params: Promise.resolve(rule.params ?? {}) };
          const res = await serve(new Request(`http://localhost${rule.url ?? "/"}`, { method }), args);
          const expected = allowed.includes(who) ? (rule.ok ?? 200) : who === "signedOut" ? 401 : 403;
          expect(res.status, `${method} ${file} as ${who}: ${res.status === expected ? "" : await res.text()}`).toBe(expected);
          expect(res.headers.get("cache-control"), `${file} as ${who}`).toContain("no-store");
        }
      }
    });
  }
});
