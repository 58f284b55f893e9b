// The search index (Pagefind): each measure and paragraph of each plan as its own record, so that a
// result links straight to #m-<n> and can be filtered by year; and the pages that mark their <main>
// with data-pagefind-body (indicators, themes, entities, offices, comparisons).
import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import * as pagefind from "pagefind";
import { PAGE_BUNDLE, PLAN_BUNDLE } from "../../src/lib/search-bundles.mjs";

const LANGUAGE = "zh-cn";

/**
/**
 * Returns the records of one plan (its open data): a record per measure, per paragraph block of a part or section.
 * Every record's meta names its plan, year, bureau and place; a measure's also carries `names` (the site's names
 * for what it is about, from `describe`, see src/lib/search-vocabulary.ts) and `note` (the editor's notes on it),
 * which are also indexed after its words, and `textEnd`, the length of its words in the record's content; and its
 * statuses with its commitments' (`describe(…).statuses`: 已完成, 尚无报告 …) as the 落实情况 filter.
 */
export function planRecords(plan, describe = () => ({ names: "", note: "", statuses: [] })) {
  const url = (anchor) => `/plans/${plan.id}/#${anchor}`;
  const about = { plan: plan.title, year: String(plan.year), issuer: plan.issuer };
  const common = (place) => ({ language: LANGUAGE, filters: { 年度: [String(plan.year)], 类别: ["计划原文"] }, meta: { ...about, place } });
  const records = [];
  if (plan.preamble.length) records.push({ url: url("main"), content: plan.preamble.join("\n"), ...common("前言"), meta: { ...about, place: "前言", title: "前言" } });
  for (const part of plan.parts) {
    const partTitle = `${part.marker}${part.title}`;
    if (part.paragraphs.length) records.push({ url: url(part.anchor), content: part.paragraphs.join("\n"), ...common(partTitle), meta: { ...about, place: partTitle, title: partTitle } });
    for (const section of part.sections) {
      const sectionTitle = `${section.marker}${section.title}`;
      if (section.paragraphs.length) records.push({ url: url(section.anchor), content: section.paragraphs.join("\n"), ...common(sectionTitle), meta: { ...about, place: sectionTitle, title: sectionTitle } });
      for (const m of section.measures) {
        const place = m.number === null ? sectionTitle.replace(/[。；;]$/, "") : `第 ${m.number} 条 ${m.title}`;
        // the names and notes are indexed after the measure's words (Pagefind searches a custom record's content and title
        // only); textEnd says where the words end, so that /search/ shows and matches the source text apart from them
        const { names, note, statuses = [] } = describe(plan, m);
        const text = `${m.marker}${m.text}`;
        const extra = [names.replaceAll("|", " ").replaceAll("\n", " "), note].filter(Boolean).join("\n");
        const meta = { ...about, place, title: place, textEnd: String(text.length), ...(names ? { names } : {}), ...(note ? { note } : {}) };
        const record = { url: url(m.anchor), content: extra ? `${text}\n${extra}` : text, ...common(place), meta };
        records.push(statuses.length ? { ...record, filters: { ...record.filters, 落实情况: statuses } } : record);
      }
    }
  }
  return records;
}

/** The pages that mark their <main> with data-pagefind-body (Layout's `search` prop), as globs; test/site/search.test.ts checks the list. */
export const INDEXED_PAGES = ["compare/index.html", "entities/**/*.html", "indicators/**/*.html", "offices/**/*.html", "themes/**/*.html"];

export { PAGE_BUNDLE, PLAN_BUNDLE }; // see src/lib/search-bundles.mjs

/**
 * Writes the bundle of the plans' text to `outputPath`; returns the number of records. Records are
 * added one at a time: added concurrently, they make the index differ from one build to the next.
 */
export async function writePlanIndex(plans, outputPath, describe) {
  const { index } = await pagefind.createIndex({ forceLanguage: LANGUAGE });
  let records = 0;
  for (const plan of [...plans].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    for (const record of planRecords(plan, describe)) {
      await index.addCustomRecord(record);
      records++;
    }
  }
  await index.writeFiles({ outputPath });
  await pagefind.close();
  return records;
}

/**
 * Writes dir/pagefind-pages/: the bundle of the built site's INDEXED_PAGES; returns how many. Pagefind
 * reads only those pages (walking the whole site cost it a second per 200 plan pages it then skipped).
 */
export async function writePageIndex(dir) {
  const { index } = await pagefind.createIndex({ forceLanguage: LANGUAGE });
  const pages = await index.addDirectory({ path: dir, glob: `{${INDEXED_PAGES.join(",")}}` });
  const outputPath = join(dir, PAGE_BUNDLE);
  await index.writeFiles({ outputPath });
  await pagefind.close();
  // a merged bundle is searched by the main bundle's script and WebAssembly: only its index is needed
  for (const file of readdirSync(outputPath)) if (/\.(js|css)$|^wasm\./.test(file)) rmSync(join(outputPath, file));
  return pages.page_count ?? 0;
}
