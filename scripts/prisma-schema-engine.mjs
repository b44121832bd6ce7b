#!/usr/bin/env node
// A stand-in for Prisma's native schema engine binary, for machines that cannot download it.
//
// The Prisma CLI (prisma.config.ts points PRISMA_SCHEMA_ENGINE_BINARY here) starts this program exactly as it
// would start the native engine. We run the official engine's WebAssembly build (@prisma/schema-engine-wasm, same
// engine hash as prisma 7.10.0) over a driver adapter (better-sqlite3 for file: URLs, pg for postgresql:// URLs,
// docs/decisions/018) and speak the native engine's protocol:
// `--version`, `cli <command>` one-shots, and line-delimited JSON-RPC 2.0 on stdin/stdout.
// docs/decisions/001-prisma-offline-schema-engine.md explains why, and each workaround below is a pitfall that
// was found and verified against the native engine's behaviour.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const ENGINE_HASH = "0edf323efd1d98336f3f0a68684b56f689b900d3";

function parseArgs(argv) {
  const args = { datamodels: [], datasource: null, cli: null, version: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--version" || a === "-V") args.version = true;
    else if (a === "--datasource") args.datasource = JSON.parse(argv[++i]);
    else if (a === "--datamodels" || a === "-d") args.datamodels.push(argv[++i]);
    else if (a === "--enabled-preview-features" || a === "--extension-types") i++;
    else if (a === "cli") args.cli = argv[++i];
  }
  return args;
}

const args = parseArgs(process.argv.slice(2));

if (args.version) {
  process.stdout.write(`schema-engine-cli ${ENGINE_HASH}\n`);
  process.exit(0);
}

function datasourceUrl() {
  const url = args.datasource?.url;
  if (!url) return null;
  return url;
}

function isPostgresUrl(url) {
  return /^postgres(ql)?:\/\//i.test(url ?? "");
}

function sqlitePath(url) {
  if (!url.startsWith("file:")) {
    throw Object.assign(new Error(`This stand-in engine supports SQLite (file:) and PostgreSQL (postgresql://) URLs, not ${url.split(":")[0]}:`), {
      errorCode: "P1013",
    });
  }
  const p = url.slice("file:".length).replace(/\?.*$/, "");
  return path.resolve(process.cwd(), p);
}

// The CLI skips the first stderr line of a one-shot command, then parses JSON log lines.
function failOneShot(message, errorCode) {
  process.stderr.write("schema-engine stand-in\n");
  process.stderr.write(
    JSON.stringify({ level: "ERROR", target: "schema_engine::logger", fields: { message, error_code: errorCode } }) + "\n",
  );
  process.exit(1);
}

// PostgreSQL: discrete settings, never a connection string, for the adapter (a connection string would override
// the shadow database's name, so its replay would run in the main database). `?schema=` is Prisma's, not pg's.
function postgresSettings(url) {
  const { parse } = require(require.resolve("pg-connection-string", { paths: [path.dirname(require.resolve("pg"))] }));
  const parsed = { ...parse(url) };
  const schema = parsed.schema || undefined;
  for (const key of ["schema", "sslmode", "connection_limit", "pool_timeout", "connect_timeout", "options"]) delete parsed[key];
  const settings = Object.fromEntries(Object.entries(parsed).filter(([, v]) => v !== undefined && v !== null && v !== ""));
  if (settings.port) settings.port = Number(settings.port);
  return { settings, schema };
}

function quoteIdent(name) {
  return `"${String(name).replace(/"/g, '""')}"`;
}

// The maintenance database, for CREATE/DROP DATABASE: the main one cannot create or drop itself.
async function withMaintenanceClient(settings, fn) {
  const { Client } = require("pg");
  let lastError;
  for (const database of ["postgres", "template1"]) {
    const client = new Client({ ...settings, database });
    try {
      await client.connect();
    } catch (err) {
      lastError = err;
      continue;
    }
    try {
      return await fn(client);
    } finally {
      await client.end().catch(() => {});
    }
  }
  throw lastError;
}

function postgresErrorCode(err) {
  if (err?.code === "3D000") return "P1003"; // database does not exist
  if (err?.code === "28P01" || err?.code === "28000") return "P1000"; // authentication failed
  if (err?.code === "ECONNREFUSED" || err?.code === "ENOTFOUND" || err?.code === "ETIMEDOUT") return "P1001";
  return "P1000";
}

