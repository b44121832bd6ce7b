import { z } from "zod";

/**
 * Zod probes whether it may compile parsers with `new Function` the first time it builds an object schema. In the
 * browser our Content-Security-Policy forbids eval (lib/security/headers.ts), so the probe is reported as a
 * violation: jitless mode skips it. Every schema module imports this first, so it runs before any schema is made.
 */
z.config({ jitless: true });
