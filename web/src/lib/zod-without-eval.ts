import { z } from 'zod';

// The page's CSP has no 'unsafe-eval'. Zod 4 compiles object parsers with `new Function` and,
// to decide whether it may, first probes `Function('')`: under our CSP that probe is refused and
// reported as a violation. Jitless mode parses without generated code and skips the probe.
// The mode is read when a schema is built, so main.tsx imports this first, before any module
// that defines a schema.
z.config({ jitless: true });
