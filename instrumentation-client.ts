// Runs in the browser before the app's code. Zod probes `new Function` to decide whether it may
// compile fast parsers; under the Content-Security-Policy (no 'unsafe-eval') that probe is
// refused and reported as a violation, though Zod copes. Jitless skips the probe.
//
// Set where Zod keeps its global configuration (globalThis.__zod_globalConfig, which every copy
// of Zod shares and reads when it loads) rather than through `config()` from "zod": importing Zod
// here would put it in every page's JavaScript, the dashboard's too, which uses no Zod.
// lib/zod-jitless.test.ts checks that Zod reads it.
const zodHolder = globalThis as { __zod_globalConfig?: Record<string, unknown> };
zodHolder.__zod_globalConfig = Object.assign(zodHolder.__zod_globalConfig ?? {}, { jitless: true });

export {};
