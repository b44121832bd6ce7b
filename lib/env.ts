import "server-only";
import { z } from "zod";
import { resolveDatabaseUrl } from "./env-db";

/** The only module that reads the app's environment. Validated once, at first use. */
const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().optional(),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters (npm start makes one for you)").optional(),
});

let cached: { nodeEnv: string; databaseUrl: string; authSecret: string | undefined } | null = null;

export function env() {
  if (cached) return cached;
  const parsed = EnvSchema.safeParse(process.env);
  if (!parsed.success) {
    throw new Error("Invalid environment: " + parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
  }
  cached = {
    nodeEnv: parsed.data.NODE_ENV,
    databaseUrl: resolveDatabaseUrl(parsed.data.DATABASE_URL),
    authSecret: parsed.data.AUTH_SECRET,
  };
  return cached;
}
