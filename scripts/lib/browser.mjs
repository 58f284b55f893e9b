// Debian's Chromium through playwright-core, and a static server for a built site on the loopback
// address. Used by `npm run pdf` and by the tests.
import { createServer } from "node:http";
import { existsSync } from "node:fs";
import sirv from "sirv";
import { chromium } from "playwright-core";

export const INSTALL_HINT = "请安装 Chromium：sudo apt-get install chromium fonts-noto-cjk，或用环境变量 CHROMIUM_PATH 指定浏览器路径\ninstall Chromium (apt-get install chromium fonts-noto-cjk) or set CHROMIUM_PATH";

/** Returns the Chromium executable: $CHROMIUM_PATH, or Debian's /usr/bin/chromium; null when neither exists. */
export function findChromium() {
  const path = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
  return existsSync(path) ? path : null;
}

/** Launches headless Chromium with the flags this closed network needs; throws with the install hint when there is none. */
export function launchChromium() {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(`找不到 Chromium。${INSTALL_HINT}`);
  return chromium.launch({
    executablePath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/** Serves `dir` under `base` ("/" or "/xxgk/jhzj/") on a free loopback port; returns its origin and a close(). */
export async function serveDir(dir, base = "/") {
  const files = sirv(dir, { dev: false, etag: false, extensions: ["html"] });
  const server = createServer((req, res) => {
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
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address();
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((ok) => server.close(() => ok())) };
}
