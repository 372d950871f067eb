import { describe, expect, it } from "vitest";
import type { Cell, SheetRow } from "@/server/imports/cells";
import { codeLevel, readCodeHierarchy } from "./code-hierarchy";

const rows = (...lines: Cell[][]): SheetRow[] => lines.map((cells, i) => ({ row: 5 + i, cells }));

describe("a budget document's program, kegiatan and sub kegiatan lines", () => {
  it("knows the level of a nomenclature code", () => {
    expect(["1", "1.06", "1.06.06", "X.XX.01", "1.06.06.1.01", "1.06.06.1.01.0001", "1.06.06.2.01.01"].map(codeLevel)).toEqual([1, 2, 3, 3, 5, 6, 6]);
    expect(["ALFA-25-001", "2026", "1.2.3.4.5.6.7", "", "12.06"].map(codeLevel)).toEqual([null, null, null, null, null]);
  });

  it("makes the lines above the sub kegiatan their parents, and names them on each", () => {
    const h = readCodeHierarchy(
      rows(
        ["1.06", "URUSAN SOSIAL"],
        ["1.06.06", "PROGRAM PENANGANAN FAKIR MISKIN"],
        ["1.06.06.1.01", "Pengelolaan Data Fakir Miskin"],
        ["1.06.06.1.01.0001", "Pendataan Fakir Miskin"],
        ["1.06.06.1.01.0002", "Verifikasi data"],
        ["1.06.05.1.01.0002", "Rehabilitasi RTLH"], // under another program: no parent named
      ),
      0,
      1,
    );
    expect(h.parentRows).toEqual([5, 6, 7]);
    expect(h.contextOf.get(8)).toEqual({
      programCode: "1.06.06",
      programName: "PROGRAM PENANGANAN FAKIR MISKIN",
      kegiatanCode: "1.06.06.1.01",
      kegiatanName: "Pengelolaan Data Fakir Miskin",
    });
    expect(h.contextOf.get(9)?.kegiatanCode).toBe("1.06.06.1.01");
    expect(h.contextOf.get(10)).toEqual({ programCode: null, programName: null, kegiatanCode: null, kegiatanName: null });
  });

  it("leaves a table without sub kegiatan, or without a code column, as it is", () => {
    const kegiatanOnly = rows(["1.06.06", "PROGRAM"], ["1.06.06.1.01", "Kegiatan A"], ["1.06.06.1.02", "Kegiatan B"]);
    expect(readCodeHierarchy(kegiatanOnly, 0, 1).parentRows).toEqual([]);
    expect(readCodeHierarchy(rows(["1.06.06.1.01.0001", "x"]), undefined, 1).parentRows).toEqual([]);
  });
});
