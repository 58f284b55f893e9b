/** feed: an Atom document from plain entries, every text escaped. */

export interface FeedEntry {
  id: string;
  title: string;
  link: string;
  updated: string | null; // YYYY-MM-DD: the plan's 发布日期 or 成文日期; null when the catalogue does not know it
  summary: string;
}

/** Escapes the five XML special characters. */
export function escapeXml(s: string): string {
  return s.replace(/[<>&'"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[c]!);
}

/**
 * Returns the Atom XML. A date the catalogue does not know is left out rather than invented (readers
 * then order by when they first saw the entry); the feed's own <updated> is the latest known date.
 */
export function atomFeed(feed: { title: string; self: string; home: string; entries: FeedEntry[] }): string {
  const stamp = (d: string) => `${d}T00:00:00+08:00`;
  const latest = feed.entries.map((e) => e.updated).filter((d): d is string => d !== null).sort().at(-1);
  const entries = feed.entries.map((e) =>
    [
      "  <entry>",
      `    <id>${escapeXml(e.id)}</id>`,
      `    <title>${escapeXml(e.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(e.link)}"/>`,
      ...(e.updated ? [`    <updated>${stamp(e.updated)}</updated>`] : []),
      `    <summary>${escapeXml(e.summary)}</summary>`,
      "  </entry>",
    ].join("\n"),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
    `  <title>${escapeXml(feed.title)}</title>`,
    `  <id>${escapeXml(feed.home)}</id>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.home)}"/>`,
    ...(latest ? [`  <updated>${stamp(latest)}</updated>`] : []),
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}
