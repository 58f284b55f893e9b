export const INDEXED_PAGES: string[];
export const PLAN_BUNDLE: string;
export const PAGE_BUNDLE: string;
export function planRecords(plan: unknown, statusOf?: (anchor: string) => string[]): { url: string; content: string; language: string; filters: Record<string, string[]>; meta: Record<string, string> }[];
export function writePlanIndex(plans: { id: string }[], outputPath: string, statusOf?: (plan: string) => (anchor: string) => string[]): Promise<number>;
export function writePageIndex(dir: string): Promise<number>;
