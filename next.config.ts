import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

// next-intl without i18n routing: its request configuration reads the language cookie and the viewer's time zone.
const withNextIntl = createNextIntlPlugin("./server/i18n/request.ts");

const SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  // Legacy twin of the policy's frame-ancestors 'none', for browsers without CSP level 2.
  { key: "X-Frame-Options", value: "DENY" },
  {
    key: "Permissions-Policy",
    value:
      "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), magnetometer=(), gyroscope=(), accelerometer=()",
  },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

const nextConfig: NextConfig = {
  // Native and WASM packages stay outside the bundle and load from node_modules at run time;
  // so does exceljs (spreadsheet import), a large CommonJS package with optional requires, and
  // nodemailer (notification e-mail), which loads its transports with dynamic requires, and
  // pdfkit (the meeting brief as PDF), which reads its built-in font metrics from its own folder,
  // and pg-boss (the job queue), CommonJS that loads pg and its plans at run time.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "pg", "pg-boss", "exceljs", "nodemailer", "pdfkit"],
  poweredByHeader: false,
  typedRoutes: false,
  // The e2e suite's own build (playwright.config.ts) runs right after `npm run typecheck` in
  // `npm test`, so it skips the same check (30-60 s on the CI machine); every other build checks.
  typescript: { ignoreBuildErrors: process.env.SKIP_BUILD_TYPECHECK === "1" },
  // Headers that are the same for every response, static files included. The Content-Security-Policy
  // (with a per-request nonce) and Cache-Control for personal JSON are set in proxy.ts.
  async headers() {
    return [{ source: "/:path*", headers: SECURITY_HEADERS }];
  },
};

export default withNextIntl(nextConfig);
