/** /feed.xml: an Atom feed of the plans, newest first — a reader subscribes to hear of next year's plan. */
import type { APIRoute } from "astro";
import { getPlans } from "../lib/plans.ts";
import { getSiteIdentity, siteNames } from "../lib/site-identity.ts";
import { atomFeed } from "../lib/feed.ts";
import { href, planPath } from "../lib/urls.ts";

export const GET: APIRoute = async ({ site }) => {
  const absolute = (path: string) => (site ? new URL(path, site).href : path);
  const plans = await getPlans();
  const body = atomFeed({
    title: siteNames((await getSiteIdentity()).info, plans).name,
    self: absolute(href("feed.xml")),
    home: absolute(href()),
    entries: plans.map((p) => ({
      id: absolute(planPath(p.id)),
      title: p.title,
      link: absolute(planPath(p.id)),
      updated: p.disclosure.datePublished ?? p.disclosure.dateWritten,
      summary: `${p.issuer}${p.year}年度计划全文。`,
    })),
  });
  return new Response(body, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
};
