/** legibility: what a reader's eyes and fingers meet on a loaded page — text size, line height, contrast of every text, size of every target. */
import type { Page } from "playwright-core";

export interface Legibility {
  bodyFont: number; // px: the computed font size of the page's running text (main paragraphs)
  bodyLineHeight: number; // the running text's line height ÷ its font size
  paragraphGap: number; // the least gap between two paragraphs (or two measures) in a row ÷ the line height; 0 when the page has none
  contrast: { min: number; text: string; color: string; background: string }; // the lowest contrast of any visible text, HTML or SVG
  targets: { min: { width: number; height: number }; small: string[] }; // links, buttons, fields and summaries: the smallest box, and each below `targetSize` (inline links in a sentence excepted, as WCAG 2.5.8 does)
  title: string[]; // tooltips (title=) whose meaning the page says nowhere else: seen on hover alone
}

/**
 * Returns the legibility of the page as loaded. Contrast is computed as WCAG defines it, against the first
 * opaque background behind the text (translucent ones blended in); a target is "inline" when it sits in a
 * line of other text (a link in a sentence), which WCAG 2.5.8 exempts from the size rule.
 */
export async function measureLegibility(page: Page, targetSize: number): Promise<Legibility> {
  return page.evaluate(String.raw`((size) => {
    const parse = (c) => {
      const m = /rgba?\(([^)]+)\)/.exec(c);
      if (!m) return [0, 0, 0, 0];
      const parts = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
      return [parts[0], parts[1], parts[2], parts.length > 3 ? parts[3] : 1];
    };
    const over = (top, bottom) => [0, 1, 2].map((i) => top[i] * top[3] + bottom[i] * (1 - top[3])).concat(1);
    const backgroundOf = (el) => {
      const layers = [];
      for (let e = el; e; e = e.parentElement) {
        const bg = parse(getComputedStyle(e).backgroundColor);
        if (bg[3] > 0) layers.push(bg);
        if (bg[3] === 1) break;
      }
      return layers.reverse().reduce((acc, layer) => over(layer, acc), [255, 255, 255, 1]);
    };
    const luminance = (rgb) => {
      const [r, g, b] = rgb.slice(0, 3).map((v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const ratio = (a, b) => {
      const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
      return (x + 0.05) / (y + 0.05);
    };
    const visible = (el) => {
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return box.width > 0 && box.height > 0 && style.visibility !== "hidden" && !el.closest(".sr-only, [aria-hidden=true]");
    };

    let contrast = { min: Infinity, text: "", color: "", background: "" };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!node.textContent.trim() || !visible(el) || el.closest("script, style, noscript")) continue;
      const style = getComputedStyle(el);
      const svg = el.closest("svg");
      const ink = parse(svg ? style.fill : style.color);
      if (ink[3] === 0) continue;
      const behind = backgroundOf(svg ?? el);
      const r = ratio(over(ink, behind), behind);
      if (r < contrast.min) contrast = { min: Math.round(r * 100) / 100, text: node.textContent.trim().slice(0, 30), color: svg ? style.fill : style.color, background: "rgb(" + behind.slice(0, 3).join(", ") + ")" };
    }

    const inline = (el) => {
      if (getComputedStyle(el).display !== "inline") return false;
      const block = el.parentElement.closest("p, li, dd, td, figcaption, span.resp, small");
      return !!block && block.textContent.replace(/\s+/g, "").length > el.textContent.replace(/\s+/g, "").length + 4;
    };
    const targets = [...document.querySelectorAll("a[href], button, input:not([type=hidden]), select, textarea, summary")].filter(visible);
    let min = { width: Infinity, height: Infinity };
    const small = [];
    for (const t of targets) {
      const box = t.getBoundingClientRect();
      min = { width: Math.min(min.width, Math.round(box.width)), height: Math.min(min.height, Math.round(box.height)) };
      if ((box.width < size - 0.5 || box.height < size - 0.5) && !inline(t))
        small.push(t.tagName.toLowerCase() + (t.className ? "." + String(t.className).split(" ").join(".") : "") + " “" + (t.textContent || t.getAttribute("aria-label") || "").trim().slice(0, 20) + "” " + Math.round(box.width) + "×" + Math.round(box.height));
    }

    // running text: the size most of the characters of <main> are set in
    const bySize = new Map();
    for (const block of [...document.querySelectorAll("main p, main li, main td, main dd")].filter(visible)) {
      const size = getComputedStyle(block).fontSize;
      bySize.set(size, (bySize.get(size) ?? 0) + (block.textContent ?? "").trim().length);
    }
    const bodySize = [...bySize].sort((a, b) => b[1] - a[1])[0]?.[0];
    const body = [...document.querySelectorAll("main p, main li, main td, main dd")].filter(visible).find((b) => getComputedStyle(b).fontSize === bodySize) ?? document.body;
    const style = getComputedStyle(body);
    const font = parseFloat(style.fontSize);
    const line = style.lineHeight === "normal" ? font * 1.2 : parseFloat(style.lineHeight);
    // paragraphs in a row: two <p> of running text, or two measures of a plan
    const pairs = [...document.querySelectorAll("main p + p, main .measure + .measure")].filter(visible)
      .filter((b) => getComputedStyle(b).fontSize === bodySize || b.classList.contains("measure"))
      .map((b) => b.getBoundingClientRect().top - b.previousElementSibling.getBoundingClientRect().bottom);
    const gap = pairs.length ? Math.min(...pairs) : 0;
    // a tooltip's kind (量化承诺, 未公开 … the words before "："), or all of it, must be said on the page too
    const shown = document.body.innerText;
    const title = [...document.querySelectorAll("[title]")].filter(visible).map((el) => el.getAttribute("title")).filter((t) => !shown.includes(t.split("：")[0]));
    return {
      bodyFont: font,
      bodyLineHeight: Math.round((line / font) * 100) / 100,
      paragraphGap: Math.round((gap / line) * 100) / 100,
      contrast,
      targets: { min, small },
      title: [...new Set(title)],
    };
  })` + `(${targetSize})`);
}
