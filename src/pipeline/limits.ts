/** limits: how large an input may be before it is refused with a message, so that no file can exhaust the build's memory or time. */

export const LIMITS = {
  seedBytes: 30 * 1024 * 1024, // one original document in seeds/ (a Word file with pictures can be large)
  textBytes: 5 * 1024 * 1024, // a plan as text: about 1.7 million Chinese characters, far beyond any real plan
  lineChars: 200_000, // one line of a plan: text without line breaks is still split at its headings
  csvBytes: 20 * 1024 * 1024, // one CSV file in data/
  noteBytes: 1024 * 1024, // one note in notes/
  portalBytes: 1024 * 1024, // one fragment of the portal's page chrome in portal/
};

/** Returns a size in megabytes as an editor reads it: 30 MB, 0.2 MB. */
export function megabytes(bytes: number): string {
  return `${Number((bytes / 1024 / 1024).toFixed(1))} MB`;
}
