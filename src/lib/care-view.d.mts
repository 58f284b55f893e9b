export const CARE_DIR: string;
export function otherView(base: string, path: string, toCare: boolean): string;
export function viewSwitchHtml(href: string, toCare: boolean): string;
export function careCopy(html: string, base: string): string;
