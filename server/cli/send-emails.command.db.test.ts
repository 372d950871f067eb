import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { notifications } from "@/db/schema";
import { createTestDatabase } from "@/server/test/harness";
import { seedFixtures, type Fixtures } from "@/server/test/fixtures";
import { runCsr } from "./csr";

// `csr send-emails` in-process on the test database; the SMTP transport is nodemailer's JSON
// transport (no network), failing on demand.
const smtp = vi.hoisted(() => ({ to: [] as string[], fail: false }));
vi.mock("nodemailer", async (importOriginal) => {
  const real = await importOriginal<typeof import("nodemailer")>();
  const json = real.createTransport({ jsonTransport: true });
  return {
    ...real,
    createTransport: () => ({
      sendMail: async (mail: Parameters<typeof json.sendMail>[0]) => {
        if (smtp.fail) throw new Error("connect ECONNREFUSED 10.0.0.25:587");
        const info = await json.sendMail(mail);
        smtp.to.push(...(JSON.parse(info.message) as { to: { address: string }[] }).to.map((t) => t.address));
        return info;
      },
    }),
  };
});

let h: Awaited<ReturnType<typeof createTestDatabase>>;
let fx: Fixtures;

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCsr(args, { out: (l) => out.push(l), err: (l) => err.push(l) }, async () => ({ db: h.db, close: async () => {} }));
  return { code, out: out.join("\n"), err: err.join("\n") };
}

async function row(userKey: keyof Fixtures["users"], status: string, createdAt = new Date(), claimedAt: Date | null = null) {
  const [r] = await h.db
    .insert(notifications)
    .values({
      recipientId: fx.users[userKey].userId,
      kind: "need_adopted",
      link: "/needs/1",
      payload: { needTitle: "Sumur bor Desa Kaliorang", companyName: "PT Alfa Tambang" },
      emailStatus: status,
      createdAt,
      emailClaimedAt: claimedAt,
    })
    .returning({ id: notifications.id });
  return r?.id ?? "";
}

const statusOf = async (id: string) =>
  (await h.db.select({ s: notifications.emailStatus, e: notifications.emailError }).from(notifications).where(eq(notifications.id, id)))[0];

beforeAll(async () => {
  h = await createTestDatabase();
  fx = await seedFixtures(h.db);
});
afterAll(() => h?.close());
afterEach(() => {
  vi.unstubAllEnvs();
  smtp.fail = false;
});

describe(`npm run csr -- send-emails (${process.env.TEST_DB_KIND})`, () => {
  it("says e-mail is off and fails without SMTP_HOST, touching nothing", async () => {
    vi.stubEnv("SMTP_HOST", "");
    const failed = await row("reviewer", "failed");
    const r = await run("send-emails");
    expect(r.code).toBe(1);
    expect(r.err).toContain("SMTP_HOST is not set");
    expect((await statusOf(failed))?.s).toBe("failed");
  });

  it("sends pending ones, retries failed and abandoned ones, and leaves sent and in-flight ones alone", async () => {
    vi.stubEnv("SMTP_HOST", "smtp.dinsos.example");
    const ids = {
      pending: await row("officerA", "pending"),
      sent: await row("officerB", "sent"),
      // Staleness counts from the claim, not the row's age: an old row claimed just now is in flight.
      abandoned: await row("officerC", "sending", new Date(), new Date(Date.now() - 60 * 60 * 1000)),
      inFlight: await row("viewer", "sending", new Date(Date.now() - 60 * 60 * 1000), new Date()),
    };
    const r = await run("send-emails");
    expect(r).toMatchObject({ code: 0, out: "E-mail: 3 sent, 0 failed (2 failed or interrupted before were retried)." });
    expect(smtp.to.sort()).toEqual(["officer.a@test.id", "officer.c@test.id", "reviewer@test.id"]);
    expect((await statusOf(ids.pending))?.s).toBe("sent");
    expect((await statusOf(ids.abandoned))?.s).toBe("sent");
    expect((await statusOf(ids.inFlight))?.s).toBe("sending");
  });

  it("exits 1 and keeps the reason when the mail server cannot be reached", async () => {
    vi.stubEnv("SMTP_HOST", "smtp.dinsos.example");
    smtp.fail = true;
    const id = await row("admin", "pending");
    const r = await run("send-emails");
    expect(r.code).toBe(1);
    expect(r.out).toBe("E-mail: 0 sent, 1 failed (0 failed or interrupted before were retried).");
    expect(await statusOf(id)).toEqual({ s: "failed", e: "connect ECONNREFUSED 10.0.0.25:587" });
  });
});
