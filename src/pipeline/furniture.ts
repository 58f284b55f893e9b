/** furniture: recognises page furniture — breadcrumbs, share and print buttons, hit counters, page numbers — copied along with a document from a web page or a document-sharing site. */

/** Whole lines that are page chrome, each pattern matched against the line without a leading bullet. */
const FURNITURE_LINES: readonly RegExp[] = [
  /^(?:当前位置|您的位置|您当前的位置|当前的位置|所在位置)\s*[:：]/, // breadcrumb
  /^首页\s*[>›»/]/, // breadcrumb
  /^[>›»]\s*\S/, // breadcrumb continued on its own line
  /^【?\s*字[体号]\s*[:：【]|^【\s*字[体号]/, // font-size widget: 字体:【 默认 超大 |, 【字体：大 中 小】
  /^分享(?:到|至)?\s*[:：]?\s*(?:微信朋友圈|朋友圈|微信|新浪微博|微博|QQ空间|QQ好友|QQ|[\s、|])*$/i, // share buttons
  /^(?:用?微信|手机)?扫(?:一扫|码|描二维码).{0,15}$/, // QR-code prompts
  /^(?:上一篇|下一篇|上一条|下一条)\s*[:：]?/, // neighbour links
  /^[(（]\s*略\s*[)）]$/, // a site-inserted elision alone
  /^[-—–－]+\s*[0-9０-９]+\s*[-—–－]+$/, // page number: - 3 -, —3—
  /^第\s*[0-9０-９]+\s*页\s*[,，/]?\s*共\s*[0-9０-９]+\s*页$|^共\s*[0-9０-９]+\s*页\s*[,，/]?\s*第\s*[0-9０-９]+\s*页$/, // 第3页 共10页
];

/** Words of buttons and links; a line of nothing but these (in 【】 or | or spaced apart) is furniture. */
const BUTTON_WORDS: ReadonlySet<string> = new Set(
  [
    "打印", "打印本页", "打印此页", "打印文章", "关闭", "关闭窗口", "关闭本页", "返回顶部", "返回", "收藏", "加入收藏", "我的收藏",
    "分享", "分享到", "听全文", "纠错", "我要纠错", "保存", "下载", "立即下载", "免费下载", "加入vip免费下载", "下载文档",
    "购物车", "我的足迹", "举报", "评论", "点赞",
  ].map((w) => w.toLowerCase()),
);

/** Page-information labels that only a web page states (a hit counter, an editor): one of them makes a line furniture. */
const PAGE_LABELS_STRONG: readonly string[] = ["浏览次数", "浏览量", "阅读次数", "阅读量", "访问次数", "访问量", "点击数", "点击量", "点击率", "更新时间", "责任编辑"];
/** Page-information labels a document could also state: furniture only two together, or after a bullet or a date. */
const PAGE_LABELS_WEAK: readonly string[] = ["文章来源", "信息来源", "来源", "发布时间", "发布日期", "日期", "时间", "作者", "编辑"];

const PAGE_LABEL = new RegExp(
  `(?<=^|\\s)(${[...PAGE_LABELS_STRONG, ...PAGE_LABELS_WEAK].sort((a, b) => b.length - a.length).join("|")})\\s*[:：]`,
  "g",
);

/** A leading bullet, as page headers list their items. */
const BULLET = /^[•·●▪◆]\s*/;
/** A date, optionally with a time: 2022-04-14, 2022-11-02 11:13, 2022年4月14日. */
const DATE_TIME = /^\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?/;
/** A value in a page-information line is short. */
const PAGE_VALUE_MAX = 30;

/** Whether `text` (after any bullet or date prefix) is nothing but page-information label/value pairs of web-page kind. */
function isPageInfo(text: string, prefixed: boolean): boolean {
  const found = [...text.matchAll(PAGE_LABEL)];
  if (found.length === 0 || found[0]!.index !== 0) return false;
  const values = found.map((m, i) => text.slice(m.index + m[0].length, i + 1 < found.length ? found[i + 1]!.index : text.length).trim());
  if (values.some((v) => v.length > PAGE_VALUE_MAX || /[。；;]/.test(v))) return false;
  return prefixed || found.length >= 2 || found.some((m) => PAGE_LABELS_STRONG.includes(m[1]!));
}

/**
 * Whether a whole line is page chrome rather than document text: a breadcrumb, a font-size widget, share, print and
 * download buttons, a QR-code prompt, neighbour links, a hit counter or source/date strip, a page number, a bullet
 * with a bare date or nothing. Such a line is kept and shown apart, never deleted.
 */
export function isPageFurniture(text: string): boolean {
  const line = text.trim();
  const bare = line.replace(BULLET, "");
  const bulleted = bare !== line;
  if (FURNITURE_LINES.some((re) => re.test(bare))) return true;
  if (bulleted && (/^[-—–]*$/.test(bare) || new RegExp(`${DATE_TIME.source}$`).test(bare))) return true;
  const words = bare.split(/[\s【】[\]|｜]+/).filter((w) => w !== "");
  if (words.length > 0 && words.every((w) => BUTTON_WORDS.has(w.toLowerCase()))) return true;
  const dated = DATE_TIME.exec(bare);
  const rest = dated ? bare.slice(dated[0].length).trim() : bare;
  return isPageInfo(rest, bulleted || dated !== null);
}

/** Elision marks a site inserts into a line: (略) or （略）, with one space either side when there is one. */
const ELISION = /[ \u00a0\u3000]?[(（]略[)）][ \u00a0\u3000]?/g;

/** Returns the site-inserted elisions in a line — " (略) ", "（略）" — with the single spaces around them, in order. */
export function findInlineElisions(text: string): { start: number; end: number; text: string }[] {
  return [...text.matchAll(ELISION)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}
