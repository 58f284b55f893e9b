export function sitePages(dir: string): string[];
export function writeCarePages(dir: string, base?: string, reuse?: { reused?: Set<string>; from?: string | null }): { pages: number; bytes: number; copied: number };
