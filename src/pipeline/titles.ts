/** titles: a measure's title — its first sentence before any annotation. */

/** Returns a measure's title: its first sentence, 。 included, before any annotation or line break. */
export function titleOf(text: string, annotationStart: number): string {
  const head = text.slice(0, annotationStart).split("\n")[0]!;
  const end = head.search(/[。！？!?]|(?<![0-9０-９])\.(?![0-9０-９])/); // 。 or an ASCII full stop, not a decimal point
  return (end === -1 ? head : head.slice(0, end + 1)).trim();
}
