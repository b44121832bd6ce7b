#!/usr/bin/env node
// A stand-in for Prisma's native schema engine binary, for machines that cannot download it.
//
// The Prisma CLI (prisma.config.ts points PRISMA_SCHEMA_ENGINE_BINARY here) starts this program exactly as it
// would start the native engine. We run the official engine's WebAssembly build (@prisma/schema-engine-wasm, same
// engine hash as prisma 7.10.0) over the better-sqlite3 driver adapter and speak the native engine's protocol:
// `--version`, `cli <command>` one-shots, and line-delimited JSON-RPC 2.0 on stdin/stdout.
// docs/decisions/001-prisma-offline-schema-engine.md explains why, and each workaround below is a pitfall that
// was found and verified against the native engine's behaviour.
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

function sqlitePath(url) {
  if (!url.startsWith("file:")) {
    throw Object.assign(new Error(`This stand-in engine supports SQLite (file:) URLs only, not ${url.split(":")[0]}:`), {
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
function scriptAwareAdapter(adapter) {
  return new Proxy(adapter, {
    get(target, prop, receiver) {
      if (prop === "executeRaw") {
        return (query) =>
          query && (!query.args || query.args.length === 0) ? target.executeScript(query.sql).then(() => 0) : target.executeRaw(query);
      }
      const value = Reflect.get(target, prop, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

function makeAdapterFactory(file) {
  const { PrismaBetterSqlite3 } = require("@prisma/adapter-better-sqlite3");
  const { bindMigrationAwareSqlAdapterFactory } = require("@prisma/driver-adapter-utils");
  // The native engine writes epoch-ms timestamps into _prisma_migrations on SQLite.
  const factory = new PrismaBetterSqlite3({ url: file }, { timestampFormat: "unixepoch-ms" });
  const opened = [];
  const wrapped = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    async connect() {
      const a = scriptAwareAdapter(await factory.connect());
      opened.push(a);
      return a;
    },
    async connectToShadowDb() {
      const a = scriptAwareAdapter(await factory.connectToShadowDb());
      opened.push(a);
      return a;
    },
  };
  return {
    factory: bindMigrationAwareSqlAdapterFactory(wrapped),
    async disposeAll() {
      for (const a of opened.splice(0)) await a.dispose().catch(() => {});
    },
  };
}

class Engine {
  constructor(bg) {
    this.bg = bg;
    this.engine = null;
    this.adapters = null;
    this.file = sqlitePath(datasourceUrl() ?? "");
    this.datamodels = args.datamodels.map((p) => [p, fs.readFileSync(p, "utf8")]);
  }

  async open() {
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
    await engine.close();
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
