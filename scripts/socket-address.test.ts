import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

// scripts/socket-address.mjs, preloaded the way scripts/start.mjs preloads it into `next start` without TRUST_PROXY.
const PRELOAD = pathToFileURL(path.resolve("scripts/socket-address.mjs")).href;
const ECHO = `
const http = require("node:http");
const server = http.createServer((req, res) => res.end(JSON.stringify({ xff: req.headers["x-forwarded-for"] ?? null, realIp: req.headers["x-real-ip"] ?? null })));
server.listen(0, "127.0.0.1", () => console.log(server.address().port));`;

const children: ChildProcess[] = [];
afterAll(() => children.forEach((c) => c.kill()));

async function echoServer(preload: boolean): Promise<string> {
  const child = spawn(process.execPath, [...(preload ? ["--import", PRELOAD] : []), "-e", ECHO], { stdio: ["ignore", "pipe", "inherit"] });
  children.push(child);
  const port = await new Promise<string>((resolve) => child.stdout!.once("data", (d: Buffer) => resolve(d.toString().trim())));
  return `http://127.0.0.1:${port}/`;
}

async function seen(url: string) {
  const res = await fetch(url, { headers: { "x-forwarded-for": "203.0.113.99", "x-real-ip": "203.0.113.98" } });
  return (await res.json()) as { xff: string | null; realIp: string | null };
}

describe("the client address without a trusted proxy", () => {
  it("replaces a client's own X-Forwarded-For (and X-Real-IP) with the socket's address", async () => {
    expect(await seen(await echoServer(true))).toEqual({ xff: "127.0.0.1", realIp: null });
  });

  it("control: without the preload the client's header reaches the server as sent", async () => {
    expect(await seen(await echoServer(false))).toEqual({ xff: "203.0.113.99", realIp: "203.0.113.98" });
  });
});
