import type { IcuMessages, Locale, MessageKey, Translate, TranslateParams } from "./core";

// A translator for the part of ICU this app's catalogs use: `{name}`, `{n, plural, =1 {…} other {…}}`
// (with `#`) and `{x, select, …}`, and `''` for an apostrophe (lib/i18n/core.ts doubles every
// apostrophe). For pages whose client components need a few messages only (the dashboard): its
// JavaScript then carries a page of code instead of use-intl and the ICU message parser (about
// 13 KB compressed). A message with anything else (number or date skeletons, rich-text tags) is
// refused; lib/i18n/plain-format.test.ts checks that every message these pages get formats as use-intl does.

type Part = string | { arg: string } | { arg: string; kind: "plural" | "select"; options: Record<string, Part[]> } | { hash: true };

export class UnsupportedMessage extends Error {}

function parse(message: string): Part[] {
  let i = 0;
  const fail = (why: string): never => {
    throw new UnsupportedMessage(`${why} at ${i} in ${JSON.stringify(message)}`);
  };
  const skipSpace = () => {
    while (i < message.length && /\s/.test(message[i]!)) i++;
  };
  const word = () => {
    skipSpace();
    const m = /^[^\s,{}]+/.exec(message.slice(i));
    if (!m) fail("expected a word");
    i += m![0].length;
    skipSpace();
    return m![0];
  };
  const parts = (inPlural: boolean, nested: boolean): Part[] => {
    const out: Part[] = [];
    let text = "";
    const flush = () => {
      if (text) out.push(text);
      text = "";
    };
    while (i < message.length) {
      const c = message[i]!;
      if (c === "'" && message[i + 1] === "'") {
        text += "'";
        i += 2;
      } else if (c === "'" && /[{}#|]/.test(message[i + 1] ?? "")) {
        fail("quoted literal");
      } else if (c === "{") {
        flush();
        i++;
        const arg = word();
        if (message[i] === "}") {
          i++;
          out.push({ arg });
          continue;
        }
        if (message[i] !== ",") fail("expected , or }");
        i++;
        const kind = word();
        if (kind !== "plural" && kind !== "select") fail(`argument type ${kind}`);
        if (message[i] !== ",") fail("expected ,");
        i++;
        const options: Record<string, Part[]> = {};
        for (;;) {
          skipSpace();
          if (message[i] === "}") {
            i++;
            break;
          }
          const key = word();
          if (key.startsWith("offset:")) fail("plural offset");
          if (message[i] !== "{") fail("expected {");
          i++;
          options[key] = parts(kind === "plural", true);
          if (message[i] !== "}") fail("expected }");
          i++;
        }
        if (!options.other) fail("no other option");
        out.push({ arg, kind: kind as "plural" | "select", options });
      } else if (c === "}") {
        if (!nested) fail("stray }");
        break;
      } else if (c === "#" && inPlural) {
        flush();
        out.push({ hash: true });
        i++;
      } else if (c === "<") {
        fail("rich text tag");
      } else {
        text += c;
        i++;
      }
    }
    flush();
    return out;
  };
  const result = parts(false, false);
  if (i < message.length) fail("unexpected }");
  return result;
}

const parsed = new Map<string, Part[]>();

class MissingValue extends Error {}

function render(parts: Part[], locale: Locale, params: TranslateParams, plural?: number): string {
  let out = "";
  for (const p of parts) {
    if (typeof p === "string") out += p;
    else if ("hash" in p) out += new Intl.NumberFormat(locale).format(plural ?? 0);
    else {
      const value = params[p.arg];
      if (value === undefined) throw new MissingValue(`The intl string context variable "${p.arg}" was not provided`);
      if (!("kind" in p)) out += String(value);
      else if (p.kind === "select") out += render(p.options[String(value)] ?? p.options.other!, locale, params, plural);
      else {
        const n = Number(value);
        const branch = p.options[`=${n}`] ?? p.options[new Intl.PluralRules(locale).select(n)] ?? p.options.other!;
        out += render(branch, locale, params, n);
      }
    }
  }
  return out;
}

/** One message formatted; throws UnsupportedMessage for ICU this formatter does not know. */
export function formatPlain(locale: Locale, message: string, params: TranslateParams = {}): string {
  let parts = parsed.get(message);
  if (!parts) {
    parts = parse(message);
    parsed.set(message, parts);
  }
  return render(parts, locale, params);
}

function lookup(messages: IcuMessages, key: string): string | undefined {
  let node: string | IcuMessages | undefined = messages;
  for (const part of key.split(".")) node = typeof node === "object" && Object.hasOwn(node, part) ? node[part] : undefined;
  return typeof node === "string" ? node : undefined;
}

/**
 * A translator over part of one language's catalog, as the use-intl one behaves: a missing key is
 * shown as the key; a message that cannot be formatted (a missing value) is reported on the
 * console and shown as its key.
 */
export function plainTranslator(locale: Locale, messages: IcuMessages): Translate {
  const t = ((key: MessageKey, params?: TranslateParams) => {
    const message = lookup(messages, key);
    if (message === undefined) return key;
    try {
      return formatPlain(locale, message, params);
    } catch (err) {
      console.error(err instanceof Error ? err.message : err);
      return key;
    }
  }) as Translate;
  t.has = (key: string) => lookup(messages, key) !== undefined;
  return t;
}

/** The arguments a message takes, with how each is used (for tests that try every branch). */
export function argumentsOf(message: string): Map<string, { plural: boolean; select: string[] }> {
  const out = new Map<string, { plural: boolean; select: string[] }>();
  const walk = (parts: Part[]) => {
    for (const p of parts) {
      if (typeof p === "string" || "hash" in p) continue;
      const a = out.get(p.arg) ?? { plural: false, select: [] };
      out.set(p.arg, a);
      if ("kind" in p) {
        if (p.kind === "plural") a.plural = true;
        else a.select.push(...Object.keys(p.options));
        Object.values(p.options).forEach(walk);
      }
    }
  };
  walk(parse(message));
  return out;
}
