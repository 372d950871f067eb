import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, or, sql } from "drizzle-orm";
import { notifications, overlapFlags, programs } from "@/db/schema";
import { runOverlapsCommand } from "@/server/cli/overlaps.command";
import { EXIT } from "@/server/cli/cli-io";
import { createActivity, SYSTEM_ACTOR, updateActivity } from "@/server/government/government.service";
import type { CreateActivityValues } from "@/server/government/government.schemas";
import { callerFor, createTestDatabase, runJobsUntilIdle } from "@/server/test/harness";
import { AREAS, programInput, seedFixtures, type Fixtures } from "@/server/test/fixtures";
import { expectTrpcError } from "@/server/test/expect";
import { rescanAll } from "./overlaps.service";
import { ensureDefaultThesaurus } from "./thesaurus.service";

// CSR programs against government activities (docs/overlaps.md, "CSR and government"): one
// matcher, double funding in the queue, complements recorded as alignment, never government
// against government, and only the CSR side withdrawn.

let h: Awaited<ReturnType<typeof createTestDatabase>>;
let fx: Fixtures;
const as = (key: keyof Fixtures["users"]) => callerFor(h.db, fx.users[key]);

const RTLH: CreateActivityValues = {
  ref: "1.04.02.2.01.0015",
  agency: "Dinas Perumahan dan Kawasan Permukiman Kota Samarinda",
  funding: "apbd_regency",
  title: "Rehabilitasi Rumah Tidak Layak Huni (RTLH) Kel. Rawa Makmur",
  description: "Rehabilitasi 25 unit RTLH bagi keluarga miskin: atap, lantai, dinding dan jamban, APBD Kota Samarinda 2026.",
  sector: "infrastructure",
  targetGroupText: "keluarga miskin",
  areaCodes: [AREAS.samarindaWard],
  startDate: "2026-03-01",
  endDate: "2026-11-30",
  budgetIdr: 1_250_000_000,
  plannedBeneficiaries: 25,
  sourceName: "DPA Disperkim Kota Samarinda 2026 (uji)",
  kegiatanName: "Rehabilitasi Rumah Tidak Layak Huni",
};
/** A village fund activity on the same houses: government data beside government data, never a flag. */
const APBDES: CreateActivityValues = {
  ...RTLH,
  ref: "DD-2026-07",
  agency: "Pemerintah Kelurahan Rawa Makmur",
  funding: "apbdes",
  title: "Bedah rumah tidak layak huni warga miskin Rawa Makmur",
  description: "Perbaikan 25 rumah tidak layak huni (RTLH) milik keluarga miskin dari Dana Kelurahan 2026.",
  sourceName: "APBDes Rawa Makmur 2026 (uji)",
};

/** A company's house repairs for the same 25 families: double funding. */
const BEDAH_RUMAH = programInput({
  title: "Bedah Rumah warga kurang mampu Kel. Rawa Makmur",
  description: "Program bedah rumah 25 unit rumah tidak layak huni (RTLH) milik keluarga miskin: ganti atap, lantai semen, dinding bata.",
  sector: "infrastructure",
  targetGroup: "poor_households",
  targetGroupText: "keluarga miskin",
  startDate: "2026-04-01",
  endDate: "2026-10-31",
  budgetIdr: 875_000_000,
  plannedBeneficiaries: 25,
});
/** Another company's training for the builders of the same programme: it says so, and names the activity. */
const PENDAMPINGAN = programInput({
  title: "Pendampingan & pelatihan tukang utk penerima program RTLH Rawa Makmur",
  description: "Mendukung program RTLH Disperkim: pelatihan 30 tukang lokal dan pendampingan teknis rehab rumah warga.",
  sector: "infrastructure",
  targetGroup: "general_public",
  targetGroupText: "tukang bangunan lokal",
  startDate: "2026-03-15",
  endDate: "2026-09-30",
  budgetIdr: 120_000_000,
  plannedBeneficiaries: 30,
});

/** The service parses its input: the form's values with the id and version. */
const edit = (o: { id: string; version: number; areaCodes?: string[] }) => ({ ...RTLH, ...o }) as Parameters<typeof updateActivity>[2];

