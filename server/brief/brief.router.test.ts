import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, createTestDatabase } from "@/server/test/harness";
import { seedFixtures, type Fixtures } from "@/server/test/fixtures";
import { expectTrpcError } from "@/server/test/expect";
import { createTranslator } from "@/lib/i18n/translate";
import { arrangeMarch, MARCH } from "./brief.fixtures";
import { briefTables } from "./brief.tables";
import { getHomeProvince, setHomeProvince } from "@/server/settings/settings.queries";

let h: Awaited<ReturnType<typeof createTestDatabase>>;
let fx: Fixtures;
let ids: Awaited<ReturnType<typeof arrangeMarch>>;
const as = (key: keyof Fixtures["users"]) => callerFor(h.db, fx.users[key]);

beforeAll(async () => {
  h = await createTestDatabase();
  fx = await seedFixtures(h.db);
  ids = await arrangeMarch(h.db, fx);
});
afterAll(() => h?.close());

describe(`meeting brief (${process.env.TEST_DB_KIND})`, () => {
  it("reports a WITA month: first submissions, decisions with who and why, flags raised and still open", async () => {
    const brief = await (await as("reviewer")).brief.get(MARCH);
    // S1's submission at 07:00 WITA on 1 March is 28 February in UTC, and still inside the range;
    // S2 was first submitted in February, so its March resubmission is not new; S3 fell just outside.
    expect(brief.submissions.items.map((s) => s.ref)).toEqual(["S1", "K1", "S4"]);
    expect(brief.submissions.total).toBe(3);
    expect(brief.submissions.items[0]).toMatchObject({ companyName: "PT Alfa Tambang", title: "Program S1", sector: "health" });

    expect(brief.decisions.items.map((d) => [d.ref, d.action, d.actorName, d.note])).toEqual([
      ["S2", "request_revision", "reviewer", "Lengkapi data sasaran per desa"],
      ["S1", "approve", "reviewer", "Sesuai prioritas penurunan stunting"],
      ["K1", "reject", "reviewerKutim", "Sama dengan program desa yang sudah berjalan"], // 23:30 WITA on the last day
    ]);
    expect(brief.decisions.total).toBe(3);

    expect(brief.flags.items.map((f) => [f.a.ref, f.b.ref].sort().join("+"))).toEqual(["S1+S3", "K1+K2"]);
    expect(brief.flags.items[0]?.reasons[1]).toEqual({ code: "text_similar", percent: 81 });

    // Needs nobody adopted, whatever the range: not the closed one, not the adopted one.
    expect(brief.gaps.items.map((g) => g.title).sort()).toEqual(["Beasiswa Kaliorang", "Posyandu Rawa Makmur"]);
    expect(brief.blankSpots.items.map((b) => [b.code, b.povertyRate?.value])).toEqual([["64.11", 10.75]]);
    expect(brief.blankSpots.year).toBe(2026);
  });

  it("narrows every section to the dashboard's filters", async () => {
    const reviewer = await as("reviewer");
    const health = await reviewer.brief.get({ ...MARCH, sector: "health" });
    expect(health.submissions.items.map((s) => s.ref)).toEqual(["S1", "K1"]);
    expect(health.gaps.items.map((g) => g.title)).toEqual(["Posyandu Rawa Makmur"]);

    const samarinda = await reviewer.brief.get({ ...MARCH, area: "64.72" });
    expect(samarinda.submissions.items.map((s) => s.ref)).toEqual(["S1", "S4"]);
    expect(samarinda.decisions.items.map((d) => d.ref)).toEqual(["S2", "S1"]);
    expect(samarinda.flags.items.map((f) => f.id)).toHaveLength(1);

    const companyC = await reviewer.brief.get({ ...MARCH, companyId: fx.companies.c });
    expect(companyC.decisions.items.map((d) => d.ref)).toEqual(["K1"]);

    const firstDay = await reviewer.brief.get({ from: "2026-03-01", to: "2026-03-01" });
    expect(firstDay.submissions.items.map((s) => s.ref)).toEqual(["S1"]);
    expect(firstDay.decisions.total).toBe(0);
  });

  it("keeps a Kutai Timur office to Kutai Timur: no Samarinda decisions, submissions or flags", async () => {
    const brief = await (await as("reviewerKutim")).brief.get(MARCH);
    expect(brief.submissions.items.map((s) => s.ref)).toEqual(["K1"]);
    expect(brief.decisions.items.map((d) => d.ref)).toEqual(["K1"]);
    expect(brief.flags.items.map((f) => [f.a.id, f.b.id].sort())).toEqual([[ids.k1, ids.k2].sort()]);
    expect(brief.gaps.items.map((g) => g.title)).toEqual(["Beasiswa Kaliorang"]);
    // A Samarinda program is not there even when asked for by area.
    const asked = await (await as("reviewerKutim")).brief.get({ ...MARCH, area: "64.72" });
    expect(asked.decisions.total + asked.submissions.total + asked.flags.total).toBe(0);
  });

  it("lets forum viewers read it, refuses officers and strangers, and checks the range", async () => {
    const forViewer = await (await as("viewer")).brief.get(MARCH);
    expect(forViewer.decisions.total).toBe(3);
    // V8: a forum viewer reads each decision with the decider's role, never the note or the name.
    expect(forViewer.decisions.items.map((d) => [d.ref, d.note, d.actorName, d.actorRole])).toEqual([
      ["S2", null, null, "reviewer"],
      ["S1", null, null, "reviewer"],
      ["K1", null, null, "reviewer"],
    ]);
    // Links a forum viewer can open: a flag leads to its first program's page, never to /review (a 404 for them).
    const t = createTranslator("id");
    const viewer = await as("viewer");
    const flagLinks = briefTables(forViewer, t, "id").find((s) => s.key === "flags")?.rows.map((r) => r.href) ?? [];
    expect(flagLinks).toHaveLength(forViewer.flags.items.length);
    expect(flagLinks.length).toBeGreaterThan(0);
    for (const [i, href] of flagLinks.entries()) {
      expect(href).toBe(`/programs/${forViewer.flags.items[i]?.a.id}`);
      const program = await viewer.programs.byId({ id: forViewer.flags.items[i]?.a.id ?? "" });
      expect(program.id).toBe(forViewer.flags.items[i]?.a.id);
    }
    const forReviewer = await (await as("reviewer")).brief.get(MARCH);
    const reviewLinks = briefTables(forReviewer, t, "id", { canReview: true }).find((s) => s.key === "flags")?.rows.map((r) => r.href);
    expect(reviewLinks).toEqual(forReviewer.flags.items.map((f) => `/review/${f.id}`));
    await expectTrpcError((await as("officerA")).brief.get(MARCH), "FORBIDDEN");
    await expectTrpcError((await callerFor(h.db, null)).brief.get(MARCH), "UNAUTHORIZED");
    await expectTrpcError((await as("officerA")).brief.openIssues({}), "FORBIDDEN");
    await expectTrpcError((await callerFor(h.db, null)).brief.openIssues({}), "UNAUTHORIZED");
    const reviewer = await as("reviewer");
    const backwards = await expectTrpcError(reviewer.brief.get({ from: "2026-03-31", to: "2026-03-01" }), "BAD_REQUEST");
    expect(backwards).toEqual({ to: "errors.dateOrder" });
    await expectTrpcError(reviewer.brief.get({ from: "2024-01-01", to: "2026-03-01" }), "BAD_REQUEST");
  });

  it("lists what is open now for the presentation, highest score first", async () => {
    const open = await (await as("reviewer")).brief.openIssues({ limit: 2 });
    expect(open.flags.total).toBe(3); // the February flag is still open
    expect(open.flags.items.map((f) => f.score)).toEqual([0.9, 0.8]);
    expect(open.gaps.total).toBe(2);
    const kutim = await (await as("reviewerKutim")).brief.openIssues({});
    expect(kutim.flags.items.map((f) => f.score)).toEqual([0.6]);
  });
  it("reads the range's days in the viewer's own time zone: a national office's home province decides", async () => {
    // A caller is one request: its time zone is read once, so each request below gets a new one.
    const national = { brief: { get: async (input: typeof MARCH) => (await as("adminNational")).brief.get(input) } };
    const refs = (b: Awaited<ReturnType<typeof national.brief.get>>) => ({
      submissions: b.submissions.items.map((s) => s.ref).sort(),
      decisions: b.decisions.items.map((d) => `${d.ref} ${d.action}`).sort(),
      zone: b.zone,
    });
    const before = await getHomeProvince(h.db);
    try {
      // Kaltim (WITA): as the reviewer above sees it.
      expect(refs(await national.brief.get(MARCH))).toEqual({
        submissions: ["K1", "S1", "S4"],
        decisions: ["K1 reject", "S1 approve", "S2 request_revision"],
        zone: "Asia/Makassar",
      });
      // Papua (WIT, an hour later): S3's submission at 23:30 WITA on 28 February is already 1 March
      // there, and K1's rejection at 23:30 WITA on 31 March is already April.
      await setHomeProvince(h.db, "94");
      expect(refs(await national.brief.get(MARCH))).toEqual({
        submissions: ["K1", "S1", "S3", "S4"],
        decisions: ["S1 approve", "S2 request_revision"],
        zone: "Asia/Jayapura",
      });
      // DKI Jakarta (WIB, an hour earlier): S3's approval at 00:30 WITA on 1 April is still 31 March there.
      await setHomeProvince(h.db, "31");
      expect(refs(await national.brief.get(MARCH))).toEqual({
        submissions: ["K1", "S1", "S4"],
        decisions: ["K1 reject", "S1 approve", "S2 request_revision", "S3 approve"],
        zone: "Asia/Jakarta",
      });
      // A Kaltim reviewer keeps Kaltim's days whatever the home province.
      expect(refs(await (await as("reviewer")).brief.get(MARCH)).zone).toBe("Asia/Makassar");
    } finally {
      await setHomeProvince(h.db, before);
    }
  });
});
