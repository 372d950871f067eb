import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, programs } from "@/db/schema";
import { callerFor, createTestDatabase } from "@/server/test/harness";
import { AREAS, seedFixtures, type Fixtures } from "@/server/test/fixtures";
import { expectTrpcError } from "@/server/test/expect";
import type { CreateActivityValues } from "./government.schemas";

let h: Awaited<ReturnType<typeof createTestDatabase>>;
let fx: Fixtures;
const as = (key: keyof Fixtures["users"]) => callerFor(h.db, fx.users[key]);

// Entered the way an office's spreadsheet reads: double spaces, lower case, a blank description.
const rtlh = (o: Partial<CreateActivityValues> = {}): CreateActivityValues => ({
  ref: "1.04.02.2.01.0015",
  agency: "Dinas  PUPR Kabupaten Kutai   Timur",
  funding: "apbd_regency",
  title: "Rehabilitasi Rumah Tidak Layak Huni",
  description: "",
  sector: "infrastructure",
  targetGroupText: "keluarga miskin pemilik rumah tdk layak huni",
  areaCodes: [AREAS.kutimVillage],
  startDate: "2026-02-01",
  endDate: "2026-11-30",
  budgetIdr: 1_740_000_000,
  plannedBeneficiaries: 87,
  subKegiatanCode: "1.04.02.2.01.0015",
  subKegiatanName: "Rehabilitasi Rumah Tidak Layak Huni Korban Bencana",
  sourceName: "DPA Dinas PUPR Kutim 2026",
  sourceDate: "2026-01-15",
  ...o,
});

beforeAll(async () => {
  h = await createTestDatabase();
  fx = await seedFixtures(h.db);
});
afterAll(() => h?.close());