type CreateInput = Parameters<Awaited<ReturnType<typeof as>>["programs"]["create"]>[0];

async function submitAs(key: "officerA" | "officerB", input: CreateInput, supports?: string) {
  const c = await as(key);
  const created = await c.programs.create(input);
  if (supports) await h.db.update(programs).set({ supportsActivityId: supports }).where(eq(programs.id, created.id));
  const submitted = await c.programs.submit({ id: created.id, version: created.version, acknowledgement: { kind: "seen", note: "" } });
  await runJobsUntilIdle(h.db);
  return submitted;
}

async function flagBetween(x: string, y: string) {
  const [a, b] = x < y ? [x, y] : [y, x];
  const [f] = await h.db
    .select()
    .from(overlapFlags)
    .where(and(eq(overlapFlags.programAId, a), eq(overlapFlags.programBId, b)));
  return f;
}

let rtlh: { id: string; version: number };
let apbdes: { id: string; version: number };
let bedah: { id: string };
let pendampingan: { id: string };

beforeAll(async () => {
  h = await createTestDatabase();
  fx = await seedFixtures(h.db);
  await ensureDefaultThesaurus(h.db);
  rtlh = await createActivity(h.db, SYSTEM_ACTOR, RTLH);
  apbdes = await createActivity(h.db, SYSTEM_ACTOR, APBDES);
  await runJobsUntilIdle(h.db);
});
afterAll(() => h?.close());

