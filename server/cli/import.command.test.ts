import { mkdtempSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { MAX_IMPORT_BYTES } from "@/server/imports/imports.schemas";
import { EXIT } from "./cli-io";
import { runImportCommand } from "./import.command";

const dir = mkdtempSync(path.join(tmpdir(), "csr-import-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("V1: csr import", () => {
  it("refuses a file over the upload limit before reading it or opening the database", async () => {
    const file = path.join(dir, "besar.csv");
    writeFileSync(file, "ref\n");
    truncateSync(file, MAX_IMPORT_BYTES + 1); // sparse: no disk is spent on the test
    const err: string[] = [];
    let opened = false;
    const code = await runImportCommand(
      {
        io: { out: () => undefined, err: (l) => err.push(l) },
        lang: "en",
        open: async () => {
          opened = true;
          throw new Error("the database must not be opened for an oversized file");
        },
      },
      file,
    );
    expect(code).toBe(EXIT.usage);
    expect(opened).toBe(false);
    expect(err).toEqual([`besar.csv: The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB. Split it into several files.`]);
  });
});
