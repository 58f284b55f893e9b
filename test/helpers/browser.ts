/** browser: Debian's Chromium through playwright-core, and a static server for a built site. */
import { createServer, type Server } from "node:http";
import { existsSync } from "node:fs";
import sirv from "sirv";
import { chromium, type Browser } from "playwright-core";

/** Returns the Chromium executable: $CHROMIUM_PATH, or Debian's /usr/bin/chromium. */
export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
  if (!existsSync(path)) throw new Error(`Chromium not found at ${path}: apt-get install chromium, or set CHROMIUM_PATH`);
  return path;
}

/** Launches headless Chromium with the flags this closed network needs. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/** Serves `dir` under `base` ("/" or "/xxgk/jhzj/") on a free loopback port; returns its origin and a close(). */
export async function serveSite(dir: string, base = "/"): Promise<{ origin: string; close: () => Promise<void> }> {
  const files = sirv(dir, { dev: false, etag: false, extensions: ["html"] });
  const server: Server = createServer((req, res) => {
    const url = req.url ?? "/";
    if (!url.startsWith(base)) {
      res.statusCode = 404;
      res.end("outside base");
      return;
    }
    req.url = "/" + url.slice(base.length);
    files(req, res, () => {
      res.statusCode = 404;
      res.end("not found");
    });
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const port = (server.address() as { port: number }).port;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((ok) => server.close(() => ok())) };
}
