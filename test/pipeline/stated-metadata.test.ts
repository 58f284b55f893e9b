import { describe, expect, it } from "vitest";
import { normalise } from "../../src/pipeline/normalise.ts";
import { readStatedDate, readStatedMetadata } from "../../src/pipeline/stated-metadata.ts";

const read = (text: string) => readStatedMetadata(normalise(text));

describe("readStatedMetadata(lines)", () => {
  it("reads several colon pairs on a line and reads past 公开方式 / 公开时限", () => {
    const text = [
      "索引号:  330522/2023-01775 发文时间:  2023-02-24",
      "公开方式:   主动公开 公开时限:   长期公开",
      "文件编号:  长政办发〔2023〕7号 发布机构:  长兴县政府办公室",
      "长兴县人民政府办公室关于印发2023年县政府工作报告重点工作任务分解的通知",
    ].join("\n");
    expect(read(text)).toEqual({
      fields: [
        { key: "indexNumber", value: "330522/2023-01775", raw: "330522/2023-01775", line: 1, label: "索引号" },
        { key: "dateWritten", value: "2023-02-24", raw: "2023-02-24", line: 1, label: "发文时间" },
        { key: "docNumber", value: "长政办发〔2023〕7号", raw: "长政办发〔2023〕7号", line: 3, label: "文件编号" },
        { key: "issuer", value: "长兴县政府办公室", raw: "长兴县政府办公室", line: 3, label: "发布机构" },
      ],
      lines: [1, 2, 3],
    });
  });

  it("reads space-separated pairs, spread labels, an empty 废止日期 and 有效性, and a document number line", () => {
    const text = [
      "当前位置:首页",
      "> 政务公开 > 法定主动公开内容 > 规划计划 > 发展计划",
      "索  引  号 113708280043358015/2021-01956 公开方式 主动公开",
      "发布机构 金乡县发展和改革局 组配分类 发展计划",
      "成文日期 2021-02-22 废止日期",
      "有效性",
      "金乡县2021年国民经济和社会发展计划",
      "分享",
      "金乡县人民政府",
      "关于下达金乡县2021年国民经济和社会发展计划的通知",
      "金政发〔2021〕3号",
      "各镇政府,各街道办事处,各管委会,县政府各部门,各企事业单位:",
    ].join("\n");
    expect(read(text)).toEqual({
      fields: [
        { key: "indexNumber", value: "113708280043358015/2021-01956", raw: "113708280043358015/2021-01956", line: 3, label: "索  引  号" },
        { key: "issuer", value: "金乡县发展和改革局", raw: "金乡县发展和改革局", line: 4, label: "发布机构" },
        { key: "category", value: "发展计划", raw: "发展计划", line: 4, label: "组配分类" },
        { key: "dateWritten", value: "2021-02-22", raw: "2021-02-22", line: 5, label: "成文日期" },
        { key: "docNumber", value: "金政发〔2021〕3号", raw: "金政发〔2021〕3号", line: 11, label: "" },
      ],
      lines: [3, 4, 5, 6, 11],
    });
  });

  it("reads | cells", () => {
    const text = ["索 引 号 | 008478033/2022-0140 | 公文种类 | 其他 | 发布机构 | 苍溪县政府 |", "发布日期 | 2022-02-22 | 主题词 | 招商引资 |"].join("\n");
    expect(read(text)).toEqual({
      fields: [
        { key: "indexNumber", value: "008478033/2022-0140", raw: "008478033/2022-0140", line: 1, label: "索 引 号" },
        { key: "category", value: "其他", raw: "其他", line: 1, label: "公文种类" },
        { key: "issuer", value: "苍溪县政府", raw: "苍溪县政府", line: 1, label: "发布机构" },
        { key: "datePublished", value: "2022-02-22", raw: "2022-02-22", line: 2, label: "发布日期" },
        { key: "keywords", value: "招商引资", raw: "招商引资", line: 2, label: "主题词" },
      ],
      lines: [1, 2],
    });
  });

  it("a cell after a value that no label names makes the line not wholly metadata", () => {
    expect(read("索引号 | 123/2022-01 | 来文机关 | 某局 |")).toEqual({
      fields: [{ key: "indexNumber", value: "123/2022-01", raw: "123/2022-01", line: 1, label: "索引号" }],
      lines: [],
    });
  });

  it("reads 信息索取号 as the index number, 效力状态 and 时效 as validity, and a web page's source/date/hits strip", () => {
    const text = ["信息索取号：001008003/2022-00015 发布机构：发文字号：", "效力状态 | 有效 | 时效 | 失效", "来源：县政府办 发布时间：2023-01-02 10:20:30 浏览次数：123"].join("\n");
    expect(read(text)).toEqual({
      fields: [
        { key: "indexNumber", value: "001008003/2022-00015", raw: "001008003/2022-00015", line: 1, label: "信息索取号" },
        { key: "validity", value: "有效", raw: "有效", line: 2, label: "效力状态" },
        { key: "datePublished", value: "2023-01-02", raw: "2023-01-02 10:20:30", line: 3, label: "发布时间" },
      ],
      lines: [1, 2, 3],
    });
  });

  it("reads a date under a title, not the title nor the font-size widget", () => {
    const text = ["重庆市沙坪坝区人民政府办公室关于印发2022年区政府工作报告目标任务的通知", "发布日期:2022-01-21", "字体:【 默认 超大 |"].join("\n");
    expect(read(text)).toEqual({
      fields: [{ key: "datePublished", value: "2022-01-21", raw: "2022-01-21", line: 2, label: "发布日期" }],
      lines: [2],
    });
  });

  it("reads full-width colons and normalises 年月日 and slashed dates", () => {
    const text = [
      "索引号：11330000002482870P/2022-00012　发文日期：2021年2月22日",
      "发文字号：浙政办发〔2022〕5号　信息分类：综合政务",
      "发布时间：2022/1/5 10:30　有效性：有效",
      "关键词：数字化改革,营商环境",
    ].join("\n");
    expect(read(text)).toEqual({
      fields: [
        { key: "indexNumber", value: "11330000002482870P/2022-00012", raw: "11330000002482870P/2022-00012", line: 1, label: "索引号" },
        { key: "dateWritten", value: "2021-02-22", raw: "2021年2月22日", line: 1, label: "发文日期" },
        { key: "docNumber", value: "浙政办发〔2022〕5号", raw: "浙政办发〔2022〕5号", line: 2, label: "发文字号" },
        { key: "category", value: "综合政务", raw: "综合政务", line: 2, label: "信息分类" },
        { key: "datePublished", value: "2022-01-05", raw: "2022/1/5 10:30", line: 3, label: "发布时间" },
        { key: "validity", value: "有效", raw: "有效", line: 3, label: "有效性" },
        { key: "keywords", value: "数字化改革,营商环境", raw: "数字化改革,营商环境", line: 4, label: "关键词" },
      ],
      lines: [1, 2, 3, 4],
    });
  });

  it("keeps an unparseable date as written and only the first field of a key", () => {
    const text = ["成文日期：2022年13月1日", "发布日期：2022年1月30日", "发布时间：2022-02-01", "文号：苍府办〔2022〕12号", "苍府办[2022]13号"].join("\n");
    expect(read(text)).toEqual({
      fields: [
        { key: "dateWritten", value: "2022年13月1日", raw: "2022年13月1日", line: 1, label: "成文日期" },
        { key: "datePublished", value: "2022-01-30", raw: "2022年1月30日", line: 2, label: "发布日期" },
        { key: "docNumber", value: "苍府办〔2022〕12号", raw: "苍府办〔2022〕12号", line: 4, label: "文号" },
      ],
      lines: [1, 2, 3, 4, 5],
    });
  });

  it("finds nothing in body prose that holds label words mid-sentence", () => {
    const text = [
      "根据工作安排,区发展改革委发布了重点项目计划，文号为区发改〔2022〕1号。",
      "分类推进各项工作。",
      "来源于群众的意见建议",
      "文号管理 发布时间 2022-01-05",
      "各单位要按照文件编号规则，规范发文字号管理，发布单位应当在成文日期后及时公开，确保信息分类准确、有效性标注清楚。",
    ].join("\n");
    expect(read(text)).toEqual({ fields: [], lines: [] });
  });

  it("finds no field in a line that starts with a label but reads as prose", () => {
    expect(read("发布时间：2022年1月5日，区发展改革委发布了重点项目计划。")).toEqual({ fields: [], lines: [] });
  });

  it("stops at the first long prose line", () => {
    const text = [
      "根据工作安排，现将2022年全区经济社会发展重点工作任务分解如下，请各单位认真贯彻落实，确保各项任务按期完成并取得实效，年底前报送完成情况。",
      "发布日期:2022-01-21",
    ].join("\n");
    expect(read(text)).toEqual({ fields: [], lines: [] });
  });

  it("reads only the first 40 lines", () => {
    const text = [...Array.from({ length: 40 }, (_, i) => `第${i + 1}行`), "发布日期:2022-01-21", "金政发〔2021〕3号"].join("\n");
    expect(read(text)).toEqual({ fields: [], lines: [] });
  });
});

describe("readStatedDate(s)", () => {
  it("normalises the usual spellings and refuses the rest", () => {
    expect(["2023-02-24", "2021年2月22日", "2022年1月30日", "2022-01-21", "2022/1/5", "２０２２年１月５日", "二〇二二年一月五日", "二〇二一年十二月三十一日", "2022.3.1", "2022-02-30", "2022年", "长期"].map(readStatedDate)).toEqual([
      "2023-02-24", "2021-02-22", "2022-01-30", "2022-01-21", "2022-01-05", "2022-01-05", "2022-01-05", "2021-12-31", "2022-03-01", null, null, null,
    ]);
  });
});
