import { describe, expect, it } from "vitest";
import { readJsonBody } from "./read-json";

const json = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request("http://localhost/api/x", { method: "POST", body, headers: { "Content-Type": "application/json", ...headers }, duplex: "half" } as RequestInit);

/** A body that never says its length and would go on for `total` bytes, counting what was pulled from it. */
function endless(total: number) {
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= total) return controller.close();
      const chunk = new TextEncoder().encode(sent === 0 ? '{"a":"' + "x".repeat(65_530) : "x".repeat(65_536));
      sent += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return { stream, read: () => sent };
}

describe("readJsonBody", () => {
  it("reads a small JSON body", async () => {
    expect(await readJsonBody(json('{"answer":"Senate"}'))).toEqual({ ok: true, value: { answer: "Senate" } });
  });

  it("refuses a body over the cap from its Content-Length, before reading it", async () => {
    const result = await readJsonBody(json("{}", { "Content-Length": String(10 * 1024 * 1024) }));
    expect(result).toEqual({ ok: false, status: 413, message: "That request is too large (at most 64 KB)." });
  });

  it("stops reading a 10 MB body without a length soon after the cap", async () => {
    const body = endless(10 * 1024 * 1024);
    const result = await readJsonBody(json(body.stream));
    expect(result).toMatchObject({ ok: false, status: 413 });
    expect(body.read()).toBeLessThan(256 * 1024);
  });

  it("answers 400 for broken JSON or bytes that are not UTF-8, and 415 for another type", async () => {
    expect(await readJsonBody(json("{nope"))).toMatchObject({ ok: false, status: 400 });
    expect(await readJsonBody(json(new Uint8Array([0x7b, 0xff, 0x7d])))).toMatchObject({ ok: false, status: 400 });
    expect(await readJsonBody(json("{}", { "Content-Type": "text/plain" }))).toMatchObject({ ok: false, status: 415 });
  });
});
