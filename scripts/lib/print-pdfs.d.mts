import type { RouteRecord } from "./incremental.mjs";
export function printPdfs(records: (RouteRecord & { pdf?: string })[], staged: string, base: string, cacheDir: string, progress?: (done: number, total: number, name: string, seconds: number) => void): Promise<{ printed: number; cached: number }>;
export function publishPdfs(records: (RouteRecord & { pdf?: string })[], staged: string, cacheDir: string): Set<string>;
export function prunePdfCache(cacheDir: string, used: Set<string>): void;
