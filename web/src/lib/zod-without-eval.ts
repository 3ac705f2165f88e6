import { config } from 'zod/v4/core';

// The page's CSP has no 'unsafe-eval'. Zod 4 compiles object parsers with `new Function` and,
// to decide whether it may, first probes `Function('')`: under our CSP that probe is refused and
// reported as a violation. Jitless mode parses without generated code and skips the probe.
// The mode is read when a schema is built, so it must be set before any module defines one:
// vite.config.ts resolves every `from 'zod'` in the web build (ours and contracts/') to this
// module, which sets it and then hands out zod itself. Zod so loads with the first code that
// uses it, never with the first screen (see bench/README.md, "JavaScript before the first screen").
config({ jitless: true });

export * from 'zod/v4';
