import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain ES module (the class benchmark's throwaway load balancer)
import { findNginx, nginxConfig } from "./nginx-lb.mjs";

const make = nginxConfig as (o: { dir: string; port: number; upstreams: number[] }) => string;

describe("the benchmark's nginx configuration", () => {
  it("keeps everything in its own directory, listens on 127.0.0.1 only and balances over every process", () => {
    const conf = make({ dir: "/tmp/quorum-nginx-abc", port: 3500, upstreams: [3510, 3511] });
    expect(conf).toContain("daemon off;");
    expect(conf).toContain("pid /tmp/quorum-nginx-abc/nginx.pid;");
    expect(conf).toContain("error_log /tmp/quorum-nginx-abc/error.log warn;");
    for (const temp of ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"]) expect(conf).toContain(`${temp}_temp_path /tmp/quorum-nginx-abc/${temp};`);
    // Every listen and upstream is on the loopback address; no other address, no default port.
    expect(conf.match(/listen [^;]+;/g)).toEqual(["listen 127.0.0.1:3500;"]);
    expect(conf.match(/server 127\.0\.0\.1:\d+;/g)).toEqual(["server 127.0.0.1:3510;", "server 127.0.0.1:3511;"]);
    expect(conf).not.toMatch(/\/etc\/|\/var\//);
    // What the app needs from a proxy: the original Host, the client address, keep-alive to the processes.
    expect(conf).toContain("proxy_set_header Host $http_host;");
    expect(conf).toContain("proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;");
    expect(conf).toContain("proxy_http_version 1.1;");
    expect(conf).toContain('proxy_set_header Connection "";');
    expect(conf).toContain("least_conn;");
    // Idle upstream connections are dropped before Node's 5-s keep-alive timeout closes them under nginx.
    expect(conf).toMatch(/upstream quorum \{[^}]*keepalive_timeout 4s;[^}]*\}/);
  });

  it("refuses what would make a broken or unsafe configuration", () => {
    expect(() => make({ dir: "/tmp/x", port: 3500, upstreams: [] })).toThrow(/at least one upstream/);
    expect(() => make({ dir: "/tmp/x", port: 3500, upstreams: [3500] })).toThrow(/must differ/);
    expect(() => make({ dir: "/tmp/x", port: 70000, upstreams: [3510] })).toThrow(/not a port/);
    expect(() => make({ dir: "/tmp/x", port: 3500, upstreams: [1.5] })).toThrow(/not a port/);
    expect(() => make({ dir: "relative", port: 3500, upstreams: [3510] })).toThrow(/unusable directory/);
    expect(() => make({ dir: "/tmp/a; include /etc/x", port: 3500, upstreams: [3510] })).toThrow(/unusable directory/);
  });

  // nginx's own syntax check of the generated file, where nginx is installed (the benchmark installs it).
  it.skipIf(!findNginx())("is accepted by nginx -t", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "quorum-nginx-test-"));
    try {
      const conf = path.join(dir, "nginx.conf");
      fs.writeFileSync(conf, make({ dir, port: 3598, upstreams: [3596, 3597] }));
      const checked = spawnSync(findNginx(), ["-t", "-p", dir, "-c", conf, "-e", path.join(dir, "error.log")], { encoding: "utf8" });
      expect(checked.stderr).toContain("syntax is ok");
      expect(checked.status).toBe(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
