// A readable diff between two submitted versions of a program. Pure functions.

export interface ProgramSnapshot {
  ref: string;
  title: string;
  description: string;
  sector: string;
  targetGroup: string | null;
  /** Absent in snapshots taken before the words were kept. */
  targetGroupText?: string | null;
  startDate: string;
  endDate: string;
  budgetIdr: number | null;
  plannedBeneficiaries: number | null;
  priorityProgramName: string | null;
  areas: { code: string; name: string }[];
}

export type Segment = { op: "same" | "add" | "del"; text: string };

export type FieldChange =
  | { field: "title" | "description"; kind: "text"; segments: Segment[] }
  | {
      field:
        | "ref"
        | "sector"
        | "targetGroup"
        | "targetGroupText"
        | "startDate"
        | "endDate"
        | "budgetIdr"
        | "plannedBeneficiaries"
        | "priorityProgramName";
      kind: "value";
      before: string | number | null;
      after: string | number | null;
    }
  | { field: "areas"; kind: "areas"; added: { code: string; name: string }[]; removed: { code: string; name: string }[] };

/** Word-level diff (longest common subsequence); each word carries the space after it. */
export function diffWords(before: string, after: string): Segment[] {
  const a = before.match(/\S+\s*/g) ?? [];
  const b = after.match(/\S+\s*/g) ?? [];
  const n = a.length;
  const m = b.length;
  const lcs: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    const row = lcs[i] as Uint32Array;
    const next = lcs[i + 1] as Uint32Array;
    for (let j = m - 1; j >= 0; j--) row[j] = a[i] === b[j] ? (next[j + 1] ?? 0) + 1 : Math.max(next[j] ?? 0, row[j + 1] ?? 0);
  }
  const out: Segment[] = [];
  const push = (op: Segment["op"], text: string) => {
    const last = out[out.length - 1];
    if (last && last.op === op) last.text += text;
    else out.push({ op, text });
  };
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      push("same", a[i] as string);
      i++;
      j++;
    } else if ((lcs[i + 1]?.[j] ?? 0) >= (lcs[i]?.[j + 1] ?? 0)) push("del", a[i++] as string);
    else push("add", b[j++] as string);
  }
  while (i < n) push("del", a[i++] as string);
  while (j < m) push("add", b[j++] as string);
  return out;
}

const VALUE_FIELDS = [
  "ref",
  "sector",
  "targetGroup",
  "targetGroupText",
  "startDate",
  "endDate",
  "budgetIdr",
  "plannedBeneficiaries",
  "priorityProgramName",
] as const;

/** What changed from one version to the next, field by field; unchanged fields are left out. */
export function diffSnapshots(before: ProgramSnapshot, after: ProgramSnapshot): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of ["title", "description"] as const) {
    if (before[field] !== after[field]) changes.push({ field, kind: "text", segments: diffWords(before[field], after[field]) });
  }
  for (const field of VALUE_FIELDS) {
    // Absent (a snapshot from before the words were kept) and null both mean none.
    const [was, is] = [before[field] ?? null, after[field] ?? null];
    if (was !== is) changes.push({ field, kind: "value", before: was, after: is });
  }
  const had = new Set(before.areas.map((a) => a.code));
  const has = new Set(after.areas.map((a) => a.code));
  const added = after.areas.filter((a) => !had.has(a.code));
  const removed = before.areas.filter((a) => !has.has(a.code));
  if (added.length || removed.length) changes.push({ field: "areas", kind: "areas", added, removed });
  return changes;
}
