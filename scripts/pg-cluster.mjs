// A throwaway PostgreSQL cluster for tests (`npm run test:pg`, scripts/test-pg.mjs): a temporary directory, a free
// port on 127.0.0.1, a random password, run as an unprivileged user (PostgreSQL refuses to run as root), and
// stopped and removed afterwards. Nothing here touches a system cluster or its service.
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

/** The directory holding initdb, pg_ctl and postgres: $QUORUM_PG_BIN, else Debian's newest, else PATH. */
export function findPostgresBin() {
  const named = process.env.QUORUM_PG_BIN;
  if (named) return fs.existsSync(path.join(named, "initdb")) ? named : null;
  const debian = "/usr/lib/postgresql";
  if (fs.existsSync(debian)) {
    const versions = fs
      .readdirSync(debian)
      .filter((v) => fs.existsSync(path.join(debian, v, "bin", "initdb")))
      .sort((a, b) => Number(b) - Number(a));
    if (versions.length) return path.join(debian, versions[0], "bin");
  }
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    if (dir && fs.existsSync(path.join(dir, "initdb")) && fs.existsSync(path.join(dir, "pg_ctl"))) return dir;
  }
  return null;
}

export const INSTALL_HINT =
  "PostgreSQL's server programs (initdb, pg_ctl, postgres) were not found. Install one of:\n" +
  "  • Debian/Ubuntu: sudo apt-get install postgresql   (then run the tests again)\n" +
  "  • Fedora: sudo dnf install postgresql-server;  macOS: brew install postgresql\n" +
  "  • or set QUORUM_PG_BIN=/path/to/postgresql/bin";

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Who runs the cluster: ourselves, or (as root) the `postgres` user if there is one, else `nobody`. */
function clusterUser() {
  if (process.getuid?.() !== 0) return null;
  for (const name of ["postgres", "nobody"]) {
    const id = spawnSync("id", ["-u", name], { encoding: "utf8" });
    const gid = spawnSync("id", ["-g", name], { encoding: "utf8" });
    if (id.status === 0 && gid.status === 0) return { name, uid: Number(id.stdout.trim()), gid: Number(gid.stdout.trim()) };
  }
  throw new Error("Running as root, but there is neither a `postgres` nor a `nobody` user to run PostgreSQL as.");
}

/**
 * Starts a cluster and returns `{ url(database), stop() }`. `url("quorum")` is a postgresql:// URL for that
 * database (the superuser `quorum`, who may create databases). `stop()` is idempotent and also runs at exit.
 * `durable: true` keeps PostgreSQL's own durability settings (fsync, synchronous_commit, full_page_writes on, as a
 * production server runs): the class benchmark uses it, so PostgreSQL flushes every commit as SQLite does with
 * `synchronous = FULL`. The tests leave it off: their cluster is thrown away.
 */
export async function startCluster({ log = console.log, durable = false } = {}) {
  const bin = findPostgresBin();
  if (!bin) throw Object.assign(new Error(INSTALL_HINT), { missing: true });
  const user = clusterUser();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "quorum-pg-"));
  const data = path.join(dir, "data");
  const password = crypto.randomBytes(18).toString("base64url");
  const pwfile = path.join(dir, "pw");
  fs.writeFileSync(pwfile, password + "\n", { mode: 0o600 });
  if (user) {
    fs.chmodSync(dir, 0o700);
    for (const p of [dir, pwfile]) fs.chownSync(p, user.uid, user.gid);
  }
  // As root, every server program runs as the unprivileged user (util-linux's setpriv, in every Debian).
  const run = (prog, args) => {
    const [cmd, argv] = user
      ? ["setpriv", [`--reuid=${user.uid}`, `--regid=${user.gid}`, "--clear-groups", "--", path.join(bin, prog), ...args]]
      : [path.join(bin, prog), args];
    const result = spawnSync(cmd, argv, { encoding: "utf8", cwd: dir, env: { ...process.env, LC_ALL: "C", LANG: "C" } });
    if (result.status !== 0) throw new Error(`${prog} failed (exit ${result.status ?? result.signal}):\n${result.stdout}${result.stderr}`);
    return result;
  };

  let stopped = false;
  let started = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      if (started) run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
    } catch (err) {
      log(`(stopping PostgreSQL: ${err.message})`);
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  process.on("exit", stop);

  try {
    run("initdb", ["-D", data, "-U", "quorum", "--auth=scram-sha-256", `--pwfile=${pwfile}`, "-E", "UTF8", "--no-instructions"]);
    let port = 0;
    for (let tries = 0; ; tries++) {
      port = await freePort();
      // Speed over durability unless asked: the cluster is deleted afterwards. The socket lives in our directory.
      const fast = durable ? "" : " -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
      const opts = `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir}${fast} -c max_connections=200`;
      try {
        run("pg_ctl", ["-D", data, "-l", path.join(dir, "server.log"), "-o", opts, "-w", "-t", "60", "start"]);
        started = true;
        break;
      } catch (err) {
        if (tries >= 2) throw new Error(`${err.message}\n${fs.readFileSync(path.join(dir, "server.log"), "utf8").slice(-2000)}`);
      }
    }
    const version = run("postgres", ["--version"]).stdout.trim();
    log(`• PostgreSQL: ${version}, throwaway cluster on 127.0.0.1:${port}${user ? ` as ${user.name}` : ""}${durable ? ", durable (fsync and synchronous_commit on)" : ""} in ${dir}`);
    return {
      port,
      dir,
      url: (database) => `postgresql://quorum:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`,
      stop,
    };
  } catch (err) {
    stop();
    throw err;
  }
}