describe(`government router (${process.env.TEST_DB_KIND})`, () => {
  it("lets a reviewer enter, edit and delete an activity in their jurisdiction, audited", async () => {
    const reviewer = await as("reviewerKutim");
    const created = await reviewer.government.create(rtlh());
    const got = await reviewer.government.byId({ id: created.id });
    expect(got.agency).toBe("Dinas PUPR Kabupaten Kutai Timur");
    expect(got.description).toContain("Korban Bencana");
    expect(got.areas.map((a) => a.code)).toEqual([AREAS.kutimVillage]);

    const edited = await reviewer.government.update({ ...rtlh({ plannedBeneficiaries: 90 }), id: created.id, version: created.version });
    expect(edited.version).toBe(2);
    expect((await reviewer.government.byId({ id: created.id })).plannedBeneficiaries).toBe(90);
    // A stale version is a conflict, not a silent overwrite.
    await expectTrpcError(reviewer.government.update({ ...rtlh(), id: created.id, version: 1 }), "CONFLICT");

    await reviewer.government.delete({ id: created.id, version: 2 });
    await expectTrpcError(reviewer.government.byId({ id: created.id }), "NOT_FOUND");
    const actions = (await h.db.select().from(auditLog).where(eq(auditLog.targetId, created.id))).map((a) => a.action).sort();
    expect(actions).toEqual(["government.create", "government.delete", "government.update"]);
  });

  it("shows places outside the writer's jurisdiction beside the places field", async () => {
    const reviewer = await as("reviewerKutim");
    const fields = await expectTrpcError(
      reviewer.government.create(rtlh({ ref: "LUAR-1", areaCodes: [AREAS.samarindaWard] })),
      "BAD_REQUEST",
    );
    expect(fields).toEqual({ areaCodes: "errors.outsideJurisdiction" });
    const bad = await expectTrpcError(
      reviewer.government.create(rtlh({ ref: "", funding: "hibah" as never, sourceName: "" })),
      "BAD_REQUEST",
    );
    expect(bad).toMatchObject({
      ref: "errors.governmentRefMissing",
      funding: "errors.governmentFunding",
      sourceName: "errors.governmentSourceMissing",
    });
  });

  it("lets officers and viewers read but never write", async () => {
    const admin = await as("admin");
    const { id, version } = await admin.government.create(rtlh({ ref: "BACA-1" }));
    for (const key of ["officerA", "viewer"] as const) {
      const caller = await as(key);
      expect((await caller.government.byId({ id })).ref).toBe("BACA-1");
      expect((await caller.government.list({ area: AREAS.kutim })).items.map((a) => a.id)).toContain(id);
      await expectTrpcError(caller.government.create(rtlh({ ref: "BACA-2" })), "FORBIDDEN");
      await expectTrpcError(caller.government.update({ ...rtlh(), id, version }), "FORBIDDEN");
      await expectTrpcError(caller.government.delete({ id, version }), "FORBIDDEN");
    }
    await expectTrpcError((await callerFor(h.db, null)).government.list({}), "UNAUTHORIZED");
    // A CSR program's id is not a government activity.
    const [csr] = await h.db.select({ id: programs.id }).from(programs).where(eq(programs.source, "csr")).limit(1);
    if (csr) await expectTrpcError(admin.government.byId({ id: csr.id }), "NOT_FOUND");
    await admin.government.delete({ id, version });
  });

  it("lists, for an officer who asks, only the activities in the places of their company's programs", async () => {
    const admin = await as("admin");
    const kutim = await admin.government.create(rtlh({ ref: "MINE-KUTIM" }));
    const smd = await admin.government.create(
      rtlh({ ref: "MINE-SMD", agency: "Dinas Perkim Kota Samarinda", areaCodes: [AREAS.samarindaWard] }),
    );
    // Company A has a draft in Kaliorang; company B has nothing in Kutai Timur.
    await (
      await as("officerA")
    ).programs.create({
      title: "Bedah rumah warga kurang mampu",
      description: "Perbaikan atap dan dinding rumah warga prasejahtera di Kaliorang.",
      sector: "infrastructure",
      targetGroup: "poor_households",
      targetGroupText: null,
      areaCodes: [AREAS.kutimVillage],
      startDate: "2026-03-01",
      endDate: "2026-10-31",
      budgetIdr: null,
      plannedBeneficiaries: null,
    });
    const mineA = (await (await as("officerA")).government.list({ mine: true, pageSize: 100 })).items.map((a) => a.id);
    expect(mineA).toContain(kutim.id);
    expect(mineA).not.toContain(smd.id);
    const allA = (await (await as("officerA")).government.list({ pageSize: 100 })).items.map((a) => a.id);
    expect(allA).toEqual(expect.arrayContaining([kutim.id, smd.id]));
    // Staff ignore "mine": public budget information, no company places.
    expect((await (await as("viewer")).government.list({ mine: true, pageSize: 100 })).items.map((a) => a.id)).toContain(smd.id);
    await admin.government.delete({ id: kutim.id, version: 1 });
    await admin.government.delete({ id: smd.id, version: 1 });
  });

  it("ranks the activities in the same places for the officer's warning: same sector and alike words first", async () => {
    const admin = await as("admin");
    const house = await admin.government.create(rtlh({ ref: "RANK-RUMAH" }));
    const pkh = await admin.government.create(
      rtlh({
        ref: "RANK-PKH",
        agency: "Kementerian Sosial",
        funding: "apbn",
        title: "Program Keluarga Harapan (PKH)",
        sector: "social",
        targetGroupText: "keluarga penerima manfaat",
        subKegiatanName: null,
        subKegiatanCode: null,
        areaCodes: [AREAS.kutim],
        budgetIdr: 3_000_000_000,
        plannedBeneficiaries: 412,
        sourceName: "Kemensos, data penyaluran 2026",
      }),
    );
    const elsewhere = await admin.government.create(
      rtlh({ ref: "RANK-SMD", agency: "Dinas Perkim Kota Samarinda", areaCodes: [AREAS.samarindaWard] }),
    );
    const old = await admin.government.create(rtlh({ ref: "RANK-2019", startDate: "2019-01-01", endDate: "2019-12-31" }));

    const officer = await as("officerA");
    const found = await officer.government.nearby({
      areaCodes: [AREAS.kutimVillage],
      startDate: "2026-06-01",
      endDate: "2026-12-31",
      sector: "infrastructure",
      title: "bedah rumah warga kurang mampu",
    });
    const ids = found.map((a) => a.id);
    // The regency-wide PKH touches the village; the Samarinda one and the 2019 one do not match place or period.
    expect(ids).toEqual([house.id, pkh.id]);
    expect(found[0]?.sameSector).toBe(true);
    expect(found[0]?.similarity).toBeGreaterThan(found[1]?.similarity ?? 1);
    expect(ids).not.toContain(elsewhere.id);
    expect(ids).not.toContain(old.id);

    // Without a period every year counts; the limit holds.
    const any = await officer.government.nearby({ areaCodes: [AREAS.kutimVillage], limit: 2 });
    expect(any).toHaveLength(2);
    const all = await officer.government.nearby({ areaCodes: [AREAS.kutimVillage] });
    expect(all.map((a) => a.id)).toContain(old.id);
  });

  it("previews an upload without saving, then saves it on confirm; a row outside the jurisdiction is named", async () => {
    const csv = [
      "ref,agency,funding,title,description,sector,target_group,locations,start_date,end_date,budget_idr,beneficiaries,source_name",
      'KUTIM-RTLH-9,Dinas PUPR Kab. Kutai Timur,APBD Kabupaten,Rehabilitasi RTLH Kaliorang,,infrastruktur,keluarga miskin,"Desa Kaliorang, Kab. Kutai Timur",01/03/2026,30/11/2026,"Rp 870.000.000",29 unit,DPA PUPR Kutim 2026',
      'SMD-1,Dinas Perkim Kota Samarinda,APBD Kota,Bedah rumah Rawa Makmur,,infrastruktur,keluarga miskin,"Rawa Makmur, Kota Samarinda",01/03/2026,30/11/2026,"500 jt",12,DPA Perkim 2026',
    ].join("\n");
    const file = { filename: "kegiatan pemerintah 2026.csv", contentBase64: Buffer.from(csv).toString("base64") };
    const reviewer = await as("reviewerKutim");
    const before = (await reviewer.government.list({ q: "KUTIM-RTLH-9" })).total;
    const preview = await reviewer.government.importPreview(file);
    expect(preview.saved).toBe(false);
    expect(preview.rows.map((r) => r.status)).toEqual(["ok", "error"]);
    const outside = preview.rows[1]?.messages.find((m) => m.level === "error");
    expect(outside?.row).toBe(3);
    expect(outside?.message).toBe("errors.governmentOutsideJurisdiction");
    expect((await reviewer.government.list({ q: "KUTIM-RTLH-9" })).total).toBe(before);

    // The whole file is refused while a row is wrong; the valid rows are saved when asked.
    expect((await reviewer.government.importConfirm(file)).saved).toBe(false);
    const saved = await reviewer.government.importConfirm({ ...file, skipInvalid: true });
    expect(saved).toMatchObject({ saved: true, created: 1, skipped: 1 });
    const [row] = (await reviewer.government.list({ q: "KUTIM-RTLH-9" })).items;
    expect(row).toMatchObject({ funding: "apbd_regency", budgetIdr: 870_000_000, plannedBeneficiaries: 29 });
    await expectTrpcError((await as("officerA")).government.importPreview(file), "FORBIDDEN");
  });
});
