/** cjkSpacing: the house style's space between Chinese and a Latin word, for messages and notes assembled from parts. */

/** Returns `text` with a space between a Chinese character and a Latin letter where it has none: “由Excel 表格” → “由 Excel 表格”. */
export function spaced(text: string): string {
  return text.replace(/([\u4e00-\u9fff])([A-Za-z])/g, "$1 $2").replace(/([A-Za-z])([\u4e00-\u9fff])/g, "$1 $2");
}
