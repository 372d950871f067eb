// A small HTTP client for the instance check: a cookie jar, Auth.js sign-in, tRPC calls.

export class Session {
  private cookies = new Map<string, string>();

  private header() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  private keep(res: Response) {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const i = pair?.indexOf("=") ?? -1;
      if (pair && i > 0) this.cookies.set(pair.slice(0, i), pair.slice(i + 1));
    }
  }

  async fetch(base: string, path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    headers.set("cookie", this.header());
    headers.set("origin", base);
    const res = await fetch(base + path, { ...init, headers, redirect: "manual" });
    this.keep(res);
    return res;
  }

  /** What next-auth/react's signIn("credentials") does: the CSRF token, then the callback. */
  async signIn(base: string, email: string, password: string): Promise<void> {
    const csrf = (await (await this.fetch(base, "/api/auth/csrf")).json()) as { csrfToken: string };
    const body = new URLSearchParams({ email, password, csrfToken: csrf.csrfToken, callbackUrl: base + "/programs" });
    await this.fetch(base, "/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", "x-auth-return-redirect": "1" },
      body,
    });
    if (![...this.cookies.keys()].some((k) => k.includes("session-token"))) throw new Error(`sign-in as ${email} failed`);
  }

  async mutate<T>(base: string, path: string, input: unknown, signal?: AbortSignal): Promise<T> {
    const res = await this.fetch(base, `/api/trpc/${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ json: input }),
      signal,
    });
    return unwrap<T>(res, path);
  }

  async query<T>(base: string, path: string, input: unknown): Promise<T> {
    const q = encodeURIComponent(JSON.stringify({ json: input }));
    return unwrap<T>(await this.fetch(base, `/api/trpc/${path}?input=${q}`), path);
  }
}

async function unwrap<T>(res: Response, path: string): Promise<T> {
  const body = (await res.json()) as { result?: { data: { json: T } }; error?: { json: { message: string } } };
  if (!res.ok || !body.result) throw new Error(`${path}: HTTP ${res.status} ${body.error?.json.message ?? ""}`);
  return body.result.data.json;
}
