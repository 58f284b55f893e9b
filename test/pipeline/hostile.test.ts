import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { buildPlan } from "../../src/io/read-source.ts";
import { readCsv } from "../../src/pipeline/csv.ts";
import { readCatalogue } from "../../src/pipeline/catalogue.ts";
import { readIndicatorValues } from "../../src/pipeline/indicators.ts";
import { readNote } from "../../src/pipeline/notes.ts";
import { InputError } from "../../src/pipeline/input-error.ts";
import { collectOffices } from "../../src/pipeline/offices.ts";
import { decodeText } from "../../src/pipeline/decode.ts";
import { CONTROL } from "../../src/pipeline/controls.ts";
import { LIMITS } from "../../src/pipeline/limits.ts";
import { committedIndicators, committedLists, FIXTURES, parseFixture } from "../helpers/plan.ts";
import { errorsOf, problemsOf } from "../helpers/errors.ts";

const HOSTILE = resolve(FIXTURES, "hostile");
const bytesOf = (name: string) => readFileSync(resolve(HOSTILE, name));
const plan = parseFixture("suixi-2021");

const row = (file: string) => ({ file, id: "hostile", year: 2023, title: "测试数据", issuer: "测试机构", note: null, indexNumber: null, docNumber: null, category: null, dateWritten: null, datePublished: null, validity: null, keywords: null, kind: null, jurisdiction: null, reportsOn: null, period: null, asOf: null });
const planOf = (file: string) => buildPlan(row(file), bytesOf(file), "0", committedLists());

describe("a note's front matter: YAML only, nothing runs", () => {
  for (const [file, message] of [
    ["note-js-engine.md", "notes/x.md:1:1: 开头须是单独一行 ---，后面写 YAML；“---js”不被接受（说明中不能含程序代码）"],
    ["note-js-fence-spaced.md", "notes/x.md:1:1: 开头须是单独一行 ---，后面写 YAML；“--- javascript”不被接受（说明中不能含程序代码）"],
    ["note-yaml-tag.md", "notes/x.md:3:1: 开头的 YAML 写得不对（不接受 !! 标签）"],
    ["note-impossible-date.md", "notes/x.md:3:1: 日期“2023-02-30”不是一个真实的日期，请写成 2023-03-01"],
    ["note-control-char.md", "notes/x.md:3:1: 含不可见的控制字符 U+000B（Word 中的手动换行符）：请删除"],
  ] as const)
    it(`refuses ${file}, running nothing`, () => {
      expect(errorsOf(() => readNote("notes/x.md", bytesOf(file).toString("utf8"), plan))).toEqual([message]);
      expect((globalThis as { __hostileRan?: boolean }).__hostileRan).toBeUndefined();
    });
});

