// search-match: what /search/ does with Pagefind's results in the reader's browser — keep only the records
// that contain the whole query (or a name the site's vocabulary gives for it), put the plans' measures
// before the hub pages, find the sentence to show, and offer the closest vocabulary terms when nothing
// matches. Plain JavaScript of function declarations only, without imports: the search page inlines this
// file's source (src/lib/search-script.ts), and the unit tests call the same functions.

/** Returns the text in the form matching compares: NFKC (full-width letters and digits to ASCII), lower case. */
export function foldText(text) {
  return String(text ?? "").normalize("NFKC").toLowerCase();
}

/** Returns the query's terms: folded, split at spaces; empty for a blank query. */
export function queryTerms(query) {
  return foldText(query).split(/\s+/).filter(Boolean);
}

/**
 * Returns the index in `text` (both folded) where `term` occurs as a whole, or -1. A term's letters and digits
 * are a whole: 5g is not found in 15g or 5gb, 2022年 is not found in 12022年; Chinese characters need no border.
 */
export function findTerm(text, term, from = 0) {
  const alnum = /[0-9a-z]/;
  for (let i = text.indexOf(term, from); i !== -1; i = text.indexOf(term, i + 1)) {
    const before = text[i - 1] ?? "";
    const after = text[i + term.length] ?? "";
    if (alnum.test(term[0]) && alnum.test(before)) continue;
    if (alnum.test(term[term.length - 1]) && alnum.test(after)) continue;
    return i;
  }
  return -1;
}

/**
 * Returns how a record answers the query: "text" when its own words contain every term; "vocabulary" when
 * some term is found only among the names the site gives for what the record names (`groups`: each a list
 * of names of one indicator, entity or theme) or in an editor's note on it (`notes`); null otherwise.
 */
export function matchRecord(terms, content, groups = [], notes = "") {
  if (terms.length === 0) return null;
  const text = foldText(content);
  const names = foldText(groups.flat().join("\n") + "\n" + notes);
  let how = "text";
  for (const term of terms) {
    if (findTerm(text, term) !== -1) continue;
    if (findTerm(names, term) === -1) return null;
    how = "vocabulary";
  }
  return how;
}

/**
 * Returns the sentence of `content` to show for the query, as pieces [text, marked]: the first sentence (up to
 * 。；！？ or a line break) holding a term, or else a name of the record's `groups` one of whose other names
 * holds a term (规模工业企业 for 规上企业); the whole text's start when none does.
 */
export function excerptPieces(terms, content, groups = []) {
  const text = String(content ?? "");
  const folded = foldText(text);
  const wanted = [...terms];
  for (const group of groups) if (group.some((n) => terms.some((t) => findTerm(foldText(n), t) !== -1))) wanted.push(...group.map(foldText));
  let at = -1;
  let length = 0;
  for (const w of wanted) {
    const i = w ? findTerm(folded, w) : -1;
    if (i !== -1 && (at === -1 || i < at)) [at, length] = [i, w.length];
  }
  if (at === -1 || folded.length !== text.length) return [[text.slice(0, 120) + (text.length > 120 ? "……" : ""), false]];
  const stop = /[。；！？\n]/;
  let start = at;
  while (start > 0 && !stop.test(text[start - 1])) start--;
  let end = at + length;
  while (end < text.length && !stop.test(text[end])) end++;
  if (end < text.length) end++;
  const sentence = text.slice(start, end);
  const pieces = [];
  let rest = sentence;
  while (rest) {
    let hit = -1;
    let hitLength = 0;
    for (const w of wanted) {
      const i = w ? findTerm(foldText(rest), w) : -1;
      if (i !== -1 && (hit === -1 || i < hit || (i === hit && w.length > hitLength))) [hit, hitLength] = [i, w.length];
    }
    if (hit === -1) {
      pieces.push([rest, false]);
      break;
    }
    if (hit > 0) pieces.push([rest.slice(0, hit), false]);
    pieces.push([rest.slice(hit, hit + hitLength), true]);
    rest = rest.slice(hit + hitLength);
  }
  return pieces;
}

/** Returns the edit distance of two strings (by code point). */
export function editDistance(a, b) {
  const [x, y] = [[...a], [...b]];
  let row = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const next = [i];
    for (let j = 1; j <= y.length; j++) next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    row = next;
  }
  return row[y.length];
}

/**
 * Returns up to `count` terms of the vocabulary closest to the query, closest first: those within one edit
 * per three characters of it (僵死企业 → 僵尸企业, 专精特兴 → 专精特新), or that contain it or are contained in it
 * with at most two characters more or less; none when nothing is that close.
 */
export function closestTerms(query, vocabulary, count = 3) {
  const q = foldText(query).replace(/\s+/g, "");
  const n = [...q].length;
  if (n === 0) return [];
  const allowed = Math.max(1, Math.floor(n / 3));
  const scored = [];
  for (const term of new Set(vocabulary)) {
    const t = foldText(term);
    if (t === q) continue;
    const d = editDistance(q, t);
    const near = d <= allowed || ((t.includes(q) || q.includes(t)) && Math.abs([...t].length - n) <= 2 && [...t].length >= 2);
    if (near) scored.push([d, term]);
  }
  return scored.sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0)).slice(0, count).map((s) => s[1]);
}

/**
 * Returns the results in the order they are shown: records of the plans' text that contain the query in their
 * own words, then those found by the vocabulary, then the hub pages (indicators, themes, entities, offices);
 * within each, Pagefind's order. Each result is { url, plan: boolean, how: "text" | "vocabulary" }.
 */
export function orderResults(results) {
  const rank = (r) => (r.plan ? 0 : 2) + (r.how === "vocabulary" ? 1 : 0);
  return results.map((r, i) => [rank(r), i, r]).sort((a, b) => a[0] - b[0] || a[1] - b[1]).map((x) => x[2]);
}
