import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { and, eq } from "drizzle-orm";
import { notifications, overlapClusters, overlapFlags, programs } from "@/db/schema";
import { checkProgram, rescanAll } from "@/server/overlaps/overlaps.service";
import { ensureDefaultThesaurus } from "@/server/overlaps/thesaurus.service";
import { callerFor, createTestDatabase, runJobsUntilIdle } from "@/server/test/harness";
import { AREAS, insertProgram, seedFixtures, type Fixtures } from "@/server/test/fixtures";

// E-mail from a request goes through the transport the SMTP settings describe; here that is
// nodemailer's JSON transport, so nothing leaves the machine and what was sent can be read.
const smtp = vi.hoisted(() => ({ to: [] as string[] }));
vi.mock("nodemailer", async (importOriginal) => {
  const real = await importOriginal<typeof import("nodemailer")>();
  const json = real.createTransport({ jsonTransport: true });
  return {
    ...real,
    createTransport: () => ({
      sendMail: async (mail: Parameters<typeof json.sendMail>[0]) => {
        const info = await json.sendMail(mail);
        const parsed = JSON.parse(info.message) as { to: { address: string }[] };
        smtp.to.push(...parsed.to.map((t) => t.address));
        return info;
      },
    }),
  };
});

let h: Awaited<ReturnType<typeof createTestDatabase>>;
let fx: Fixtures;
const as = (key: keyof Fixtures["users"]) => callerFor(h.db, fx.users[key]);
const idOf = (key: keyof Fixtures["users"]) => fx.users[key].userId;
const keyOf = (userId: string) => (Object.keys(fx.users) as (keyof Fixtures["users"])[]).find((k) => idOf(k) === userId);

let a: string;
let b: string;
let c: string;

const PMT = "Pemberian Makanan Tambahan Balita Stunting Rawa Makmur";

async function notes(kind: "program_flagged" | "collaboration_proposed") {
  const rows = await h.db.select().from(notifications).where(eq(notifications.kind, kind));
  return rows.map((r) => ({ ...r, who: keyOf(r.recipientId) }));
}

async function flagBetween(x: string, y: string) {
  const [p, q] = x < y ? [x, y] : [y, x];
  const [f] = await h.db
    .select()
    .from(overlapFlags)
    .where(and(eq(overlapFlags.programAId, p), eq(overlapFlags.programBId, q)));
  if (!f) throw new Error("flag missing");
  return f;
}

beforeAll(async () => {
  h = await createTestDatabase();
  fx = await seedFixtures(h.db);
  await ensureDefaultThesaurus(h.db);
  a = await insertProgram(h.db, { companyId: fx.companies.a, ref: "A-PMT", title: PMT, areas: [AREAS.samarindaWard] });
  b = await insertProgram(h.db, { companyId: fx.companies.b, ref: "B-PMT", title: `${PMT} Tahap Awal`, areas: [AREAS.samarindaWard] });
});
afterAll(() => h?.close());
afterEach(() => {
  vi.unstubAllEnvs();
});

