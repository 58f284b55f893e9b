export interface RouteRecord { file: string; digest: string; reused: boolean }
export interface RouteManifest { version: 1; routes: Record<string, { digest: string; sha256: string }>; planIndex?: { key: string; sha256: string } }
export function readRouteRecords(routesDir: string): RouteRecord[];
export function copyReusedFiles(records: RouteRecord[], staged: string, final: string): string[];
export function siteManifest(records: RouteRecord[], staged: string, previousManifestFile: string): RouteManifest;
export function treeHash(dir: string): string | null;
export function writeManifest(manifest: RouteManifest, file: string): void;
export function readManifest(file: string): RouteManifest;
