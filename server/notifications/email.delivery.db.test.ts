import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { eq, inArray } from "drizzle-orm";
import { notifications } from "@/db/schema";
import { callerFor, createTestDatabase } from "@/server/test/harness";
import { seedFixtures, type Fixtures } from "@/server/test/fixtures";
import { deliverPendingEmails, retryFailedEmails, type MailTransport } from "./email.delivery";
import { notify } from "./notifications.service";

// No network anywhere: an explicit transport is nodemailer's jsonTransport, and the transport
// built from the SMTP_* settings is replaced by one too, so the settings it got can be checked.
const smtp = vi.hoisted(() => ({ options: [] as unknown[], messages: [] as string[], closed: 0 }));
vi.mock("nodemailer", async (importOriginal) => {
  const real = await importOriginal<typeof import("nodemailer")>();
  const json = real.createTransport({ jsonTransport: true });
  return {
    ...real,
    createTransport: (options: unknown) => {
      smtp.options.push(options);
      return {
        sendMail: async (mail: Parameters<typeof json.sendMail>[0]) => {
          const info = await json.sendMail(mail);
          smtp.messages.push(info.message);
          return info;
        },
        close: () => void smtp.closed++,
      };
    },
  };
});

interface JsonMail {
  from: { name: string; address: string };
  to: { name: string; address: string }[];
  subject: string;
  text: string;
}

const realNodemailer = await vi.importActual<typeof import("nodemailer")>("nodemailer");

/** nodemailer's own JSON transport (not the stand-in above), collecting what it would send. */
function jsonTransport() {
  const real = realNodemailer.createTransport({ jsonTransport: true });
  const sent: JsonMail[] = [];
  const transport: MailTransport = {
    sendMail: async (mail) => {
      const info = await real.sendMail(mail);
      sent.push(JSON.parse(info.message) as JsonMail);
      return info;
    },
  };
  return { transport, sent };
}

const failing: MailTransport = {
  sendMail: async () => {
    throw new Error("550 5.1.1 mailbox unavailable");
  },
};

let h: Awaited<ReturnType<typeof createTestDatabase>>;
let fx: Fixtures;
const idOf = (key: keyof Fixtures["users"]) => fx.users[key].userId;

const decided = (title: string) =>
  ({ kind: "program_decided", link: "/programs/p-1", payload: { programTitle: title, decision: "approve", note: null } }) as const;

async function statusOf(userKey: keyof Fixtures["users"]) {
  return h.db
    .select({ id: notifications.id, status: notifications.emailStatus, error: notifications.emailError, readAt: notifications.readAt })
    .from(notifications)
    .where(eq(notifications.recipientId, idOf(userKey)));
}

beforeAll(async () => {
  h = await createTestDatabase();
  fx = await seedFixtures(h.db);
});
afterAll(() => h?.close());
afterEach(() => {
  vi.unstubAllEnvs();
});

