import type { Browser } from "playwright-core";
export const INSTALL_HINT: string;
export function findChromium(): string | null;
export function launchChromium(): Promise<Browser>;
export function serveDir(dir: string, base?: string): Promise<{ origin: string; close: () => Promise<void> }>;
