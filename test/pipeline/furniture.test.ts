import { describe, expect, it } from "vitest";
import { findInlineElisions, isPageFurniture } from "../../src/pipeline/furniture.ts";

describe("isPageFurniture(text)", () => {
  const furniture = [
    "当前位置:首页 > 信息公开 >",
    "> 政务公开 > 法定主动公开内容 > 规划计划 > 发展计划",
    "当前位置:首页",
    "您的位置：首页 > 政务公开",
    "首页 > 新闻中心",
    "字体:【 默认 超大 |",
    "字体:【    】 打印",
    "【字体：大 中 小】",
    "分享",
    "分享到",
    "• 分享到",
    "分享到微信朋友圈",
    "• 听全文",
    "• -",
    "• 2022-04-14",
    "• 来源: 广州市人民政府办公厅",
    "2022-11-02 11:13文章来源: 工业和信息化局",
    "来源:xx 更新时间:2023-01-02",
    "发布时间：2023-01-02 来源：县政府办 浏览次数：123",
    "购物车",
    "我的足迹",
    "加入Vip免费下载 立即下载",
    "打印本页 关闭窗口",
    "【打印】【关闭】",
    "扫一扫在手机打开当前页",
    "微信扫一扫分享",
    "上一篇：关于做好2022年春节期间安全生产工作的通知",
    "下一篇:无",
    "责任编辑：张三",
    "点击数：",
    "浏览次数：35",
    "(略)",
    "（略）",
    "- 3 -",
    "—3—",
    "第3页 共10页",
  ];
  const content = [
    "一、总体推进情况",
    "1.推进数字化转型。",
    "来源于群众的意见建议",
    "各乡镇人民政府(街道办事处、园区管委会),县政府直属各单位:",
    "2023年2月24日",
    "2022-04-14",
    "(此件公开发布)",
    "附件1",
    "责任单位:县财政局。",
    "分享经济发展迅速。",
    "县本级非规范性文件",
    "金乡县人民政府关于下达金乡县2021年国民经济和社会发展计划的通知",
    "1 |",
    "来源：国家统计局",
    "发布日期:2022-01-21",
    "• 加快推进重点项目建设",
    "3",
  ];
  it("recognises page chrome", () => {
    expect(furniture.filter((t) => !isPageFurniture(t))).toEqual([]);
  });
  it("leaves document text alone", () => {
    expect(content.filter((t) => isPageFurniture(t))).toEqual([]);
  });
});

describe("findInlineElisions(text)", () => {
  it("finds an elision mid-line with the single spaces around it", () => {
    expect(findInlineElisions("区发展改革委按程 (略) 重点项目完成了中期动态调整")).toEqual([{ start: 8, end: 13, text: " (略) " }]);
  });
  it("finds an elision at the start of a line", () => {
    expect(findInlineElisions("(略) 2024年重点建设项目1-9月推进情况")).toEqual([{ start: 0, end: 4, text: "(略) " }]);
  });
  it("finds full-width elisions without spaces, several on a line", () => {
    expect(findInlineElisions("完成（略）个项目，投资（略）亿元")).toEqual([
      { start: 2, end: 5, text: "（略）" },
      { start: 11, end: 14, text: "（略）" },
    ]);
  });
  it("takes one space either side, not more, and leaves 略 in words alone", () => {
    expect(findInlineElisions("按程  (略)  重点")).toEqual([{ start: 3, end: 8, text: " (略) " }]);
    expect(findInlineElisions("发展战略(草案)、略有增长")).toEqual([]);
  });
});
