/** SVG made comparable across runs and platforms: numbers to one decimal, generated ids renumbered, one tag a line. */
export function normaliseSvg(svg: string): string {
  const ids = new Map<string, string>();
  return svg
    .replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10))
    .replace(/\b(id="|url\(#|href="#)([^")]+)/g, (_, pre: string, id: string) => {
      if (!ids.has(id)) ids.set(id, `id-${ids.size + 1}`);
      return pre + ids.get(id);
    })
    .replace(/></g, ">\n<") + "\n";
}
