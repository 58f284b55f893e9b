/** similarity: how alike two Chinese texts are — cosine of TF-IDF weighted character bigrams, no word segmentation needed. */

export type Vector = Map<string, number>;

const SKIP = /[^\p{Script=Han}A-Za-z0-9]/u; // punctuation and spaces break bigrams

/** Returns the counts of the text's character bigrams, not crossing punctuation. */
export function bigrams(text: string): Vector {
  const out: Vector = new Map();
  const chars = [...text];
  for (let i = 0; i + 1 < chars.length; i++) {
    if (SKIP.test(chars[i]!) || SKIP.test(chars[i + 1]!)) continue;
    const g = chars[i]! + chars[i + 1]!;
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
}

/** Returns one TF-IDF vector per text: bigrams common to every text weigh little, rare shared ones much. */
export function tfidf(texts: string[]): Vector[] {
  const counts = texts.map(bigrams);
  const df = new Map<string, number>();
  for (const c of counts) for (const g of c.keys()) df.set(g, (df.get(g) ?? 0) + 1);
  return counts.map((c) => new Map([...c].map(([g, n]) => [g, n * Math.log((1 + texts.length) / (1 + df.get(g)!)) + n * 1e-3])));
}

/** Returns the cosine of two vectors, 0 to 1; 0 when either is empty. */
export function cosine(a: Vector, b: Vector): number {
  let dot = 0;
  for (const [g, x] of a) dot += x * (b.get(g) ?? 0);
  const norm = (v: Vector) => Math.sqrt([...v.values()].reduce((s, x) => s + x * x, 0));
  const n = norm(a) * norm(b);
  return n === 0 ? 0 : dot / n;
}