describe(`notification e-mail (${process.env.TEST_DB_KIND})`, () => {
  it("without SMTP_HOST: the notification is in-app only and delivery sends nothing", async () => {
    vi.stubEnv("SMTP_HOST", "");
    await notify(h.db, [idOf("officerA")], decided("Tanpa Email"));
    expect((await statusOf("officerA")).map((r) => r.status)).toEqual(["none"]);
    const { transport, sent } = jsonTransport();
    expect(await deliverPendingEmails(h.db, transport)).toEqual({ sent: 0, failed: 0 });
    expect(await deliverPendingEmails(h.db)).toEqual({ sent: 0, failed: 0 });
    expect(sent).toHaveLength(0);
    expect(smtp.options).toHaveLength(0);
    expect(await retryFailedEmails(h.db)).toBeNull();
  });

  it("sends pending e-mail in Indonesian with an absolute link, once, and marks it sent", async () => {
    vi.stubEnv("SMTP_HOST", "smtp.dinsos.example");
    vi.stubEnv("SMTP_FROM", "Dinsos Kaltim <no-reply@dinsos.example>");
    vi.stubEnv("APP_URL", "https://csr.kaltimprov.example/");
    await notify(h.db, [idOf("officerB"), idOf("officerC")], decided("PMT Balita Rawa Makmur"));
    expect((await statusOf("officerB")).map((r) => r.status)).toEqual(["pending"]);
    const { transport, sent } = jsonTransport();
    expect(await deliverPendingEmails(h.db, transport)).toEqual({ sent: 2, failed: 0 });
    const toB = sent.find((m) => m.to[0]?.address === "officer.b@test.id");
    expect(toB?.to[0]?.name).toBe("officerB");
    expect(toB?.from).toEqual({ name: "Dinsos Kaltim", address: "no-reply@dinsos.example" });
    expect(toB?.subject).toBe("[Sinergi CSR] Program disetujui: PMT Balita Rawa Makmur");
    expect(toB?.text).toContain("Dinas Sosial menyetujui program “PMT Balita Rawa Makmur”.");
    expect(toB?.text).toContain("\nhttps://csr.kaltimprov.example/programs/p-1\n");
    expect((await statusOf("officerB"))[0]).toMatchObject({ status: "sent", error: null, readAt: null });
    // Sent rows are not sent again.
    expect(await deliverPendingEmails(h.db, transport)).toEqual({ sent: 0, failed: 0 });
    expect(sent).toHaveLength(2);
  });

  it("marks a failed send 'failed' with the reason, keeps the notification, and does not throw", async () => {
    vi.stubEnv("SMTP_HOST", "smtp.dinsos.example");
    await notify(h.db, [idOf("reviewer")], decided("Gagal Kirim"));
    await expect(deliverPendingEmails(h.db, failing)).resolves.toEqual({ sent: 0, failed: 1 });
    const [row] = await statusOf("reviewer");
    expect(row).toMatchObject({ status: "failed", error: "550 5.1.1 mailbox unavailable", readAt: null });
    const list = await (await callerFor(h.db, fx.users.reviewer)).notifications.list({ page: 1 });
    expect(list.items.map((i) => i.id)).toEqual([row?.id]);
    // Failed rows wait for `csr send-emails`: ordinary delivery leaves them be.
    const { transport, sent } = jsonTransport();
    expect(await deliverPendingEmails(h.db, transport)).toEqual({ sent: 0, failed: 0 });
    expect(sent).toHaveLength(0);
  });

  it("retries failed ones on request, through the transport the SMTP settings describe", async () => {
    vi.stubEnv("SMTP_HOST", "smtp.dinsos.example");
    vi.stubEnv("SMTP_PORT", "465");
    vi.stubEnv("SMTP_USER", "csr@dinsos.example");
    vi.stubEnv("SMTP_PASSWORD", "rahasia-smtp");
    smtp.messages.length = 0;
    const closedBefore = smtp.closed;
    expect(await retryFailedEmails(h.db)).toEqual({ sent: 1, failed: 0, requeued: 1 });
    expect(smtp.options.at(-1)).toMatchObject({
      host: "smtp.dinsos.example",
      port: 465,
      secure: true,
      auth: { user: "csr@dinsos.example", pass: "rahasia-smtp" },
    });
    const mail = JSON.parse(smtp.messages[0] ?? "{}") as JsonMail;
    expect(mail.to[0]?.address).toBe("reviewer@test.id");
    expect(mail.from).toEqual({ name: "Sinergi CSR", address: "csr@dinsos.example" });
    expect(mail.text).toContain("http://localhost:3000/programs/p-1");
    expect(smtp.closed).toBe(closedBefore + 1);
    expect((await statusOf("reviewer"))[0]?.status).toBe("sent");
  });

  it("sends each e-mail once when two deliveries run at the same time", async () => {
    vi.stubEnv("SMTP_HOST", "smtp.dinsos.example");
    const keys = ["admin", "adminKutim", "reviewerKutim", "viewer"] as const;
    for (let i = 0; i < 30; i++) await notify(h.db, keys.map(idOf), decided(`Serentak ${i}`));
    const { transport, sent } = jsonTransport();
    const [x, y] = await Promise.all([deliverPendingEmails(h.db, transport), deliverPendingEmails(h.db, transport)]);
    expect(x.sent + y.sent).toBe(120);
    expect(new Set(sent.map((m) => `${m.to[0]?.address}|${m.subject}`)).size).toBe(120);
    const rows = await h.db
      .select({ status: notifications.emailStatus })
      .from(notifications)
      .where(inArray(notifications.recipientId, keys.map(idOf)));
    expect(rows.every((r) => r.status === "sent")).toBe(true);
  });
});