async function postgresOneShot(command, url) {
  const { settings } = postgresSettings(url);
  const { Client } = require("pg");
  try {
    switch (command) {
      case "can-connect-to-database": {
        const client = new Client(settings);
        await client.connect();
        await client.end();
        return;
      }
      case "create-database":
        await withMaintenanceClient(settings, (c) => c.query(`CREATE DATABASE ${quoteIdent(settings.database)}`));
        return;
      case "drop-database":
        await withMaintenanceClient(settings, (c) => c.query(`DROP DATABASE IF EXISTS ${quoteIdent(settings.database)} WITH (FORCE)`));
        return;
      default:
        failOneShot(`Unknown cli command: ${command}`, "P1000");
    }
  } catch (err) {
    const code = postgresErrorCode(err);
    const where = `${settings.host ?? "localhost"}:${settings.port ?? 5432}`;
    const message =
      code === "P1003"
        ? `Database \`${settings.database}\` does not exist on the database server at \`${where}\`.`
        : code === "P1001"
          ? `Can't reach database server at \`${where}\`: ${err.message}`
          : err.message;
    failOneShot(message, code);
  }
}

if (args.cli && isPostgresUrl(datasourceUrl())) {
  await postgresOneShot(args.cli, datasourceUrl());
  process.exit(0);
}

if (args.cli) {
  try {
    const file = sqlitePath(datasourceUrl() ?? "");
    switch (args.cli) {
      case "can-connect-to-database":
        if (!fs.existsSync(file)) failOneShot(`Database ${path.basename(file)} does not exist at ${file}`, "P1003");
        process.exit(0);
        break;
      case "create-database": {
        fs.mkdirSync(path.dirname(file), { recursive: true });
        const Database = require("better-sqlite3");
        new Database(file).close();
        process.exit(0);
        break;
      }
      case "drop-database":
        removeSqliteFiles(file);
        process.exit(0);
        break;
      default:
        failOneShot(`Unknown cli command: ${args.cli}`, "P1000");
    }
  } catch (err) {
    failOneShot(err.message, err.errorCode ?? "P1000");
  }
}

function removeSqliteFiles(file) {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
}

// ---------------------------------------------------------------------------------------------------------------
// The WebAssembly engine.

let lastPanic = null;
globalThis.PRISMA_WASM_PANIC_REGISTRY = {
  set_message(message) {
    lastPanic = message;
  },
};

async function loadWasm() {
  // The package's entry imports the .wasm file directly, which Node 20 cannot do: instantiate it ourselves.
  const bgPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const bg = await import(bgPath);
  const bytes = fs.readFileSync(path.join(path.dirname(bgPath), "schema_engine_bg.wasm"));
  const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), { "./schema_engine_bg.js": bg });
  bg.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  return bg;
}

