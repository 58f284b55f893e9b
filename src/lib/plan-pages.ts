/**
 * plan-pages: what a plan's two printable pages show — /plans/<id>/ and its A4 summary /plans/<id>/print/ —
 * as their props, made from the site model, and the links to the PDFs printed from them. The pages render
 * from these props alone, so that an incremental build knows when they change (lib/incremental.ts).
 */
import { hasCachedPdf, hasCachedPdfNamed, printingPdfs } from "../io/pdf-cache.ts";
import { linkGoals } from "../model/indicator-summary.ts";
import type { SiteModel } from "../model/site-model.ts";
import type { Plan } from "../schema/plan.ts";
import { routeDigest } from "./incremental.ts";
import { keyIndicators } from "./summary.ts";
import { pdfPath } from "./urls.ts";

/** The files the two pages write (as lib/incremental.ts names them). */
export const PLAN_PAGE = "plans/[id]/index.html";
export const PRINT_PAGE = "plans/[id]/print/index.html";

/** The file names of a plan's PDFs under pdf/: the whole plan (its page) and the summary (its print page). */
export const pdfNames = (id: string) => ({ full: `${id}.pdf`, summary: `${id}-summary.pdf` });

/** The links to a plan's PDFs; null where none is published. */
export interface PdfLinks { full: string | null; summary: string | null }

const year = (p: { id: string; year: number } | null) => (p ? { id: p.id, year: p.year } : null);

/** Returns the props of /plans/<id>/. */
export function planPageProps(model: SiteModel, plan: Plan, pdf: PdfLinks) {
  const { previous, next } = model.neighbours.get(plan.id)!;
  const { withPrevious, withNext } = model.comparisonsOf.get(plan.id) ?? { withPrevious: null, withNext: null };
  return {
    plan, previous: year(previous), next: year(next), counts: model.counts.get(plan.id)!, links: linkGoals(plan, model.series),
    withPrevious: withPrevious?.id ?? null, withNext: withNext?.id ?? null, labels: model.labels, pdf,
    progress: model.progress.get(plan.id) ?? null, reportedPlan: reportedPlan(model, plan), across: model.carryOn.get(plan.id) ?? null,
  };
}

/** The plan a report reports on (its id and title), when the catalogue names one. */
function reportedPlan(model: SiteModel, plan: Plan): { id: string; title: string } | null {
  const on = plan.reporting?.plan ? model.plans.find((p) => p.id === plan.reporting!.plan) : undefined;
  return on ? { id: on.id, title: on.title } : null;
}

/** Returns the props of /plans/<id>/print/. */
export function printPageProps(model: SiteModel, plan: Plan, pdf: PdfLinks) {
  return {
    plan, links: linkGoals(plan, model.series), withPrevious: model.comparisonsOf.get(plan.id)?.withPrevious ?? null,
    charts: keyIndicators(plan, model.issuerSeries.get(plan.issuer)!), pdf, progress: model.progress.get(plan.id) ?? null,
  };
}

const NO_PDF: PdfLinks = { full: null, summary: null };
const decided = new Map<string, Promise<PdfLinks>>();

/**
 * Returns the links to the plan's PDFs that this build publishes: both when it prints them (--pdf); else
 * both when a PDF printed from each page, as the page is with these links, is in the cache (the pages are
 * then byte for byte the ones printed); none otherwise, so a PDF never differs from the page it links from.
 * Decided once per plan and build.
 */
export function pdfLinksOf(model: SiteModel, plan: Plan): Promise<PdfLinks> {
  if (!decided.has(plan.id) || !import.meta.env.PROD) decided.set(plan.id, decidePdfLinks(model, plan));
  return decided.get(plan.id)!;
}

async function decidePdfLinks(model: SiteModel, plan: Plan): Promise<PdfLinks> {
  const names = pdfNames(plan.id);
  const linked = { full: pdfPath(names.full), summary: pdfPath(names.summary) };
  if (printingPdfs()) return linked;
  if (!hasCachedPdfNamed(names.full) || !hasCachedPdfNamed(names.summary)) return NO_PDF;
  const [page, print] = await Promise.all([
    routeDigest(PLAN_PAGE, { id: plan.id }, planPageProps(model, plan, linked)),
    routeDigest(PRINT_PAGE, { id: plan.id }, printPageProps(model, plan, linked)),
  ]);
  return hasCachedPdf(names.full, page) && hasCachedPdf(names.summary, print) ? linked : NO_PDF;
}

/** Returns the paths of a plan page route: `page` is PLAN_PAGE or PRINT_PAGE, `props` its props maker. */
export async function planPaths<P>(model: SiteModel, props: (model: SiteModel, plan: Plan, pdf: PdfLinks) => P) {
  return Promise.all(model.plans.map(async (plan) => ({ params: { id: plan.id }, props: props(model, plan, await pdfLinksOf(model, plan)) })));
}
