/** controls: finds the invisible control characters a file should not carry (NUL, Word's manual line break U+000B, C1 codes …) and shows them visibly. */

/** A control character never written raw into a page, a feed or a data file: C0 codes except tab and line ends, DEL, C1 codes, and the non-characters U+FFFE/U+FFFF. */
export const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]/g; // control or non-character

/** Returns how a control character is named to an editor: U+000B（Word 中的手动换行符） … */
export function describeControl(char: string): string {
  const code = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
  const known: Record<string, string> = { "\u0000": "NUL 空字符", "\u000b": "Word 中的手动换行符", "\u000c": "分页符", "\u001a": "文件结束符" };
  return known[char] ? `${code}（${known[char]}）` : code;
}

/** Returns the visible stand-in for a control character: its Control Pictures glyph (␀ ␋ ␡ …) or, for C1 codes and non-characters, U+FFFD �. */
export function showControl(char: string): string {
  const code = char.codePointAt(0)!;
  return code < 0x20 ? String.fromCodePoint(0x2400 + code) : code === 0x7f ? "\u2421" : "\ufffd";
}

/**
 * Returns `text` with every control character replaced by its visible stand-in, and a warning per line
 * that had any (1-based line, the characters named). Line ends (\n, \r) and tabs are kept as they are.
 */
export function showControls(text: string): { text: string; warnings: { line: number; message: string }[] } {
  const warnings: { line: number; message: string }[] = [];
  if (!new RegExp(CONTROL.source).test(text)) return { text, warnings };
  const lines = text.split(/(?<=\r\n|\r(?!\n)|\n)/);
  const shown = lines.map((line, i) => {
    const found = [...new Set(line.match(CONTROL) ?? [])];
    if (found.length) warnings.push({ line: i + 1, message: `原文含不可见的控制字符 ${found.map(describeControl).join("、")}，页面上以 ${found.map(showControl).join(" ")} 显示：请核对原件` });
    return line.replace(CONTROL, showControl);
  });
  return { text: shown.join(""), warnings };
}

/** Returns the first control character in `text` with its 1-based line and column, or null. */
export function findControl(text: string): { line: number; column: number; char: string } | null {
  const at = text.search(new RegExp(CONTROL.source));
  if (at === -1) return null;
  const before = text.slice(0, at).split(/\r\n|\r|\n/);
  return { line: before.length, column: before.at(-1)!.length + 1, char: text[at]! };
}
