import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

/** Debian's Chromium when present (CHROMIUM_PATH overrides), else Playwright's own download if one exists. */
export function chromiumExecutable(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  const system = CANDIDATES.find((p) => existsSync(p));
  if (system) return system;
  const bundled = chromium.executablePath();
  return existsSync(bundled) ? bundled : undefined;
}
