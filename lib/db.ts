import "server-only";
import { env } from "./env";
import { createPrismaClient } from "./prisma-client";

// Kept on globalThis in every mode: a Turbopack production build otherwise makes one client for pages and
// actions and another for route handlers, and development hot reloads would open a new one on every edit.
const globalForPrisma = globalThis as unknown as { quorumPrisma?: ReturnType<typeof createPrismaClient> };

export const db = globalForPrisma.quorumPrisma ?? createPrismaClient(env().databaseUrl);
globalForPrisma.quorumPrisma = db;
