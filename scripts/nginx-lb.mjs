// A throwaway nginx load balancer for the class benchmark (`npm run bench:class -- --processes 2`, docs/performance.md,
// "Several processes on PostgreSQL"): Debian's nginx, installed with apt-get when it is missing and we are root,
// run as its own instance with its own configuration, pid file, logs and temporary files in a temporary directory,
// listening on 127.0.0.1 only, as an unprivileged user when we are root, and stopped and removed afterwards (also
// at exit, so a failure or Ctrl+C does not leave it behind). No system service, no file under /etc is written.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

export const NGINX_INSTALL_HINT =
  "nginx was not found. Install one of:\n" +
  "  • Debian/Ubuntu: sudo apt-get install nginx   (its default service is not needed: stop and disable it)\n" +
  "  • Fedora: sudo dnf install nginx;  macOS: brew install nginx\n" +
  "  • or set QUORUM_NGINX=/path/to/nginx";

/** The nginx program: $QUORUM_NGINX, else Debian's /usr/sbin/nginx, else PATH; null when there is none. */
export function findNginx() {
  const named = process.env.QUORUM_NGINX;
  if (named) return fs.existsSync(named) ? named : null;
  for (const dir of ["/usr/sbin", ...(process.env.PATH ?? "").split(path.delimiter)]) {
    if (dir && fs.existsSync(path.join(dir, "nginx"))) return path.join(dir, "nginx");
  }
  return null;
}

/**
 * The nginx program, installing Debian's `nginx` first when it is missing and we are root on Debian (as .ci/run
 * installs postgresql). The package's postinst may start its own service on port 80 with the default site (it does
 * not where /usr/sbin/policy-rc.d forbids it, as in containers): that service is stopped and disabled, since the
 * benchmark runs its own instance. Not root: throws with what to install.
 */
export function ensureNginx({ log = console.log } = {}) {
  const found = findNginx();
  if (found) return found;
  if (process.getuid?.() !== 0 || !fs.existsSync("/etc/debian_version")) throw Object.assign(new Error(NGINX_INSTALL_HINT), { missing: true });
  log("• nginx is missing: installing Debian's nginx (apt-get)…");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const apt = (args) => spawnSync("apt-get", args, { stdio: ["ignore", "inherit", "inherit"], env }).status === 0;
  if (!apt(["update", "-qq"]) || !apt(["install", "-y", "-qq", "--no-install-recommends", "-o", "Dpkg::Options::=--force-confdef", "-o", "Dpkg::Options::=--force-confold", "nginx"])) {
    throw new Error(`apt-get could not install nginx.\n${NGINX_INSTALL_HINT}`);
  }
  // If the package started its service, stop it and keep it from starting at boot: we only want the program.
  const quiet = { stdio: "ignore", env };
  if (fs.existsSync("/run/nginx.pid")) {
    log("• Stopping and disabling the nginx service the package started (the benchmark runs its own instance).");
    if (spawnSync("service", ["nginx", "stop"], quiet).status !== 0) spawnSync("/usr/sbin/nginx", ["-s", "quit"], quiet);
  }
  if (fs.existsSync("/run/systemd/system")) spawnSync("systemctl", ["disable", "--now", "nginx"], quiet);
  else spawnSync("update-rc.d", ["nginx", "disable"], quiet);
  const installed = findNginx();
  if (!installed) throw new Error(`nginx was installed but not found.\n${NGINX_INSTALL_HINT}`);
  return installed;
}

/**
 * The configuration of the throwaway instance: everything (pid, logs, temporary files) under `dir`, one worker
 * (the machine's cores are for the app processes), listening on 127.0.0.1:`port`, balancing over `upstreams`
 * (ports on 127.0.0.1) with least_conn (a save and a page render differ a lot in cost, so the process with fewer
 * requests in flight is the better choice than strict turns) and keep-alive connections to them, as a production
 * nginx in front of Node would be set up. Headers as in docs/deploying.md ("Several processes behind a load
 * balancer"). The proxy read timeout is above the benchmark's own 120-s client timeout, so under overload the
 * benchmark, not nginx, decides when a request has failed.
 */
