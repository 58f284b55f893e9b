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

/** Returns the length of a vector. */
export function norm(v: Vector): number {
  let sum = 0;
  for (const x of v.values()) sum += x * x;
  return Math.sqrt(sum);
}

/** Returns the cosine of two vectors, 0 to 1; 0 when either is empty. Pass their norms when comparing many pairs. */
export function cosine(a: Vector, b: Vector, normA = norm(a), normB = norm(b)): number {
  const n = normA * normB;
  if (n === 0) return 0;
  let dot = 0;
  for (const [g, x] of a) {
    const y = b.get(g);
    if (y !== undefined) dot += x * y;
  }
  return dot / n;
}
