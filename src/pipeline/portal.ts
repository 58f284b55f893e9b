/**
 * portal: checks an HTML fragment the portal's maintainers give (portal/header.html, portal/footer.html).
 * The fragment is trusted — it comes from the portal team, not from a bureau's editor — and is inserted
 * into every page as it is. What is refused is what would break on this site: a whole document instead of
 * a fragment, a <base> (it would move every link of the page), and a relative address, which points
 * somewhere else on each level of the site (/plans/ and /plans/x/print/).
 */
import type { Problem } from "./input-error.ts";

export interface FragmentCheck {
  problems: Problem[]; // the build stops on these
  notes: Problem[]; // said in the build's output, not stopping it
}

const DOCUMENT_TAG = /<(!doctype|html|head|body)[\s>]/gi;
const BASE_TAG = /<base[\s>]/gi;
const SCRIPT_TAG = /<script[\s>]/gi;
const URL_ATTRIBUTE = /\s(href|src|action|poster|data|formaction|background)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/gi;
const SRCSET = /\ssrcset\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;
const CSS_URL = /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]+))\s*\)/gi;

/** Returns whether an address means the same place from every page: absolute (a scheme, //host or /path), an in-page #fragment, or empty. */
export function isPortable(url: string): boolean {
  const u = url.trim();
  return u === "" || /^(?:[a-z][a-z0-9+.-]*:|\/|#)/i.test(u);
}

/** Returns the problems of the fragment `html` read from `file`, each at its line and column. */
export function checkPortalFragment(html: string, file: string): FragmentCheck {
  const starts = [0];
  for (let i = html.indexOf("\n"); i !== -1; i = html.indexOf("\n", i + 1)) starts.push(i + 1);
  const where = (index: number) => {
    let line = starts.findIndex((s) => s > index);
    line = line === -1 ? starts.length : line;
    return { file, line, column: index - starts[line - 1]! + 1 };
  };
  const problems: Problem[] = [];
  const notes: Problem[] = [];
  if (html.trim() === "") problems.push({ file, line: 0, column: 0, reason: "文件是空的：不需要门户的页头或页尾时，请删除这个文件" });
  const comments = [...html.matchAll(/<!--[\s\S]*?-->/g)].map((m) => [m.index!, m.index! + m[0].length] as const);
  const inComment = (i: number) => comments.some(([from, to]) => i >= from && i < to);
  const found = (pattern: RegExp) => [...html.matchAll(pattern)].filter((m) => !inComment(m.index!));
  for (const m of found(DOCUMENT_TAG).slice(0, 1))
    problems.push({ ...where(m.index!), reason: `应是一段 HTML 片段（页头或页尾本身），不是完整的网页：请去掉 <!DOCTYPE>、<html>、<head>、<body>，只留页头或页尾的内容（这里是 ${m[0].trim()}）` });
  for (const m of found(BASE_TAG))
    problems.push({ ...where(m.index!), reason: "含 <base> 元素：它会改变本站每个链接指向的地方，请删除" });
  const relative = (at: number, url: string) =>
    problems.push({ ...where(at), reason: `相对地址“${url}”在本站不同层级的页面上会指向不同的地方：请写成以 / 开头的地址（如 /${url.replace(/^(\.\.?\/)+/, "")}）或完整网址（https://…）` });
  for (const m of found(URL_ATTRIBUTE)) {
    const url = m[2] ?? m[3] ?? m[4] ?? "";
    if (!isPortable(url)) relative(m.index! + m[0].indexOf(url), url);
  }
  for (const m of found(SRCSET))
    for (const candidate of (m[1] ?? m[2] ?? "").split(",").map((c) => c.trim().split(/\s+/)[0]!).filter(Boolean))
      if (!isPortable(candidate)) relative(m.index! + m[0].indexOf(candidate), candidate);
  for (const m of found(CSS_URL)) {
    const url = m[1] ?? m[2] ?? m[3] ?? "";
    if (!isPortable(url)) relative(m.index! + m[0].indexOf(url), url);
  }
  const scripts = found(SCRIPT_TAG);
  if (scripts.length)
    notes.push({ ...where(scripts[0]!.index!), reason: `含 ${scripts.length} 个 <script>：按原样插入每个页面，这些页面因此不再是零 JavaScript（本站自己的内容页仍不带脚本）` });
  return { problems: problems.sort((a, b) => a.line - b.line || a.column - b.column), notes };
}
