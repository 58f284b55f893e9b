/**
 * site-identity: what the pages say about the site — its name, the <meta> tags government portals and
 * their harvesters read, the footer's sponsor and registration lines — from data/site.csv, read once per
 * build; and the portal's header and footer, when given. Nothing is invented: what the editor has not
 * filled in is left out, and the site's name falls back to siteName() (from the plans' issuers).
 */
import { loadSiteIdentity, type SiteIdentity } from "../io/site-identity.ts";
import { formatProblem } from "../pipeline/input-error.ts";
import type { SiteInfo } from "../schema/site.ts";
import type { Plan } from "../schema/plan.ts";
import { perBuild } from "./per-build.ts";
import { siteName } from "./site.ts";

/** Returns the site's identity; read once per build (on each request in dev). A note on the inputs (a <script> in a portal fragment) is printed once. */
export const getSiteIdentity = perBuild(async (): Promise<SiteIdentity> => {
  const identity = await loadSiteIdentity();
  for (const note of identity.notes) console.warn(`提示：${formatProblem(note)}`);
  return identity;
});

/** The names a page shows: `name` in the header, on the home page and in the feed; `title(page)` for <title>. */
export function siteNames(info: SiteInfo, plans: Pick<Plan, "issuer">[]) {
  const name = info.columnName ?? info.siteName ?? siteName(plans);
  const within = info.siteName !== null && info.siteName !== name ? info.siteName : null; // the portal the column is in
  return {
    name,
    /** The site's own name when the editor names neither the website nor the column: the site is then its own website. */
    website: info.siteName ?? (info.columnName === null ? name : null),
    title: (page: string) => [page === name ? null : page, name, within].filter((t) => t !== null).join(" - "),
  };
}

/** What the plan-level <meta> tags say of the article a page shows (a plan, its printable summary). */
export interface ArticleMeta {
  title: string;
  published: string | null; // YYYY-MM-DD: 发布日期, else 成文日期; null when the catalogue knows neither
  source: string | null; // the issuer
  keywords: string[] | null; // the plan's 关键词
  description: string;
}

/** Returns the article meta of a plan, titled `title` (the page's own title: a summary is 《…》（年度摘要）). */
export function planArticle(plan: Pick<Plan, "issuer" | "disclosure">, title: string, description: string): ArticleMeta {
  return {
    title,
    published: plan.disclosure.datePublished ?? plan.disclosure.dateWritten,
    source: plan.issuer || null,
    keywords: plan.disclosure.keywords,
    description,
  };
}

/**
 * Returns the <meta name content> pairs government portals and their harvesters read: the site's
 * (SiteName, SiteDomain, SiteIDCode), the column's (ColumnName, ColumnDescription, ColumnKeywords,
 * ColumnType) and, on an article's pages, the article's (ArticleTitle, PubDate, ContentSource, Keywords,
 * Author, Description, Url). A tag whose value is not known is left out. `url` is the page's address:
 * absolute when the site's URL is set, else its path; `siteUrl` gives SiteDomain when site.csv does not.
 */
export function portalMeta(info: SiteInfo, website: string | null, opts: { url: string; siteUrl?: URL; article?: ArticleMeta }): [string, string][] {
  const { article } = opts;
  const pairs: [string, string | null | undefined][] = [
    ["SiteName", website],
    ["SiteDomain", info.domain ?? opts.siteUrl?.hostname],
    ["SiteIDCode", info.siteIdCode],
    ["ColumnName", info.columnName],
    ["ColumnDescription", info.columnDescription],
    ["ColumnKeywords", info.columnKeywords?.join(",")],
    ["ColumnType", info.columnType],
  ];
  if (article)
    pairs.push(
      ["ArticleTitle", article.title],
      ["PubDate", article.published],
      ["ContentSource", article.source],
      ["Keywords", article.keywords?.join(",")],
      ["Author", article.source],
      ["Url", opts.url],
    );
  return pairs.filter((p): p is [string, string] => typeof p[1] === "string" && p[1] !== "");
}

/** The footer's lines: sponsor, organiser, contact, the site's identification code, ICP and police registration numbers — each only when given. */
export function footerLines(info: SiteInfo): { label: string; value: string; href?: string }[] {
  const lines: { label: string; value: string | null; href?: string }[] = [
    { label: "主办单位", value: info.sponsor },
    { label: "承办单位", value: info.organizer },
    { label: "联系方式", value: info.contact },
    { label: "网站标识码", value: info.siteIdCode },
    { label: "ICP备案号", value: info.icp, href: "https://beian.miit.gov.cn/" },
    { label: "公安机关备案号", value: info.police },
  ];
  return lines.filter((l): l is { label: string; value: string; href?: string } => l.value !== null);
}
