import { expect, test } from "@playwright/test";

test("the icons, web manifest and robots.txt are served, and pages point to them", async ({ page, request }) => {
  const manifest = await request.get("/manifest.webmanifest");
  expect(manifest.ok()).toBe(true);
  const body = (await manifest.json()) as { name: string; start_url: string; display: string; icons: { src: string; sizes: string; purpose?: string }[] };
  expect(body).toMatchObject({ short_name: "Quorum", start_url: "/", display: "standalone" });
  expect(body.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(["any", "192x192", "512x512"]));
  expect(body.icons.some((i) => i.purpose === "maskable")).toBe(true);
  for (const icon of body.icons) {
    const res = await request.get(icon.src);
    expect(res.ok(), icon.src).toBe(true);
  }
  for (const path of ["/logo.svg", "/favicon.ico", "/icons/apple-touch-icon.png"]) expect((await request.get(path)).ok(), path).toBe(true);

  const robots = await (await request.get("/robots.txt")).text();
  for (const area of ["/teacher", "/student", "/join"]) expect(robots).toMatch(new RegExp(`^Disallow: ${area}$`, "m"));

  await page.goto("/");
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute("href", "/manifest.webmanifest");
  await expect(page.locator('link[rel="icon"]').first()).toHaveCount(1);
  await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveAttribute("href", "/icons/apple-touch-icon.png");
});
