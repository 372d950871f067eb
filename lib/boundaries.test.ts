import path from "node:path";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

// The layer rules of eslint.config.mjs, run through ESLint itself on snippets placed (virtually)
// in each folder, so a config change that silently drops a boundary fails here.
const root = path.resolve(import.meta.dirname, "..");
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

async function problems(file: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).filter((m) => m.severity === 2).map((m) => ({ rule: m.ruleId, message: m.message }));
}

const boundary = (why: RegExp) => expect.objectContaining({ rule: "import/no-restricted-paths", message: expect.stringMatching(why) });

describe("layer boundaries (eslint.config.mjs)", { timeout: 60_000 }, () => {
  it("keeps server and database code out of components/, even type-only and relative imports", async () => {
    const found = await problems(
      "components/probe/probe.ts",
      'import type { Database } from "@/server/db";\nimport { companies } from "../../db/schema";\nexport const probe: [Database | null, unknown] = [null, companies];\n',
    );
    expect(found).toEqual([
      boundary(/components\/ is UI that ships to the browser/),
      boundary(/components\/ is UI that ships to the browser/),
    ]);
  });

  it("keeps app/ and components/ out of server/ and db/", async () => {
    const fromServer = await problems("server/probe/probe.ts", 'import { cn } from "@/components/ui/cn";\nexport const probe = cn;\n');
    expect(fromServer).toEqual([boundary(/server\/ and db\/ must not depend on it/)]);
    const fromDb = await problems(
      "db/probe.ts",
      'import { generateMetadata } from "@/app/layout";\nexport const probe = generateMetadata;\n',
    );
    expect(fromDb).toEqual([boundary(/lower layers must not depend on it/)]);
  });

  it("lets lib/ import none of the app's layers, nor React or Next", async () => {
    const found = await problems(
      "lib/probe.ts",
      'import { execute } from "@/db/client";\nimport { cookies } from "next/headers";\nexport const probe = [execute, cookies];\n',
    );
    expect(found).toEqual([
      boundary(/lib\/ is the neutral layer/),
      expect.objectContaining({ rule: "no-restricted-imports", message: expect.stringMatching(/framework|plain TypeScript/) }),
    ]);
  });

  it("lets both sides import lib/", async () => {
    expect(
      await problems("components/probe/probe.ts", 'import { formatRupiah } from "@/lib/format";\nexport const probe = formatRupiah;\n'),
    ).toEqual([]);
    expect(
      await problems(
        "server/probe/probe.ts",
        'import { createTranslator } from "@/lib/i18n/translate";\nexport const probe = createTranslator;\n',
      ),
    ).toEqual([]);
  });
});
