import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Native and WASM packages stay outside the bundle and load from node_modules at run time;
  // so does exceljs (spreadsheet import), a large CommonJS package with optional requires, and
  // nodemailer (notification e-mail), which loads its transports with dynamic requires, and
  // pdfkit (the meeting brief as PDF), which reads its built-in font metrics from its own folder,
  // and pg-boss (the job queue), CommonJS that loads pg and its plans at run time.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "pg", "pg-boss", "exceljs", "nodemailer", "pdfkit"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
