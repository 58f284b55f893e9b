export function acquireBuildLock(file: string, now?: Date): { note: string | null; release: () => void };
