// PDFs, a step of the build when asked (npm run build -- --pdf). A page that is printed names its PDF in
// its route record (src/lib/incremental.ts, `pdf`); the PDF is kept in a cache under the page's route
// digest (.build/cache/pdf/<name>~<digest>.pdf), which decides the page's bytes: a page is printed, from the staged
// site before it is published, only when no PDF of the same digest is there. Printing runs two pages at a
// time in one headless Chromium. Every build, printing or not, publishes in pdf/ the cached PDFs of its
// pages' digests — the pages that link their PDFs (src/lib/plan-pages.ts decided which) — and drops the rest.
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import { launchChromium, serveDir } from "./browser.mjs";

const PRINTERS = 2; // pages printed at once: one per core

/** Returns the cache's name for the PDF a record names (as src/io/pdf-cache.ts). */
const cached = (record) => `${record.pdf}~${record.digest}.pdf`;

/** Returns the site path a page file is served at: plans/x/index.html → plans/x/. */
const servedAt = (file) => file.replace(/index\.html$/, "");

/**
 * Prints to the cache each page of `records` that names a PDF and has none cached for its digest, from the
 * site in `staged` served under `base`; `progress(done, total, name, seconds)` is called after each.
 * Returns how many were printed and how many were already cached.
 */
export async function printPdfs(records, staged, base, cacheDir, progress = () => {}) {
  const wanted = records.filter((r) => r.pdf);
  const missing = wanted.filter((r) => !existsSync(join(cacheDir, cached(r))));
  if (missing.length === 0) return { printed: 0, cached: wanted.length };
  mkdirSync(cacheDir, { recursive: true });
  const [browser, site] = await Promise.all([launchChromium(), serveDir(staged, base)]);
  let done = 0;
  try {
    const queue = [...missing];
    const printer = async () => {
      const page = await browser.newPage();
      await page.emulateMedia({ media: "print" });
      for (let record = queue.shift(); record; record = queue.shift()) {
        const started = Date.now();
        const url = `${site.origin}${base}${servedAt(record.file)}`;
        const response = await page.goto(url, { waitUntil: "load" });
        if (response?.status() !== 200) throw new Error(`${url}: HTTP ${response?.status()}`);
        await page.evaluate(() => document.fonts.ready);
        const temp = join(cacheDir, `${cached(record)}.tmp`);
        await page.pdf({ path: temp, preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
        renameSync(temp, join(cacheDir, cached(record)));
        progress(++done, missing.length, record.pdf, (Date.now() - started) / 1000);
      }
      await page.close();
    };
    await Promise.all(Array.from({ length: Math.min(PRINTERS, missing.length) }, printer));
  } finally {
    await browser.close();
    await site.close();
  }
  return { printed: missing.length, cached: wanted.length - missing.length };
}

/** Copies into staged/pdf/ the cached PDF of each page of `records` that has one; returns the cache files used. */
export function publishPdfs(records, staged, cacheDir) {
  const used = new Set();
  for (const r of records.filter((r) => r.pdf && existsSync(join(cacheDir, cached(r))))) {
    mkdirSync(join(staged, "pdf"), { recursive: true });
    copyFileSync(join(cacheDir, cached(r)), join(staged, "pdf", r.pdf));
    used.add(cached(r));
  }
  return used;
}

/** Deletes the cached PDFs not in `used` (those of no page of the published site). Run once the site is published. */
export function prunePdfCache(cacheDir, used) {
  if (existsSync(cacheDir)) for (const f of readdirSync(cacheDir)) if (!used.has(f)) rmSync(join(cacheDir, f), { force: true });
}
