import { describe, expect, it } from "vitest";
import { createTranslator } from "@/lib/i18n/translate";
import { describeNotification } from "@/lib/notifications/describe";
import { composeEmail } from "./email.compose";
import { appUrlFrom, smtpSettingsFrom } from "./email.settings";

describe("SMTP settings", () => {
  it("are off without SMTP_HOST, whatever else is set", () => {
    expect(smtpSettingsFrom({ SMTP_PORT: "465", SMTP_USER: "a@b.id" })).toBeNull();
    expect(smtpSettingsFrom({ SMTP_HOST: "  " })).toBeNull();
  });

  it("default to port 587 with STARTTLS, and TLS on 465 unless told otherwise", () => {
    expect(smtpSettingsFrom({ SMTP_HOST: "mail.dinsos.example" })).toEqual({
      host: "mail.dinsos.example",
      port: 587,
      secure: false,
      from: "no-reply@mail.dinsos.example",
    });
    expect(smtpSettingsFrom({ SMTP_HOST: "m", SMTP_PORT: "465" })?.secure).toBe(true);
    expect(smtpSettingsFrom({ SMTP_HOST: "m", SMTP_PORT: "465", SMTP_SECURE: "false" })?.secure).toBe(false);
    expect(smtpSettingsFrom({ SMTP_HOST: "m", SMTP_PORT: "2525", SMTP_SECURE: "true" })).toMatchObject({ port: 2525, secure: true });
    expect(smtpSettingsFrom({ SMTP_HOST: "m", SMTP_PORT: "lima" })?.port).toBe(587);
  });

  it("log in when SMTP_USER is given, and send from it unless SMTP_FROM says otherwise", () => {
    const s = smtpSettingsFrom({ SMTP_HOST: "m", SMTP_USER: "csr@dinsos.example", SMTP_PASSWORD: "rahasia" });
    expect(s?.auth).toEqual({ user: "csr@dinsos.example", pass: "rahasia" });
    expect(s?.from).toBe("csr@dinsos.example");
    expect(smtpSettingsFrom({ SMTP_HOST: "m", SMTP_USER: "csr", SMTP_FROM: "Dinsos <no-reply@dinsos.example>" })?.from).toBe(
      "Dinsos <no-reply@dinsos.example>",
    );
  });

  it("take APP_URL without a trailing slash, or the local default", () => {
    expect(appUrlFrom({})).toBe("http://localhost:3000");
    expect(appUrlFrom({ APP_URL: "https://csr.kaltimprov.example/" })).toBe("https://csr.kaltimprov.example");
  });
});

describe("notification e-mail", () => {
  it("is written in Indonesian with an absolute link and the reviewer's note", () => {
    const mail = composeEmail(
      {
        kind: "program_decided",
        link: "/programs/42",
        payload: { programTitle: "PMT Balita", decision: "request_revision", note: "Lengkapi lokasi desa." },
      },
      "Ani",
      "https://csr.example",
    );
    expect(mail.subject).toBe("[Sinergi CSR] Program perlu revisi: PMT Balita");
    expect(mail.text.split("\n")).toEqual([
      "Yth. Ani,",
      "",
      "Dinas Sosial meminta revisi atas program “PMT Balita”.",
      "",
      "Catatan: Lengkapi lokasi desa.",
      "",
      "Buka di Sinergi CSR:",
      "https://csr.example/programs/42",
      "",
      "--",
      "Email ini dikirim otomatis oleh Sinergi CSR; mohon tidak dibalas. Semua notifikasi Anda: https://csr.example/notifications",
    ]);
  });

  it("keeps a typed line break out of the subject, where it would start a new header", () => {
    const n = {
      kind: "program_flagged",
      link: "/review/1",
      payload: { programTitle: "PMT\r\nBcc: x@y.z", otherTitle: "B", kind: "overlap" },
    } as const;
    expect(composeEmail(n, "Ani", "http://localhost:3000").subject).toBe("[Sinergi CSR] Kemungkinan tumpang tindih: PMT Bcc: x@y.z");
  });

  it("writes every kind in both languages from its payload, and survives a payload missing fields", () => {
    const id = createTranslator("id");
    const en = createTranslator("en");
    const flagged = { programTitle: "A", otherTitle: "B", kind: "duplicate" };
    expect(describeNotification(id, "program_flagged", flagged).body).toBe(
      "Program “A” mungkin duplikat dari program “B”. Mohon ditelaah.",
    );
    expect(describeNotification(en, "program_flagged", flagged).title).toBe("Possible duplicate");
    expect(describeNotification(id, "program_submitted", { programTitle: "A", companyName: "PT X", resubmission: true }).title).toBe(
      "Program diajukan kembali",
    );
    expect(describeNotification(en, "collaboration_proposed", { programTitle: "A", otherTitle: "B", otherCompany: "PT Y" }).body).toContain(
      "with the program “B” of PT Y",
    );
    expect(describeNotification(id, "need_adopted", { needTitle: "Sumur bor", companyName: "PT Z" })).toMatchObject({
      about: "Sumur bor",
      body: "PT Z mengambil kebutuhan “Sumur bor” dari etalase kebutuhan.",
    });
    const bare = describeNotification(en, "program_decided", {});
    expect(bare).toEqual({ title: "Decision on a program", body: "Dinas Sosial decided on the program “”.", note: null, about: "" });
  });
});