describe(`notifications from overlap checks (${process.env.TEST_DB_KIND})`, () => {
  it("tells the reviewers of both programs about a new flag, with the comparison link, once", async () => {
    const result = await checkProgram(h.db, b);
    const flag = await flagBetween(a, b);
    expect(result.opened).toEqual([{ id: flag.id, a: flag.programAId, b: flag.programBId, kind: flag.kind }]);
    const sent = await notes("program_flagged");
    expect(sent.map((n) => n.who).sort()).toEqual(["admin", "adminNational", "reviewer"]);
    expect(sent.every((n) => n.link === `/review/${flag.id}`)).toBe(true);
    expect([sent[0]?.payload.programTitle, sent[0]?.payload.otherTitle].sort()).toEqual([PMT, `${PMT} Tahap Awal`].sort());
    const again = await checkProgram(h.db, b);
    expect(again.opened).toEqual([]);
    expect(again.updated).toBe(1);
    expect(await notes("program_flagged")).toHaveLength(3);
  });

  it("sends a reviewer who sees one side only to that program's page", async () => {
    c = await insertProgram(h.db, {
      companyId: fx.companies.c,
      ref: "C-PMT",
      title: `${PMT} dan Kaliorang`,
      areas: [AREAS.samarindaWard, AREAS.kutimVillage],
    });
    const result = await checkProgram(h.db, c);
    expect(result.opened).toHaveLength(2);
    const kutim = (await notes("program_flagged")).filter((n) => n.who === "reviewerKutim" || n.who === "adminKutim");
    // A, B and C now form a cluster (three programs in Rawa Makmur): one message for the cluster, not one per pair.
    expect(kutim).toHaveLength(2); // one cluster, two Kutai Timur staff
    expect(kutim.every((n) => n.link === `/programs/${c}` && n.payload.programTitle === `${PMT} dan Kaliorang`)).toBe(true);
    expect((await notes("program_flagged")).some((n) => n.who === "reviewerKaltara" || n.who?.startsWith("officer"))).toBe(false);
  });

  it("does not notify from a full rescan, even when it finds a new pair", async () => {
    const before = (await notes("program_flagged")).length;
    await insertProgram(h.db, { companyId: fx.companies.b, ref: "B-PMT-2", title: `${PMT} Lanjutan`, areas: [AREAS.samarindaWard] });
    const scan = await rescanAll(h.db);
    expect(scan.inserted).toBeGreaterThan(0);
    expect(scan).not.toHaveProperty("opened");
    expect(await notes("program_flagged")).toHaveLength(before);
  });

  it("tells reviewers again when a resolved pair is raised again by a material change", async () => {
    const flag = await flagBetween(a, b);
    await (await as("reviewer")).overlaps.resolve({ id: flag.id, version: flag.version, resolution: "distinct", note: "Beda posyandu" });
    // The pair lies in the cluster of A, B, C and B-PMT-2: reopened, it is told about with its cluster, once.
    const [cluster] = await h.db.select({ id: overlapClusters.id }).from(overlapClusters).where(eq(overlapClusters.status, "open"));
    const link = `/review/clusters/${cluster?.id}`;
    const before = (await notes("program_flagged")).filter((n) => n.link === link).length;
    await h.db.update(programs).set({ plannedBeneficiaries: 180 }).where(eq(programs.id, b));
    const result = await checkProgram(h.db, b);
    expect(result.reopened).toBe(1);
    expect(result.opened.map((f) => f.id)).toContain(flag.id);
    expect((await flagBetween(a, b)).clusterId).toBe(cluster?.id);
    expect((await notes("program_flagged")).filter((n) => n.link === link)).toHaveLength(before + 3);
  });

  it("tells the officers of both companies of a collaboration, each with their own program, and e-mails them after the response", async () => {
    vi.stubEnv("SMTP_HOST", "smtp.dinsos.example");
    const flag = await flagBetween(a, c);
    await (await as("reviewer")).overlaps.resolve({ id: flag.id, version: flag.version, resolution: "collaboration", note: "Bagi per RT" });
    const sent = await notes("collaboration_proposed");
    expect(sent.map((n) => n.who).sort()).toEqual(["officerA", "officerA2", "officerC"]);
    const toA = sent.find((n) => n.who === "officerA");
    expect(toA?.link).toBe(`/programs/${a}`);
    expect(toA?.payload).toEqual({ programTitle: PMT, otherTitle: `${PMT} dan Kaliorang`, otherCompany: "PT Gamma Kutim" });
    expect(sent.find((n) => n.who === "officerC")).toMatchObject({ link: `/programs/${c}`, payload: { otherCompany: "PT Alfa Tambang" } });
    await runJobsUntilIdle(h.db);
    const after = await notes("collaboration_proposed");
    expect(after.every((n) => n.emailStatus === "sent")).toBe(true);
    expect(smtp.to.sort()).toEqual(["officer.a2@test.id", "officer.a@test.id", "officer.c@test.id"]);
  });

  it("does not notify for a pair called distinct", async () => {
    const flag = await flagBetween(b, c);
    await (await as("reviewer")).overlaps.resolve({ id: flag.id, version: flag.version, resolution: "distinct", note: "Sasaran beda" });
    expect(await notes("collaboration_proposed")).toHaveLength(3);
  });
});
