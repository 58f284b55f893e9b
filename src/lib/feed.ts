/** feed: an Atom document (RFC 4287) from plain entries, every text escaped. */
import { createHash } from "node:crypto";

export interface FeedEntry {
  id: string; // an absolute IRI: the page's URL, or feedId()
  title: string;
  link: string;
  author: string; // the issuing bureau
  date: string | null; // YYYY-MM-DD: the plan's 发布日期 or 成文日期; null when the catalogue does not give one
  summary: string;
}

export interface Feed {
  id: string;
  title: string;
  self: string;
  home: string;
  authors: string[]; // the bureaus publishing the plans
  latestStated: string | null; // YYYY-MM-DD: the latest date any build input states (catalogue dates, source dates of reported values)
  entries: FeedEntry[];
}

/** Stands for "no date known" where RFC 4287 requires one and no build input states any date at all (never reached when one does). */
export const NO_DATE = "1970-01-01";

/** Escapes the five XML special characters. */
export function escapeXml(s: string): string {
  return s.replace(/[<>&'"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[c]!);
}

/**
 * Returns a permanent, absolute id for `name` when the site's address is not known (atom:id must be an
 * absolute IRI, RFC 4287 §4.2.6): urn:uuid: with a name-based UUID (RFC 4122 version 5), the same in every build.
 */
export function feedId(name: string): string {
  const namespace = Buffer.from("6ba7b8119dad11d180b400c04fd430c8", "hex"); // RFC 4122's URL namespace
  const h = createHash("sha1").update(namespace).update(name).digest().subarray(0, 16);
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const x = h.toString("hex");
  return `urn:uuid:${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

/**
 * Returns the Atom XML. Dates are never invented. RFC 4287 requires atom:updated on the feed and on every entry
 * (§4.1.1, §4.1.2) and defines it (§4.2.15) as the last time the publisher changed the entry in a way it considers
 * significant; atom:published (§4.2.9, optional) is an early event in the entry's life. So:
 * - a plan whose catalogue row gives 发布日期 or 成文日期 has that date as both published and updated;
 * - a plan without one has no published (when it was issued stays unknown), and as updated the latest date the build
 *   inputs state (feed.latestStated): the site, the plan's page among it, is published from inputs current as of that
 *   date — a date taken from the data, the same in every build of the same inputs, not a guess at the plan's date;
 * - the feed's updated is the latest of these;
 * - only when no input states any date at all is NO_DATE (the Unix epoch, plainly not a real date) written.
 */
export function atomFeed(feed: Feed): string {
  const stamp = (d: string) => `${d}T00:00:00+08:00`;
  const latest = [feed.latestStated, ...feed.entries.map((e) => e.date)].filter((d): d is string => d !== null).sort().at(-1) ?? NO_DATE;
  const author = (name: string, indent: string) => `${indent}<author><name>${escapeXml(name)}</name></author>`;
  const entries = feed.entries.map((e) =>
    [
      "  <entry>",
      `    <id>${escapeXml(e.id)}</id>`,
      `    <title>${escapeXml(e.title)}</title>`,
      author(e.author, "    "),
      ...(e.date ? [`    <published>${stamp(e.date)}</published>`] : []),
      `    <updated>${stamp(e.date ?? latest)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(e.link)}"/>`,
      `    <summary>${escapeXml(e.summary)}</summary>`,
      "  </entry>",
    ].join("\n"),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
    `  <id>${escapeXml(feed.id)}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
    `  <updated>${stamp(latest)}</updated>`,
    ...feed.authors.map((a) => author(a, "  ")),
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.home)}"/>`,
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}
