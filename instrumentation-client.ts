import { config } from "zod";

// Runs in the browser before the app's code. Zod probes `new Function` to decide whether it may
// compile fast parsers; under the Content-Security-Policy (no 'unsafe-eval') that probe is
// refused and reported as a violation, though Zod copes. Jitless skips the probe.
config({ jitless: true });
