export const INDEXED_PAGES: string[];
export function planRecords(plan: unknown): { url: string; content: string; language: string; filters: Record<string, string[]>; meta: Record<string, string> }[];
export function writeSearchIndex(dir: string): Promise<{ records: number; pages: number }>;
