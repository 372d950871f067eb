import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { execute } from "@/db/client";
import { createTestDatabase } from "@/server/test/harness";
import { analyzeText, rawWords } from "./text";
import { DEFAULT_THESAURUS } from "./thesaurus.defaults";
import { ensureDefaultThesaurus, loadThesaurus } from "./thesaurus.service";

let h: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  h = await createTestDatabase();
});
afterAll(() => h?.close());

const rows = async () =>
  new Map(
    (
      await execute<{ term: string; concept: string; source: string; is_active: boolean }>(
        h.db,
        sql`SELECT term, concept, source, is_active FROM thesaurus_entries`,
      )
    ).rows.map((r) => [r.term, r]),
  );

describe(`default thesaurus in the database (${process.env.TEST_DB_KIND})`, () => {
  it("has no term twice in the defaults, so that one insert can seed them all", () => {
    const terms = DEFAULT_THESAURUS.map((e) => rawWords(e.term).join(" "));
    expect(new Set(terms).size).toBe(terms.length);
  });

  it("seeds every default, and brings an older database's list up to date on the next start without undoing staff's choices", async () => {
    await ensureDefaultThesaurus(h.db);
    let all = await rows();
    for (const e of DEFAULT_THESAURUS) expect(all.get(e.term.toLowerCase())?.concept, e.term).toBe(e.concept);

    // A database seeded before this list grew: the new terms missing, one of them added by staff
    // with their own concept, and a default that staff switched off.
    await execute(h.db, sql`DELETE FROM thesaurus_entries WHERE term IN ('kakao', 'cokelat', 'tensi', 'kredit usaha rakyat', 'kur')`);
    await execute(h.db, sql`INSERT INTO thesaurus_entries (term, concept, source) VALUES ('kur', 'kredit', 'staff')`);
    await execute(h.db, sql`UPDATE thesaurus_entries SET is_active = false WHERE term = 'coklat'`);

    expect(await ensureDefaultThesaurus(h.db)).toBe(4);
    all = await rows();
    expect(all.get("cokelat")).toMatchObject({ concept: "kakao", source: "default", is_active: true });
    expect(all.get("tensi")).toMatchObject({ concept: "hipertensi", source: "default" });
    expect(all.get("kur")).toMatchObject({ concept: "kredit", source: "staff" });
    expect(all.get("coklat")?.is_active).toBe(false);
    expect(await ensureDefaultThesaurus(h.db)).toBe(0);

    const th = await loadThesaurus(h.db);
    expect(analyzeText("kebun cokelat rakyat", th).map((t) => t.term)).toContain("kakao");
    expect(analyzeText("kebun coklat", th).map((t) => t.term)).not.toContain("kakao");
    expect(analyzeText("cek tensi lansia", th).map((t) => t.term)).toContain("hipertensi");
  });
});
