import "server-only";

// E-mail settings come from the environment (see the README's configuration table). Pure
// functions of `env`, so they are tested without touching process.env.

export interface SmtpSettings {
  host: string;
  port: number;
  /** TLS from the first byte (port 465); otherwise STARTTLS when the server offers it. */
  secure: boolean;
  auth?: { user: string; pass: string };
  from: string;
}

/** The environment, or a plain object in tests. */
type Env = Record<string, string | undefined>;

const DEFAULT_APP_URL = "http://localhost:3000";

/** The SMTP settings, or null when SMTP_HOST is not set (then no e-mail is sent at all). */
export function smtpSettingsFrom(env: Env): SmtpSettings | null {
  const host = env.SMTP_HOST?.trim();
  if (!host) return null;
  const parsedPort = Number(env.SMTP_PORT);
  const port = Number.isInteger(parsedPort) && parsedPort > 0 && parsedPort < 65536 ? parsedPort : 587;
  const flag = env.SMTP_SECURE?.trim().toLowerCase();
  const secure = flag ? flag === "true" || flag === "1" || flag === "yes" : port === 465;
  const user = env.SMTP_USER?.trim();
  const from = env.SMTP_FROM?.trim() || (user && user.includes("@") ? user : `no-reply@${host}`);
  return { host, port, secure, ...(user ? { auth: { user, pass: env.SMTP_PASSWORD ?? "" } } : {}), from };
}

/** Where the app is reached from outside, without a trailing slash, for links in e-mail. */
export function appUrlFrom(env: Env): string {
  return (env.APP_URL?.trim() || DEFAULT_APP_URL).replace(/\/+$/, "");
}
