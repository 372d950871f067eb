// App instances for the HTTP benchmark: `next start` of the worktree's production build, started
// from node_modules/.bin/next so the child's PID is the server's own, and signed in over HTTP
// exactly as a browser does (Auth.js credentials flow).
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

export interface Instance {
  port: number;
  url: string;
  child: ChildProcess;
  stop: () => Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Starts `next start` of the build in `dir` on 127.0.0.1:port and waits until GET /sign-in answers 200 (bounded). */
export async function startInstance(dir: string, port: number, env: Record<string, string>, log: (m: string) => void): Promise<Instance> {
  const bin = path.join(dir, "node_modules", ".bin", "next");
  const child = spawn(bin, ["start", "-H", "127.0.0.1", "-p", String(port)], {
    cwd: dir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const keep = (b: Buffer) => {
    output = (output + b.toString()).slice(-4000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((r) => child.once("exit", () => r()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill("SIGTERM");
    const done = await Promise.race([exited.then(() => true), sleep(5000).then(() => false)]);
    if (!done) {
      child.kill("SIGKILL");
      await exited;
    }
  };
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start on ${port} exited (${child.exitCode}):\n${output}`);
    try {
      const res = await fetch(`${url}/sign-in`, { signal: AbortSignal.timeout(30_000) });
      if (res.status === 200) {
        log(`[server] ${url} ready (pid ${child.pid})`);
        return { port, url, child, stop };
      }
    } catch {
      // not listening yet
    }
    await sleep(500);
  }
  await stop();
  throw new Error(`next start on ${port} not ready after 180 s:\n${output}`);
}

function cookiesOf(res: Response): string[] {
  return res.headers.getSetCookie().map((c) => c.split(";")[0] ?? "");
}

/** Signs in through /api/auth/csrf and /api/auth/callback/credentials; returns the Cookie header to send. */
export async function signIn(url: string, email: string, password: string): Promise<string> {
  const csrfRes = await fetch(`${url}/api/auth/csrf`);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const csrfCookies = cookiesOf(csrfRes);
  const res = await fetch(`${url}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookies.join("; "), origin: url },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: `${url}/` }).toString(),
  });
  const session = cookiesOf(res).filter((c) => c.includes("session-token") && !c.endsWith("="));
  if (session.length === 0) throw new Error(`sign-in of ${email} failed: HTTP ${res.status} ${res.headers.get("location") ?? ""}`);
  return session.join("; ");
}
