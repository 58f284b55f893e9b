/** /feed.xml: an Atom feed of the plans, newest first — a reader subscribes to hear of next year's plan. */
import type { APIRoute } from "astro";
import { getSiteModel } from "../lib/site-model.ts";
import { getSiteIdentity, siteNames } from "../lib/site-identity.ts";
import { atomFeed, feedId } from "../lib/feed.ts";
import { href, planPath } from "../lib/urls.ts";

export const GET: APIRoute = async ({ site }) => {
  const absolute = (path: string) => (site ? new URL(path, site).href : path);
  // ids are the pages' URLs when the site's address is known, else name-based urn:uuid ids (never relative)
  const id = (path: string, issuer: string) => (site ? absolute(path) : feedId(`${issuer}${path}`));
  const { plans, series } = await getSiteModel();
  const planDate = (p: (typeof plans)[number]) => p.disclosure.datePublished ?? p.disclosure.dateWritten;
  // every date the inputs state: the catalogue's, and the source dates of the values the site shows
  const stated = [...plans.map(planDate), ...series.flatMap((s) => s.observations.map((o) => o.source.date))].filter((d): d is string => d !== null);
  const name = siteNames((await getSiteIdentity()).info, plans).name;
  const body = atomFeed({
    id: id(href(), name),
    title: name,
    self: absolute(href("feed.xml")),
    home: absolute(href()),
    authors: [...new Set(plans.map((p) => p.issuer))],
    latestStated: stated.sort().at(-1) ?? null,
    entries: plans.map((p) => ({
      id: id(planPath(p.id), p.issuer),
      title: p.title,
      link: absolute(planPath(p.id)),
      author: p.issuer,
      date: planDate(p),
      summary: `${p.issuer}${p.year}年度计划全文。`,
    })),
  });
  return new Response(body, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
};
