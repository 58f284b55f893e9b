/** checks: warns about what the parser is unsure of — numbering gaps and repeats, unbalanced brackets. */
import type { Part, Warning } from "../schema/plan.ts";
import type { Line } from "./normalise.ts";
import { parseChineseNumeral } from "./numerals.ts";

/**
 * Returns warnings for numbering that skips or repeats: parts (一、二、…), sections within a part, and
 * measures within a part, which may run on across sections (1–24) or restart at 1 in each.
 */
export function checkNumbering(parts: Part[]): Warning[] {
  const warnings: Warning[] = [];
  const sequence = (kind: string, items: { n: number | null; line: number; restart?: boolean }[]) => {
    let prev: number | null = null;
    for (const { n, line, restart } of items) {
      if (n === null) continue;
      const expected: number = prev === null ? 1 : prev + 1;
      if (n !== expected && !(restart && n === 1)) {
        const message = prev !== null && n <= prev ? `${kind}编号重复或倒退：${prev} 之后是 ${n}` : `${kind}编号不连续：${prev === null ? "应从 1 开始，" : `${prev} 之后`}是 ${n}`;
        warnings.push({ line, message });
      }
      prev = n;
    }
  };
  sequence("部分", parts.filter((p) => p.number).map((p) => ({ n: parseChineseNumeral(p.number), line: p.line })));
  for (const part of parts) {
    sequence("分节", part.sections.filter((s) => s.number).map((s) => ({ n: parseChineseNumeral(s.number!), line: s.line })));
    sequence("条目", part.sections.flatMap((s) => s.measures.map((m, i) => ({ n: m.number, line: m.line, restart: i === 0 }))));
  }
  return warnings;
}

const PAIRS: [string, string, string][] = [["（(", "）)", "括号"], ["“", "”", "引号"], ["《", "》", "书名号"]];

/** Returns a warning for each line whose brackets — （ ） ( ), “ ”, 《 》 — do not pair up. */
export function checkBrackets(lines: Line[]): Warning[] {
  return lines.flatMap(({ no, text }) =>
    PAIRS.flatMap(([open, close, name]) => {
      let depth = 0;
      let unmatched = 0;
      for (const ch of text) {
        if (open.includes(ch)) depth++;
        else if (close.includes(ch)) depth > 0 ? depth-- : unmatched++;
      }
      if (depth === 0 && unmatched === 0) return [];
      const what = depth > 0 ? `${depth} 个左${name}没有闭合` : `${unmatched} 个右${name}没有对应的左${name}`;
      return [{ line: no, message: `${name}不配对：${what}` }];
    }),
  );
}

const COMPLETE_END = /[。！？!?；;：:）)”》…]$/; // a line that ends a sentence or a list

/** Returns a warning when the document's last line stops mid-sentence, as a truncated copy does. */
export function checkEnding(lines: Line[]): Warning[] {
  const last = lines.at(-1);
  if (!last || lines.length < 2 || COMPLETE_END.test(last.text)) return [];
  return [{ line: last.no, message: "文件最后一行不是完整的句子，原文可能不全" }];
}
