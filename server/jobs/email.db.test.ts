import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createTransport } from "nodemailer";
import { eq, inArray } from "drizzle-orm";
import { notifications } from "@/db/schema";
import type { MailTransport } from "@/server/notifications/email.delivery";
import { notify } from "@/server/notifications/notifications.service";
import { createTestDatabase, runJobsUntilIdle } from "@/server/test/harness";
import { seedFixtures, type Fixtures } from "@/server/test/fixtures";
import { jobsOf, makeRetriesDue } from "@/server/test/jobs";
import { enqueue } from "./enqueue";

let h: Awaited<ReturnType<typeof createTestDatabase>>;
let fx: Fixtures;

interface Sent {
  messageId: string;
  to: { address: string }[];
}

/** nodemailer's JSON transport, keeping what it would have sent; `failures` sends fail first. */
function recordingTransport(failures = 0) {
  const json = createTransport({ jsonTransport: true });
  const sent: Sent[] = [];
  let left = failures;
  const transport: MailTransport = {
    sendMail: async (mail) => {
      if (left > 0) {
        left--;
        throw new Error("421 4.3.2 try again later");
      }
      const info = await json.sendMail(mail);
      sent.push(JSON.parse(info.message) as Sent);
      return info;
    },
  };
  return { transport, sent };
}

const decided = {
  kind: "program_decided",
  link: "/programs/p-9",
  payload: { programTitle: "Sumur bor", decision: "approve", note: null },
} as const;
const statusOf = async (ids: string[]) =>
  h.db
    .select({ status: notifications.emailStatus, error: notifications.emailError })
    .from(notifications)
    .where(inArray(notifications.id, ids));

beforeAll(async () => {
  h = await createTestDatabase();
  fx = await seedFixtures(h.db);
});
afterAll(() => h?.close());
afterEach(() => vi.unstubAllEnvs());

describe(`e-mail as a job (${process.env.TEST_DB_KIND})`, () => {
  it("sends each notification's e-mail once, retrying a failed send with the same Message-ID", async () => {
    vi.stubEnv("SMTP_HOST", "smtp.dinsos.example");
    vi.stubEnv("APP_URL", "https://csr.kaltimprov.example");
    await h.db.transaction((tx) => notify(tx, [fx.users.officerA.userId], decided));
    const [job] = await jobsOf(h.db, "email.send");
    const ids = (job?.data.notificationIds ?? []) as string[];
    expect(ids).toHaveLength(1);

    const flaky = recordingTransport(1);
    await runJobsUntilIdle(h.db, { transport: flaky.transport });
    expect((await jobsOf(h.db, "email.send"))[0]).toMatchObject({ state: "retry" });
    expect(await statusOf(ids)).toEqual([{ status: "pending", error: "421 4.3.2 try again later" }]);

    await makeRetriesDue(h.db);
    await runJobsUntilIdle(h.db, { transport: flaky.transport });
    await runJobsUntilIdle(h.db, { transport: flaky.transport });
    expect(flaky.sent).toHaveLength(1);
    expect(flaky.sent[0]?.messageId).toBe(`<notification-${ids[0]}@csr.kaltimprov.example>`);
    expect(flaky.sent[0]?.to[0]?.address).toBe("officer.a@test.id");
    expect(await statusOf(ids)).toEqual([{ status: "sent", error: null }]);
    expect((await jobsOf(h.db, "email.send"))[0]).toMatchObject({ state: "completed", retryCount: 1 });
  });

  it("marks the e-mail failed on the last attempt, and never sends for a change that rolled back", async () => {
    vi.stubEnv("SMTP_HOST", "smtp.dinsos.example");
    const [n] = await h.db
      .insert(notifications)
      .values({ recipientId: fx.users.reviewer.userId, ...decided, emailStatus: "pending" })
      .returning({ id: notifications.id });
    if (!n) throw new Error("notification missing");
    await enqueue(h.db, "email.send", { notificationIds: [n.id] }, { retryLimit: 0 });
    const down = recordingTransport(5);
    await runJobsUntilIdle(h.db, { transport: down.transport });
    expect(await statusOf([n.id])).toEqual([{ status: "failed", error: "421 4.3.2 try again later" }]);

    const before = (await jobsOf(h.db, "email.send")).length;
    await expect(
      h.db.transaction(async (tx) => {
        await notify(tx, [fx.users.officerB.userId], decided);
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect(await jobsOf(h.db, "email.send")).toHaveLength(before);
    expect(await h.db.select().from(notifications).where(eq(notifications.recipientId, fx.users.officerB.userId))).toEqual([]);
  });
});
