export const INDEXED_PAGES: string[];
export const PLAN_BUNDLE: string;
export const PAGE_BUNDLE: string;
/** What the index carries beside a measure's words: the site's names for what it is about, the editor's notes on it, and its statuses (the 落实情况 filter). */
export type Describe = (plan: any, measure: any) => { names: string; note: string; statuses?: string[] };
export function planRecords(plan: unknown, describe?: Describe): { url: string; content: string; language: string; filters: Record<string, string[]>; meta: Record<string, string> }[];
export function writePlanIndex(plans: { id: string }[], outputPath: string, describe?: Describe): Promise<number>;
export function writePageIndex(dir: string): Promise<number>;