describe("text files: decoded by their bytes, never by a silent guess", () => {
  for (const [file, message] of [
    ["plan-utf8-with-gbk-sentence.txt", /^seeds\/plan-utf8-with-gbk-sentence\.txt:3:1: 文件是 UTF-8 编码，但从这里起有 \d+ 个字节不是合法的 UTF-8（首个为 0xB6），可能混入了 GBK 文字或文件不完整/],
    ["plan-utf8-truncated.txt", /^seeds\/plan-utf8-truncated\.txt:5:23: 文件是 UTF-8 编码，但从这里起有 2 个字节不是合法的 UTF-8（首个为 0xEF）/],
    ["plan-random-bytes.txt", /^seeds\/plan-random-bytes\.txt:\d+:\d+: 含 NUL 字节，像是二进制文件|^seeds\/plan-random-bytes\.txt:\d+:\d+: 文件不是合法的 UTF-8，也不是 GBK\/GB18030 文本/],
    ["plan-nul-bytes.txt", /^seeds\/plan-nul-bytes\.txt:2:3: 含 NUL 字节，像是二进制文件而不是文本文件/],
    ["plan-zip-named-txt.txt", /^seeds\/plan-zip-named-txt\.txt:0:0: 这是 zip 压缩格式的文件（如 Word 的 \.docx 或 Excel 的 \.xlsx），不是文本文件/],
  ] as const)
    it(`refuses ${file} with its file, line and column`, async () => {
      const problems = await problemsOf(() => planOf(file));
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(message);
    });

  it("refuses a plan text over the size limit, and a line over the length limit, before parsing", async () => {
    const big = Buffer.alloc(LIMITS.textBytes + 1, "一");
    expect(await problemsOf(() => buildPlan(row("big.txt"), big, "0", committedLists()))).toEqual(["seeds/big.txt:0:0: 文本有 5 MB，超过计划文本的上限 5 MB：请检查是否选错了文件"]);
    const long = Buffer.from(`一、发展目标\n${"新增企业10家，".repeat(LIMITS.lineChars / 7 + 1)}\n`);
    expect(await problemsOf(() => buildPlan(row("long.txt"), long, "0", committedLists()))).toEqual([`seeds/long.txt:2:0: 这一行超过 ${LIMITS.lineChars} 个字符：请检查文件是否完整、是否选错了文件`]);
  });

  it("still reads UTF-8, UTF-8 with a BOM, UTF-16 with a BOM and GB18030 text", () => {
    const text = "一、发展目标\n新增规模工业企业10家。";
    expect(decodeText(new TextEncoder().encode(text))).toEqual({ text, encoding: "utf-8" });
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toEqual({ text, encoding: "utf-8-bom" });
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]))).toEqual({ text, encoding: "utf-16le" });
    expect(decodeText(readFileSync(resolve(FIXTURES, "csv", "indicators.gb18030.csv"))).encoding).toBe("gb18030");
  });

  it("refuses a GBK row appended to a UTF-8 CSV at that row", () => {
    expect(errorsOf(() => readCsv(bytesOf("values-gbk-row.csv"), "data/indicator-values.csv"))).toEqual([
      expect.stringMatching(/^data\/indicator-values\.csv:3:41: 文件是 UTF-8 编码，但从这里起有 \d+ 个字节不是合法的 UTF-8/),
    ]);
  });
});

describe("strict values", () => {
  it("refuses an impossible source date", () => {
    const { dictionary } = committedIndicators();
    expect(errorsOf(() => readIndicatorValues(readCsv(bytesOf("values-impossible-source-date.csv"), "v.csv"), dictionary, [2021]))).toEqual([
      "v.csv:2:8: source_date：“2023-13-45”不是一个真实的日期，请写成 2023-01-12",
    ]);
  });
  it("refuses a control character in a catalogue cell, naming it", () => {
    expect(errorsOf(() => readCsv(bytesOf("catalogue-control-title.csv"), "data/plans.csv"))).toEqual([
      "data/plans.csv:2:4: 第 4 列含不可见的控制字符 U+000B（Word 中的手动换行符）：请在 Excel 中删除它（常见于从 Word 粘贴的文字）",
    ]);
  });
  it("refuses file names that are not safe in a URL", () => {
    const table = readCsv(bytesOf("catalogue-unsafe-file-names.csv"), "data/plans.csv");
    const files = new Map(["a#b.txt", "a?b.txt", "a%20b.txt"].map((f) => [f, "file" as const]));
    expect(errorsOf(() => readCatalogue(table, files))).toEqual([2, 3, 4].map((line) => `data/plans.csv:${line}:1: file：文件名不能含 # ? % / \\ 等字符，也不能以 . 开头（它们在网址中有特殊含义）：请给文件改名，并改正这一格`));
  });
  it("refuses a catalogue file that is a link, a folder or a device", () => {
    const table = readCsv(Buffer.from("file,id,year,title,issuer,索引号,文号,信息分类,成文日期,发布日期,有效性,关键词\na.txt,a,2021,t,i,,,,,,,\nb.txt,b,2022,t,i,,,,,,,\n"), "data/plans.csv");
    expect(errorsOf(() => readCatalogue(table, new Map([["a.txt", "link"], ["b.txt", "folder"]])))).toEqual([
      "data/plans.csv:2:1: “a.txt”是一个链接（快捷方式），不是文件本身：网站只发布 seeds/ 中的普通文件，请把文件本身放进来",
      "data/plans.csv:3:1: “b.txt”是一个文件夹，不是文件",
    ]);
  });
});

