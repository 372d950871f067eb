import { describe, expect, it } from "vitest";

describe("instrumentation-client.ts", () => {
  it("makes Zod jitless without importing it (Zod reads the shared global configuration)", async () => {
    expect((globalThis as { __zod_globalConfig?: { jitless?: boolean } }).__zod_globalConfig?.jitless).not.toBe(true);
    await import("@/instrumentation-client");
    const { config } = await import("zod");
    expect(config().jitless).toBe(true);
  });
});
