/**
 * The site's identity (data/site.csv): what the editor knows about the website and the column these pages
 * are published as — a two-column table 字段,值 filled in Excel. Every field may be left out or empty:
 * unknown is null, never guessed. Also the portal's page chrome (portal/header.html, portal/footer.html).
 */
import { z } from "zod";
import { optionalText } from "./cells.ts";

/** A cell that must match `pattern` when given: "" → null; anything else not matching is an issue saying what is expected. */
const optionalMatching = (pattern: RegExp, expected: string) =>
  z.string().transform((s, ctx) => {
    if (s === "") return null;
    if (!pattern.test(s)) {
      ctx.addIssue({ code: "custom", message: `“${s}”${expected}` });
      return z.NEVER;
    }
    return s;
  });

/** The fields of data/site.csv as the site holds them. */
export const SiteInfoSchema = z.object({
  siteName: optionalText, // 网站名称: the website (a county portal, or this site on its own)
  columnName: optionalText, // 栏目名称: the column these pages make up within it
  columnDescription: optionalText,
  columnKeywords: z.string().transform((s) => (s === "" ? null : s.split(/[,，;；、\s]+/).filter(Boolean))),
  columnType: optionalText, // 栏目类型, as the portal's column plan names it (e.g. 信息公开)
  sponsor: optionalText, // 主办单位
  organizer: optionalText, // 承办单位
  contact: optionalText, // 联系方式: a telephone number, an e-mail address, an office's address
  siteIdCode: optionalMatching(/^[0-9A-Za-z]{10}$/, "不是 10 位字母或数字：网站标识码由政府网站主管单位分配，如 3406210001；不知道就留空"),
  icp: optionalMatching(/^\p{Script=Han}ICP[备证]\d{5,}号(?:-\d+)?$/u, "不像备案号：应写成“皖ICP备12345678号”或“皖ICP备12345678号-1”；不知道就留空"),
  police: optionalMatching(/^\p{Script=Han}公网安备\s?\d{14}号$/u, "不像备案号：应写成“皖公网安备 34062102000123号”（14 位数字）；不知道就留空"),
  domain: optionalMatching(/^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,}$/i, "不是域名：只写域名，如 www.suixi.gov.cn，不要 https:// 和路径"),
  defaultJurisdiction: optionalText, // 默认行政区划: read and kept for the pages that will use it
});

export type SiteInfo = z.output<typeof SiteInfoSchema>;

/** The field names an editor writes in the 字段 column, for each field. */
export const SITE_FIELDS: Record<keyof SiteInfo, string> = {
  siteName: "网站名称",
  columnName: "栏目名称",
  columnDescription: "栏目描述",
  columnKeywords: "栏目关键词",
  columnType: "栏目类型",
  sponsor: "主办单位",
  organizer: "承办单位",
  contact: "联系方式",
  siteIdCode: "网站标识码",
  icp: "ICP备案号",
  police: "公安机关备案号",
  domain: "网站域名",
  defaultJurisdiction: "默认行政区划",
};

/** The two columns of data/site.csv: the field's name and its value. */
export const SITE_COLUMNS = { field: ["字段", "field"], value: ["值", "value"] };
export const SiteCsvRowSchema = z.object({ field: z.string().min(1, "缺少字段名"), value: z.string() });

/** HTML fragments the portal's maintainers give, inserted as they are in place of the site's own header and footer; null when not given. */
export const PortalChromeSchema = z.object({ header: z.string().nullable(), footer: z.string().nullable() });
export type PortalChrome = z.output<typeof PortalChromeSchema>;
