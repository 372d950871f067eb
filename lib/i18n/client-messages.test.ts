import path from "node:path";
import { describe, expect, it } from "vitest";
import { clientBoundaries, messageKeysIn, reachableFiles, root } from "@/lib/testing/import-graph";
import { DASHBOARD_MESSAGES, ROOT_MESSAGES } from "./client-messages";
import { mergeMessages, pickMessages, type IcuMessages } from "./core";
import { messagesFor } from "./translate";

// The pages whose layouts send part of the catalog (lib/i18n/client-messages.ts) get every
// message their client components ask for: each key or key prefix found in those components and
// the modules they import is in one of the groups sent. A `t(variable)` with the key from
// elsewhere cannot be checked here: such pages get the whole catalog (the (app) and sign-in layouts).

const abs = (p: string) => path.join(root, p);
const catalog = messagesFor("id");

function isInCatalog(key: string): boolean {
  let node: string | IcuMessages | undefined = catalog;
  for (const part of key.replace(/\.$/, "").split(".")) node = typeof node === "object" ? node[part] : undefined;
  return node !== undefined;
}

/** What the client components rendered from `entries` ask for and `sent` does not cover, and the `t(…)` calls with a key from elsewhere. */
function uncovered(entries: string[], sent: readonly string[]) {
  const files = reachableFiles(clientBoundaries(entries.map(abs)));
  const missing = new Set<string>();
  const dynamic: string[] = [];
  const covers = (key: string) => sent.some((s) => key === s || key.startsWith(`${s}.`));
  for (const file of files) {
    const found = messageKeysIn(file);
    for (const key of found.keys) if (isInCatalog(key) && !covers(key)) missing.add(key);
    for (const prefix of found.prefixes) if (isInCatalog(prefix) && !covers(prefix.slice(0, -1))) missing.add(prefix);
    // The translator itself passes keys on; its callers' keys are what is checked.
    if (path.relative(root, file) !== "lib/i18n/core.ts")
      dynamic.push(...found.dynamic.map((d) => `${path.relative(root, file)}: t(${d})`));
  }
  return { files: files.length, missing: [...missing].sort(), dynamic };
}

const DASHBOARD_PAGES = ["page.tsx", "matrix/page.tsx", "brief/page.tsx", "present/page.tsx"].map((p) => `app/(dashboard)/dashboard/${p}`);

describe("the messages a page's layouts send", () => {
  it("cover every key the dashboard's client components use (the page, matrix, brief, slides, the frame)", () => {
    const r = uncovered(["app/layout.tsx", "app/(dashboard)/layout.tsx", ...DASHBOARD_PAGES], [...ROOT_MESSAGES, ...DASHBOARD_MESSAGES]);
    expect(r.files).toBeGreaterThan(10);
    expect(r.missing).toEqual([]);
    expect(r.dynamic).toEqual([]);
  });

  it("cover every key the client components under the root layout alone use (the error page, the public pages)", () => {
    const r = uncovered(
      ["app/layout.tsx", "app/error.tsx", "app/not-found.tsx", "app/public/page.tsx", "app/public/not-found.tsx"],
      ROOT_MESSAGES,
    );
    expect(r.files).toBeGreaterThan(2);
    expect(r.missing).toEqual([]);
    expect(r.dynamic).toEqual([]);
  });

  it("would see a group left out of the list, and a key taken from a variable", () => {
    const r = uncovered(
      ["app/(dashboard)/layout.tsx", "app/(dashboard)/dashboard/page.tsx"],
      [...ROOT_MESSAGES, ...DASHBOARD_MESSAGES.filter((k) => k !== "sectors" && k !== "companyPicker")],
    );
    expect(r.missing).toEqual(expect.arrayContaining(["companyPicker.clear", "sectors."]));
    expect(uncovered(["app/(auth)/sign-in/page.tsx"], ["auth", "common", "errors"]).dynamic).toEqual([
      expect.stringContaining("app/(auth)/sign-in/sign-in-form.tsx: t(issue.message"),
    ]);
  });

  it("send the dashboard a small part of the catalog", () => {
    const whole = JSON.stringify(catalog).length;
    const sent = JSON.stringify(mergeMessages(messagesFor("id", ROOT_MESSAGES), messagesFor("id", DASHBOARD_MESSAGES))).length;
    expect(sent).toBeLessThan(whole / 10);
  });
});

describe("pickMessages and mergeMessages", () => {
  const m: IcuMessages = { a: { x: "1", y: { z: "2" } }, b: "3", c: { d: "4" } };

  it("pick whole groups and single messages, and skip keys the catalog lacks", () => {
    expect(pickMessages(m, ["a.y", "b", "c.d", "nope", "a.nope"])).toEqual({ a: { y: { z: "2" } }, b: "3", c: { d: "4" } });
    expect(pickMessages(m, ["a.x", "a.y.z"])).toEqual({ a: { x: "1", y: { z: "2" } } });
  });

  it("merge groups key by key without changing either side", () => {
    const base: IcuMessages = { a: { x: "1" }, b: "3" };
    expect(mergeMessages(base, { a: { y: { z: "2" } }, c: { d: "4" } })).toEqual({ a: { x: "1", y: { z: "2" } }, b: "3", c: { d: "4" } });
    expect(base).toEqual({ a: { x: "1" }, b: "3" });
  });
});
