// Load for the HTTP benchmark: autocannon connections per kind of request, split evenly over the
// instances, with every response's latency kept so p50/p95/p99 are exact for each kind.
import os from "node:os";
import autocannon, { type AutocannonRequest } from "autocannon";

export interface Sessions {
  staff: string;
  officer: string;
}

export interface Kind {
  label: string;
  /** The requests one connection cycles through (several for a create-then-submit). */
  requests: (url: string, s: Sessions) => AutocannonRequest[];
}

export interface Measured {
  label: string;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  load: string;
}

const trpcGet = (proc: string, input: unknown) => `/api/trpc/${proc}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;

const mutation = (url: string, cookie: string, proc: string, body: unknown): AutocannonRequest => ({
  method: "POST",
  path: `/api/trpc/${proc}`,
  headers: { cookie, "content-type": "application/json", origin: url },
  body: JSON.stringify({ json: body }),
});

export interface LiveCheckInput {
  title: string;
  description: string;
  sector: string;
  targetGroup: string;
  areaCodes: string[];
  startDate: string;
  endDate: string;
}

export function kinds(live: LiveCheckInput, scope: string) {
  const page = (label: string, p: string): Kind => ({
    label,
    requests: (_url, s) => [{ method: "GET", path: p, headers: { cookie: s.staff } }],
  });
  const summary: Kind = {
    label: `tRPC dashboard.summary${scope}`,
    requests: (_url, s) => [{ method: "GET", path: trpcGet("dashboard.summary", {}), headers: { cookie: s.staff } }],
  };
  const liveCheck: Kind = {
    label: "live check (tRPC overlaps.check)",
    requests: (_url, s) => [{ method: "GET", path: trpcGet("overlaps.check", live), headers: { cookie: s.officer } }],
  };
  // An officer saves a draft and submits it: two mutations, the second needs the first's id and version.
  const submit: Kind = {
    label: "submit (programs.create + programs.submit)",
    requests: (url, s) => [
      {
        ...mutation(url, s.officer, "programs.create", { ...live, title: `${live.title} (bench)`, budgetIdr: 150_000_000, plannedBeneficiaries: 120 }),
        onResponse: (status, body, ctx) => {
          if (status !== 200) return;
          const saved = (JSON.parse(body) as { result: { data: { json: { id: string; version: number } } } }).result.data.json;
          ctx.id = saved.id;
          ctx.version = saved.version;
        },
      },
      {
        ...mutation(url, s.officer, "programs.submit", {}),
        setupRequest: (req, ctx) =>
          typeof ctx.id === "string" ? { ...req, body: JSON.stringify({ json: { id: ctx.id, version: ctx.version, acknowledgement: { kind: "seen", note: "" } } }) } : null,
      },
    ],
  };
  return { dashboard: page(`/dashboard${scope}`, "/dashboard"), programs: page("/programs", "/programs"), summary, liveCheck, submit };
}

/** Seconds before autocannon gives up on a response and counts a timeout (an error). */
export const TIMEOUT_S = 30;

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
export const loadAverage = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");

/**
 * Runs every group at the same time for `duration` seconds, each with its connections spread
 * over the instances, and measures each group on its own.
 */
export async function runGroups(
  groups: { kind: Kind; connections: number }[],
  urls: string[],
  sessions: Sessions,
  duration: number,
): Promise<Measured[]> {
  const load = loadAverage();
  const runs = groups.map(async ({ kind, connections }) => {
    const latencies: number[] = [];
    let non2xx = 0;
    let failure = "";
    const parts = urls.map((url, i) => {
      const share = Math.floor(connections / urls.length) + (i < connections % urls.length ? 1 : 0);
      if (share === 0) return null;
      // The first failure's answer goes to stderr, so an error count comes with its reason.
      const requests = kind.requests(url, sessions).map((r) => ({
        ...r,
        onResponse: (status: number, body: string, ctx: Record<string, unknown>, headers: Record<string, string>) => {
          if ((status < 200 || status > 299) && !failure) {
            failure = `${r.method ?? "GET"} ${r.path ?? ""} → ${status} ${headers.location ?? ""} ${body.slice(0, 300)}`;
            console.error(`[load] ${kind.label}: ${failure}`);
          }
          r.onResponse?.(status, body, ctx, headers);
        },
      }));
      const inst = autocannon({ url, connections: share, duration, timeout: TIMEOUT_S, requests });
      inst.on("response", (_client: unknown, status: number, _bytes: number, ms: number) => {
        latencies.push(ms);
        if (status < 200 || status > 299) non2xx++;
      });
      return inst;
    });
    const results = await Promise.all(parts.filter((p) => p !== null));
    latencies.sort((a, b) => a - b);
    const seconds = Math.max(...results.map((r) => r.duration));
    return {
      label: kind.label,
      rps: latencies.length / seconds,
      p50: pct(latencies, 50),
      p95: pct(latencies, 95),
      p99: pct(latencies, 99),
      // `errors` already counts timeouts; a 3xx (a redirect to sign-in) counts as an error too.
      errors: non2xx + results.reduce((s, r) => s + r.errors, 0),
      load,
    };
  });
  return Promise.all(runs);
}
