export class BuildStop extends Error {}
export function explainFsError(error: unknown, folder: string): Error;