// The native engine runs parameterless statements as scripts; the adapter's executeRaw runs one statement only,
// so shadow-database replays of multi-statement migrations fail ("contains more than one statement").
// With `wholeScript` (PostgreSQL), executeScript also sends the script as one simple query, as the native engine does:
// the adapter's own splits on ";" (breaking $$ bodies and losing the script's implicit transaction).
function scriptAwareAdapter(adapter, wholeScript = false) {
  return new Proxy(adapter, {
    get(target, prop, receiver) {
      if (wholeScript && prop === "executeScript") {
        return async (script) => {
          try {
            await target.client.query(script);
          } catch (err) {
            target.onError(err);
          }
        };
      }
      if (prop === "executeRaw") {
        return (query) =>
          query && (!query.args || query.args.length === 0) ? receiver.executeScript(query.sql).then(() => 0) : target.executeRaw(query);
      }
      const value = Reflect.get(target, prop, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/**
 * The engine's adapter factory over a driver's: every connection wrapped by `wrap` and kept, so that `disposeAll`
 * closes them; `shadow` makes the shadow database's connection when the driver's own cannot.
 */
function trackedFactory(base, wrap, shadow) {
  const { bindMigrationAwareSqlAdapterFactory } = require("@prisma/driver-adapter-utils");
  const opened = [];
  const track = (a) => {
    opened.push(a);
    return a;
  };
  const wrapped = {
    provider: base.provider,
    adapterName: base.adapterName,
    async connect() {
      return track(wrap(await base.connect()));
    },
    async connectToShadowDb() {
      return track(shadow ? await shadow() : wrap(await base.connectToShadowDb()));
    },
  };
  return {
    factory: bindMigrationAwareSqlAdapterFactory(wrapped),
    async disposeAll() {
      for (const a of opened.splice(0)) await a.dispose().catch(() => {});
    },
  };
}

function makeAdapterFactory(file) {
  const { PrismaBetterSqlite3 } = require("@prisma/adapter-better-sqlite3");
  // The native engine writes epoch-ms timestamps into _prisma_migrations on SQLite.
  const factory = new PrismaBetterSqlite3({ url: file }, { timestampFormat: "unixepoch-ms" });
  return trackedFactory(factory, (a) => scriptAwareAdapter(a));
}

// pg reports PostgreSQL's one-byte "char" type (OID 18, e.g. pg_constraint.contype in the engine's schema reads)
// with a type the adapter cannot map ("Column type 'char' could not be deserialized"): the engine reads it as text.
let charAsTextInstalled = false;
function readCharAsText() {
  if (charAsTextInstalled) return;
  charAsTextInstalled = true;
  const pg = require("pg");
  const original = pg.Client.prototype.query;
  const patch = (res) => {
    for (const field of res?.fields ?? []) if (field.dataTypeID === 18) field.dataTypeID = 25;
    return res;
  };
  // pg-pool calls client.query with a callback; the adapter's transactions call it for a promise.
  pg.Client.prototype.query = function query(...queryArgs) {
    const last = queryArgs.length - 1;
    if (typeof queryArgs[last] === "function") {
      const callback = queryArgs[last];
      queryArgs[last] = (err, res) => callback(err, err ? res : patch(res));
    } else if (queryArgs[0] && typeof queryArgs[0].callback === "function") {
      const callback = queryArgs[0].callback;
      queryArgs[0].callback = (err, res) => callback(err, err ? res : patch(res));
    }
    const result = original.apply(this, queryArgs);
    return result && typeof result.then === "function" ? result.then(patch) : result;
  };
}

function makePostgresAdapterFactory(url) {
  readCharAsText();
  const { PrismaPg } = require("@prisma/adapter-pg");
  const { settings, schema } = postgresSettings(url);
  const options = schema ? { schema } : undefined;
  // The shadow database is made and dropped with a plain client on the maintenance database (the role needs
  // CREATEDB, as with the native engine); the adapter only ever sees its own database.
  const shadow = async () => {
    const database = `prisma_migrate_shadow_db_${crypto.randomUUID()}`;
    await withMaintenanceClient(settings, (c) => c.query(`CREATE DATABASE ${quoteIdent(database)}`));
    const inner = await new PrismaPg({ ...settings, database }, options).connect();
    const dispose = async () => {
      await inner.dispose().catch(() => {});
      await withMaintenanceClient(settings, (c) => c.query(`DROP DATABASE IF EXISTS ${quoteIdent(database)} WITH (FORCE)`)).catch(() => {});
    };
    return new Proxy(scriptAwareAdapter(inner, true), { get: (t, p, r) => (p === "dispose" ? dispose : Reflect.get(t, p, r)) });
  };
  return trackedFactory(new PrismaPg(settings, options), (a) => scriptAwareAdapter(a, true), shadow);
}

class Engine {
  constructor(bg) {
    this.bg = bg;
    this.engine = null;
    this.adapters = null;
    this.url = datasourceUrl() ?? "";
    this.postgres = isPostgresUrl(this.url);
    this.file = this.postgres ? null : sqlitePath(this.url);
    this.datamodels = args.datamodels.map((p) => [p, fs.readFileSync(p, "utf8")]);
  }

  async open() {
    if (this.postgres) {
      this.adapters = makePostgresAdapterFactory(this.url);
      const log = (line) => process.stderr.write(String(line) + "\n");
      this.engine = await this.bg.SchemaEngine.new({ datamodels: this.datamodels.length ? this.datamodels : undefined }, log, this.adapters.factory);
      return;
    }
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    this.adapters = makeAdapterFactory(this.file);
    const log = (line) => process.stderr.write(String(line) + "\n");
    this.engine = await this.bg.SchemaEngine.new({ datamodels: this.datamodels.length ? this.datamodels : undefined }, log, this.adapters.factory);
  }

  async close() {
    if (this.engine) this.engine.free();
    this.engine = null;
    if (this.adapters) await this.adapters.disposeAll();
    this.adapters = null;
  }

  isMissingMigrationsTable(err) {
    const text = String(err?.message ?? err);
    return /_prisma_migrations/.test(text) && /no such table|does not exist/i.test(text);
  }

  // On a fresh SQLite file the WASM engine reads _prisma_migrations before creating it; the native engine does not.
  async withMigrationsTable(fn) {
    try {
      return await fn();
    } catch (err) {
      if (!this.isMissingMigrationsTable(err)) throw err;
      await this.engine.applyMigrations({
        migrationsList: { baseDir: ".", lockfile: { path: "migration_lock.toml", content: null }, migrationDirectories: [], shadowDbInitScript: "" },
        filters: { externalTables: [], externalEnums: [] },
      });
      return await fn();
    }
  }

  async call(method, params) {
    switch (method) {
      case "devDiagnostic":
      case "diagnoseMigrationHistory":
        return this.withMigrationsTable(() => this.engine[method](params));
      case "createMigration":
      case "evaluateDataLoss":
        // These need the shadow schema in the engine's cache, which only diagnoseMigrationHistory fills.
        await this.withMigrationsTable(() =>
          this.engine.diagnoseMigrationHistory({
            migrationsList: params.migrationsList,
            optInToShadowDatabase: true,
            filters: params.filters ?? { externalTables: [], externalEnums: [] },
          }),
        );
        return this.engine[method](params);
      case "reset":
        if (this.postgres) return this.engine.reset(params);
        // The WASM reset only deletes rows on SQLite; the native engine gives back an empty database.
        await this.close();
        removeSqliteFiles(this.file);
        await this.open();
        return null;
      case "getDatabaseVersion":
        return this.engine.version(params ?? null);
      default:
        if (typeof this.engine[method] !== "function") {
          throw Object.assign(new Error(`Unknown method ${method}`), { code: -32601 });
        }
        return this.engine[method](params);
    }
  }
}

function errorPayload(err) {
  let data = { is_panic: false, message: String(err?.message ?? err), error_code: null, meta: null };
  // Engine errors come back as objects (or JSON text) shaped like the native engine's user-facing errors.
  const raw = typeof err === "string" ? err : err?.message;
  if (raw && raw.trim().startsWith("{")) {
    try {
      const parsed = JSON.parse(raw);
      data = { ...data, ...parsed };
    } catch {
      /* keep the plain message */
    }
  } else if (err && typeof err === "object") {
    if (err.error_code || err.errorCode) data.error_code = err.error_code ?? err.errorCode;
    if (err.meta) data.meta = err.meta;
    if (err.is_panic) data.is_panic = true;
  }
  if (lastPanic) {
    data.is_panic = true;
    data.message = lastPanic;
    lastPanic = null;
  }
  return { code: 4466, message: data.message, data };
}

async function main() {
  const bg = await loadWasm();
  const engine = new Engine(bg);
  await engine.open();

  const send = (obj) => process.stdout.write(JSON.stringify(obj) + "\n");
  let printId = 1_000_000;
  const queue = [];
  let busy = false;
  let closing = false;

  async function handle(line) {
    let msg;
    try {
      msg = JSON.parse(line);
    } catch {
      return;
    }
    // Acks for our own "print" requests.
    if (msg.method === undefined) return;
    try {
      let result = await engine.call(msg.method, msg.params);
      if (msg.method === "diff" && result && typeof result === "object" && "exitCode" in result) {
        // The native engine prints a diff through a request back to the CLI; we do the same.
        const content = result.stdout ?? result.content;
        if (typeof content === "string") send({ jsonrpc: "2.0", id: printId++, method: "print", params: { content } });
        result = { exitCode: result.exitCode };
      }
      send({ jsonrpc: "2.0", id: msg.id, result: result ?? null });
    } catch (err) {
      send({ jsonrpc: "2.0", id: msg.id, error: errorPayload(err) });
    }
  }

  async function drain() {
    if (busy) return;
    busy = true;
    // One request at a time: the engine is not re-entrant.
    while (queue.length) await handle(queue.shift());
    busy = false;
    if (closing) await shutdown();
  }

  async function shutdown() {
    // On PostgreSQL the engine leaves a timer behind: exit explicitly, after the adapters are closed.
    await engine.close().catch(() => {});
    process.exit(0);
  }

  const rl = readline.createInterface({ input: process.stdin });
  rl.on("line", (line) => {
    if (line.trim() === "") return;
    queue.push(line);
    void drain();
  });
  rl.on("close", () => {
    closing = true;
    if (!busy) void shutdown();
  });
  process.on("SIGTERM", () => void shutdown());
}

main().catch((err) => {
  process.stderr.write(`schema engine stand-in failed: ${err?.stack ?? err}\n`);
  process.exit(1);
});
