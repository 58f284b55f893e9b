export function sitePages(dir: string): string[];
export function writeCarePages(dir: string, base?: string): { pages: number; bytes: number };