describe(`CSR programs against government activities (${process.env.TEST_DB_KIND})`, () => {
  it("never flags a government activity against another, even for the same houses", async () => {
    expect(await flagBetween(rtlh.id, apbdes.id)).toBeUndefined();
    await rescanAll(h.db);
    expect(await flagBetween(rtlh.id, apbdes.id)).toBeUndefined();
  });

  it("flags a company's house repairs beside an APBD RTLH activity as double funding, in the queue, telling the company and staff", async () => {
    bedah = await submitAs("officerA", { ...BEDAH_RUMAH, ref: "A-BEDAH-26" });
    const flag = await flagBetween(bedah.id, rtlh.id);
    expect(flag?.status).toBe("open");
    expect(flag?.relation).toBe("double_funding");
    expect(["duplicate", "overlap"]).toContain(flag?.kind);
    // The village fund's houses too: each CSR–government pair is its own flag.
    expect((await flagBetween(bedah.id, apbdes.id))?.relation).toBe("double_funding");
    const told = await h.db
      .select({ recipientId: notifications.recipientId, link: notifications.link })
      .from(notifications)
      .where(eq(notifications.link, `/review/${flag?.id}`));
    expect(told.map((n) => n.recipientId)).toContain(fx.users.reviewer.userId);
    const officerTold = await h.db
      .select({ recipientId: notifications.recipientId })
      .from(notifications)
      .where(and(eq(notifications.link, `/programs/${bedah.id}`), eq(notifications.recipientId, fx.users.officerA.userId)));
    expect(officerTold.length).toBeGreaterThan(0);
  });

  it("counts open double funding on the dashboard and lists it in the meeting brief under the agency's name", async () => {
    const reviewer = await as("reviewer");
    const open = await h.db
      .select({ id: overlapFlags.id })
      .from(overlapFlags)
      .where(and(eq(overlapFlags.status, "open"), eq(overlapFlags.relation, "double_funding"), sql`${overlapFlags.kind} IN ('duplicate', 'overlap')`));
    expect(open.length).toBeGreaterThan(0);
    const summary = await reviewer.dashboard.summary({});
    expect(summary.totals.openFlags).toBeGreaterThanOrEqual(open.length);
    const issues = await reviewer.brief.openIssues({ limit: 50 });
    const names = issues.flags.items.flatMap((f) => [f.a.companyName, f.b.companyName]);
    expect(names).toContain(RTLH.agency);
    expect(issues.flags.total).toBe(summary.totals.openFlags);
    // Another sector's filter leaves the house repairs' double funding out of both.
    const health = await reviewer.dashboard.summary({ sector: "health" });
    const healthIssues = await reviewer.brief.openIssues({ limit: 50, sector: "health" });
    expect(healthIssues.flags.items.flatMap((f) => [f.a.companyName, f.b.companyName])).not.toContain(RTLH.agency);
    expect(healthIssues.flags.total).toBe(health.totals.openFlags);
  });

  it("lists the government side with its agency, funding and source, never as a company", async () => {
    const queue = await (await as("reviewer")).overlaps.queue({});
    const item = queue.items.find((i) => i.type === "pair" && [i.a.id, i.b.id].includes(rtlh.id) && [i.a.id, i.b.id].includes(bedah.id));
    if (!item || item.type !== "pair") throw new Error("pair not in the queue");
    const gov = item.a.id === rtlh.id ? item.a : item.b;
    const csr = item.a.id === rtlh.id ? item.b : item.a;
    expect(item.relation).toBe("double_funding");
    expect(gov).toMatchObject({
      source: "government",
      agency: RTLH.agency,
      funding: "apbd_regency",
      sourceName: RTLH.sourceName,
      title: RTLH.title,
    });
    expect(csr).toMatchObject({ source: "csr", agency: null, companyName: "PT Alfa Tambang" });
    const full = await (await as("reviewer")).overlaps.byId({ id: item.id });
    const side = full.a.id === rtlh.id ? full.a : full.b;
    expect(side).toMatchObject({ source: "government", agency: RTLH.agency, companyContact: null });
    // The company sees the government activity beside its own program.
    const own = await (await as("officerA")).overlaps.forProgram({ programId: bedah.id });
    expect(own.find((f) => f.other.id === rtlh.id)).toMatchObject({
      relation: "double_funding",
      other: { source: "government", agency: RTLH.agency },
    });
  });

  it("records a program that names the activity it supports as a complement, out of the open queue", async () => {
    pendampingan = await submitAs("officerB", { ...PENDAMPINGAN, ref: "B-TUKANG-26" }, rtlh.id);
    const flag = await flagBetween(pendampingan.id, rtlh.id);
    expect(flag).toMatchObject({ relation: "complement", status: "resolved", resolution: "complement", resolvedBy: null });
    expect((flag?.reasons as { code: string }[]).map((r) => r.code)).toContain("supports_activity");
    const open = await (await as("reviewer")).overlaps.queue({});
    const ids = open.items.flatMap((i) => (i.type === "pair" ? [i.id] : []));
    expect(ids).not.toContain(flag?.id);
    expect(ids.length).toBeGreaterThan(0);
    // Nobody is told about alignment.
    const told = await h.db
      .select()
      .from(notifications)
      .where(sql`${notifications.link} LIKE ${"%" + (flag?.id ?? "none")}`);
    expect(told).toHaveLength(0);
    // A rescan keeps it as it is.
    await rescanAll(h.db);
    expect(await flagBetween(pendampingan.id, rtlh.id)).toMatchObject({ status: "resolved", resolution: "complement" });
  });

  it("writes the government side as {agency, ref} in overlaps --json, with the relation", async () => {
    const out: string[] = [];
    const code = await runOverlapsCommand(
      { io: { out: (l) => out.push(l), err: () => {} }, lang: "en", open: async () => ({ db: h.db, close: async () => {} }) },
      true,
    );
    expect(code).toBe(EXIT.ok);
    const flags = JSON.parse(out.join("\n")) as Record<string, unknown>[];
    const gov = flags.find((f) => JSON.stringify(f).includes(RTLH.ref) && JSON.stringify(f).includes("A-BEDAH-26"));
    if (!gov) throw new Error("double funding pair missing from the command's output");
    const sides = [gov.a, gov.b] as Record<string, string>[];
    expect(sides).toContainEqual({ agency: RTLH.agency, ref: RTLH.ref });
    expect(sides).toContainEqual({ company: "PT Alfa Tambang", ref: "A-BEDAH-26" });
    expect(gov.relation).toBe("double_funding");
    expect(["duplicate", "overlap", "repeat"]).toContain(gov.kind);
    expect(gov).toHaveProperty("cluster", null);
    // Complements are resolved, so not listed; a CSR pair carries no relation field.
    expect(flags.some((f) => JSON.stringify(f).includes("B-TUKANG-26") && f.relation === "complement")).toBe(false);
    for (const f of flags.filter((x) => "company" in (x.a as object) && "company" in (x.b as object)))
      expect(f).not.toHaveProperty("relation");
  });

  it("checks the CSR programs near a government activity again when it is edited", async () => {
    const before = await flagBetween(bedah.id, rtlh.id);
    // Moved to another regency: the pair no longer shares ground.
    const moved = await updateActivity(h.db, SYSTEM_ACTOR, edit({ id: rtlh.id, version: rtlh.version, areaCodes: [AREAS.kutimVillage] }));
    await runJobsUntilIdle(h.db);
    expect((await flagBetween(bedah.id, rtlh.id))?.status).toBe("obsolete");
    // Back in Rawa Makmur: raised again.
    rtlh = await updateActivity(h.db, SYSTEM_ACTOR, edit({ id: rtlh.id, version: moved.version }));
    await runJobsUntilIdle(h.db);
    const again = await flagBetween(bedah.id, rtlh.id);
    expect(again?.id).toBe(before?.id);
    expect(again).toMatchObject({ status: "open", relation: "double_funding" });
  });

  it("withdraws only the CSR side of a duplicate decision; the government activity stays", async () => {
    const reviewer = await as("reviewer");
    const flag = await flagBetween(bedah.id, rtlh.id);
    if (!flag) throw new Error("flag missing");
    const refused = await expectTrpcError(
      reviewer.overlaps.resolve({ id: flag.id, version: flag.version, resolution: "duplicate", withdrawProgramId: rtlh.id }),
      "BAD_REQUEST",
    );
    expect(refused).toEqual({ withdrawProgramId: "errors.withdrawGovernment" });
    const done = await reviewer.overlaps.resolve({
      id: flag.id,
      version: flag.version,
      resolution: "duplicate",
      withdrawProgramId: bedah.id,
    });
    expect(done.withdrawn).toBe(bedah.id);
    const rows = await h.db
      .select({ id: programs.id, status: programs.status })
      .from(programs)
      .where(or(eq(programs.id, bedah.id), eq(programs.id, rtlh.id)));
    expect(Object.fromEntries(rows.map((r) => [r.id, r.status]))).toEqual({ [bedah.id]: "withdrawn", [rtlh.id]: "reference" });
    // The withdrawn program's other pair with the village fund closes with it.
    expect((await flagBetween(bedah.id, apbdes.id))?.status).toBe("obsolete");
  });

  it("lets a reviewer call a double-funding pair a complement, and refuses it between two companies", async () => {
    const reviewer = await as("reviewer");
    const a = await submitAs("officerA", { ...BEDAH_RUMAH, ref: "A-BEDAH-27", title: "Bedah rumah RTLH tahap II Rawa Makmur" });
    const pair = await flagBetween(a.id, apbdes.id);
    if (!pair) throw new Error("flag missing");
    expect(pair.relation).toBe("double_funding");
    await reviewer.overlaps.resolve({
      id: pair.id,
      version: pair.version,
      resolution: "complement",
      note: "Rumah berbeda, dicek di lapangan",
    });
    expect(await flagBetween(a.id, apbdes.id)).toMatchObject({ status: "resolved", resolution: "complement" });
    // Between two companies the decision does not exist.
    const b = await submitAs("officerB", { ...BEDAH_RUMAH, ref: "B-BEDAH-27", title: "Bedah rumah RTLH tahap II Kel Rawa Makmur" });
    const csrPair = await flagBetween(a.id, b.id);
    expect(csrPair).toMatchObject({ status: "open", relation: null });
    const err = await expectTrpcError(
      reviewer.overlaps.resolve({ id: csrPair?.id ?? "", version: csrPair?.version ?? 1, resolution: "complement" }),
      "BAD_REQUEST",
    );
    expect(err).toEqual({ resolution: "errors.conflictResolution" });
  });
});