export function nginxConfig({ dir, port, upstreams }) {
  if (!Array.isArray(upstreams) || upstreams.length === 0) throw new Error("nginxConfig: at least one upstream port");
  for (const p of [port, ...upstreams]) {
    if (!Number.isInteger(p) || p < 1 || p > 65535) throw new Error(`nginxConfig: not a port: ${p}`);
  }
  if (new Set([port, ...upstreams]).size !== upstreams.length + 1) throw new Error("nginxConfig: the ports must differ");
  if (!path.isAbsolute(dir) || /[\s;{}"'$\\]/.test(dir)) throw new Error(`nginxConfig: unusable directory: ${dir}`);
  const at = (name) => path.join(dir, name);
  return `# Written by scripts/nginx-lb.mjs for one benchmark run; deleted with its directory afterwards.
daemon off;
master_process on;
worker_processes 1;
pid ${at("nginx.pid")};
error_log ${at("error.log")} warn;

events {
    worker_connections 4096;
}

http {
    access_log off;
    client_body_temp_path ${at("client_body")};
    proxy_temp_path ${at("proxy")};
    fastcgi_temp_path ${at("fastcgi")};
    uwsgi_temp_path ${at("uwsgi")};
    scgi_temp_path ${at("scgi")};
    client_max_body_size 3m;
    keepalive_timeout 75s;
    keepalive_requests 100000;

    upstream quorum {
        least_conn;
${upstreams.map((p) => `        server 127.0.0.1:${p};`).join("\n")}
        keepalive 64;
        # Below Node's own 5-s keep-alive timeout: else nginx may send a request on a connection the app process
        # is closing, and a POST (not retried) fails with 502.
        keepalive_timeout 4s;
    }

    server {
        listen 127.0.0.1:${port};
        location / {
            proxy_pass http://quorum;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host $http_host;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto $scheme;
            proxy_read_timeout 300s;
            proxy_send_timeout 300s;
        }
    }
}
`;
}

/** Who runs nginx: ourselves, or (as root) `nobody`, so that nothing of the benchmark runs as root. */
function nginxUser() {
  if (process.getuid?.() !== 0) return null;
  const id = spawnSync("id", ["-u", "nobody"], { encoding: "utf8" });
  const gid = spawnSync("id", ["-g", "nobody"], { encoding: "utf8" });
  if (id.status !== 0 || gid.status !== 0) throw new Error("Running as root, but there is no `nobody` user to run nginx as.");
  return { name: "nobody", uid: Number(id.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

function accepts(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/**
 * Starts nginx on 127.0.0.1:`port` in front of `upstreams` and returns `{ url, pid, dir, stop() }`. `stop()` shuts
 * it down (SIGQUIT: finish what is in flight), waits for it, and deletes its directory; it is idempotent and also
 * runs at process exit (SIGTERM there, which cannot be waited for).
 */
export async function startLoadBalancer({ port, upstreams, nginx = ensureNginx(), log = console.log }) {
  const user = nginxUser();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "quorum-nginx-"));
  const conf = path.join(dir, "nginx.conf");
  fs.writeFileSync(conf, nginxConfig({ dir, port, upstreams }));
  if (user) {
    fs.chmodSync(dir, 0o700);
    for (const p of [dir, conf]) fs.chownSync(p, user.uid, user.gid);
  }
  // `-e`: the error log before the configuration is read (else nginx opens /var/log/nginx/error.log first).
  const argv = ["-p", dir, "-c", conf, "-e", path.join(dir, "error.log")];
  const [cmd, args] = user ? ["setpriv", [`--reuid=${user.uid}`, `--regid=${user.gid}`, "--clear-groups", "--", nginx, ...argv]] : [nginx, argv];
  const child = spawn(cmd, args, { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const keep = (chunk) => (output = (output + chunk.toString()).slice(-4000));
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  const exited = new Promise((resolve) => child.once("exit", resolve));

  let stopped = false;
  const atExit = () => {
    if (!stopped && child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    fs.rmSync(dir, { recursive: true, force: true });
  };
  process.on("exit", atExit);
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    process.off("exit", atExit);
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGQUIT");
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };

  const errorLog = () => {
    try {
      return fs.readFileSync(path.join(dir, "error.log"), "utf8").slice(-2000);
    } catch {
      return "";
    }
  };
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null || child.signalCode !== null) break;
    if (await accepts(port)) {
      const version = spawnSync(nginx, ["-v"], { encoding: "utf8" }).stderr.trim();
      log(`• Load balancer: ${version}, 127.0.0.1:${port} → ${upstreams.map((p) => `127.0.0.1:${p}`).join(", ")} (least_conn${user ? `, as ${user.name}` : ""}) in ${dir}`);
      return { url: `http://127.0.0.1:${port}`, pid: child.pid, dir, stop };
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const why = `nginx did not start on 127.0.0.1:${port}:\n${output}${errorLog()}`;
  await stop();
  throw new Error(why);
}