describe("control characters in a plan, redaction words, office names", () => {
  it("shows control characters visibly, with a warning naming the line, and writes none raw", async () => {
    const built = await planOf("plan-control-chars.txt");
    const json = JSON.stringify(built);
    expect(json).not.toMatch(new RegExp(CONTROL.source));
    expect(json).toContain("培育上云␋企业40家。␛[31m");
    expect(built.warnings).toContainEqual({ line: 4, message: "原文含不可见的控制字符 U+000B（Word 中的手动换行符）、U+001B，页面上以 ␋ ␛ 显示：请核对原件" });
  });
  it("marks only withheld values as redactions: X家 and XX亿元, not X射线, X光 or iPhone X", async () => {
    const built = await planOf("plan-x-words.txt");
    expect(built.redactions.map((r) => [r.line, r.glyphs])).toEqual([[2, "X"], [4, "XX"]]);
  });
  it("gives two spellings of one office their own pages", async () => {
    const offices = collectOffices([await planOf("plan-two-office-spellings.txt")]);
    expect(offices.map((o) => [o.name, o.slug])).toEqual([["综合股（办公室）", "zong-he-gu-ban-gong-shi-2"], ["综合股办公室", "zong-he-gu-ban-gong-shi"]]);
  });
});

describe("any catalogue or note field (property)", () => {
  const HEADER = "file,id,year,title,issuer,索引号,文号,信息分类,成文日期,发布日期,有效性,关键词,备注";
  const quote = (s: string | undefined) => `"${(s ?? "").replace(/"/g, '""')}"`;
  const anyText = fc.oneof(fc.string({ unit: "binary", maxLength: 40 }), fc.constantFrom("---js", "---\n", "\u000b", "\u0000", "<script>alert(1)</script>", "!!js/function", "${1}", "2023-02-30"));

  it("never crashes, never keeps a control character, never runs code", () => {
    fc.assert(
      fc.property(fc.array(anyText, { minLength: 8, maxLength: 8 }), (cells) => {
        const [title, issuer, index, doc, category, validity, keywords, note] = cells;
        const csv = `${HEADER}\na.txt,a,2021,${[title, issuer, index, doc, category].map(quote).join(",")},,,${[validity, keywords, note].map(quote).join(",")}\n`;
        try {
          const rows = readCatalogue(readCsv(Buffer.from(csv, "utf8"), "data/plans.csv"), new Map([["a.txt", "file"]]));
          expect(JSON.stringify(rows)).not.toMatch(new RegExp(CONTROL.source));
        } catch (e) {
          if (!(e instanceof InputError)) throw e;
        }
      }),
      { numRuns: 300 },
    );
  });

  it("reads a note with any title, date or body, or refuses it, without running anything", () => {
    fc.assert(
      fc.property(anyText, anyText, anyText, anyText, (fence, title, date, body) => {
        const content = `${fence.startsWith("---") ? fence : "---"}\ntype: 解读\ntitle: ${title}\ndate: ${date}\n---\n${body}`;
        try {
          const note = readNote("notes/x.md", content, plan);
          expect(note.html + note.title).not.toMatch(new RegExp(CONTROL.source));
          expect(note.html).not.toContain("<script");
        } catch (e) {
          if (!(e instanceof InputError)) throw e;
        }
        expect((globalThis as { __hostileRan?: boolean }).__hostileRan).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });
});
