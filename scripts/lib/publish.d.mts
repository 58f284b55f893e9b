export function publishPaths(final: string): { dir: string; staged: string; planIndex: string; routesNext: string; routes: string; journal: string };
export function publishSite(staged: string, final: string): string | null;
export function recoverPublish(final: string): string[];
export function preparePublish(final: string, elsewhere?: string[]): void;
export function removeLeftovers(final: string, elsewhere?: string[]): void;
export function describeLastGood(final: string, elsewhere?: string[]): string;
