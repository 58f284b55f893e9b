import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { parseHTML } from "linkedom";
import { copyProject, runNode, type ProjectCopy } from "../helpers/project.ts";
import { buildEnv } from "../setup/build-site.ts";
import { readPage, stylesOf } from "../helpers/site.ts";
import { measuresOf } from "../helpers/plan.ts";
import type { Plan } from "../../src/schema/plan.ts";

const PLANS = ["suixi-jxj-2021", "suixi-jxj-2022"];
let project: ProjectCopy;
let pdfRun: { status: number | null; output: string };

beforeAll(async () => {
  project = copyProject();
  pdfRun = await runNode(["scripts/build.mjs", "--pdf"], project.dir, buildEnv());
});

/** Builds the project copy (with `args`), failing the test if the build fails; resolves to its output. */
async function build(...args: string[]): Promise<string> {
  const run = await runNode(["scripts/build.mjs", ...args], project.dir, buildEnv());
  expect(run.status, run.output).toBe(0);
  return run.output;
}
const pdfLinksOn = (id: string) => [...parseHTML(readPage(dist(), `plans/${id}/`)).document.querySelectorAll(".source a")].map((a) => a.getAttribute("href")).filter((h) => h!.endsWith(".pdf"));
afterAll(() => project?.remove());

const dist = () => join(project.dir, "dist");
const pdfinfo = (file: string) => execFileSync("pdfinfo", [join(dist(), "pdf", file)], { encoding: "utf8" });
const pdftext = (file: string) => execFileSync("pdftotext", ["-layout", join(dist(), "pdf", file), "-"], { encoding: "utf8" });
const squash = (s: string) => s.replace(/\s+/g, "");
const planOf = (id: string): Plan => JSON.parse(readFileSync(join(dist(), "data/plans", `${id}.json`), "utf8"));

describe("npm run build -- --pdf (npm run pdf)", () => {
  it("prints every plan and summary from the staged site, with a progress line for each, and publishes them in dist/pdf/", async () => {
    expect(pdfRun.status, pdfRun.output).toBe(0);
    expect(pdfRun.output).toMatch(/打印 PDF [1-4]\/4 suixi-jxj-2021-summary\.pdf（\d+\.\d s）/);
    expect(pdfRun.output).toContain("PDF: printed 4, 0 unchanged");
    expect(readdirSync(join(dist(), "pdf")).sort()).toEqual(["suixi-jxj-2021-summary.pdf", "suixi-jxj-2021.pdf", "suixi-jxj-2022-summary.pdf", "suixi-jxj-2022.pdf"]);
  });

  for (const id of PLANS)
    for (const [file, title] of [[`${id}-summary.pdf`, "（年度摘要）"], [`${id}.pdf`, " - "]] as const)
      it(`${file}: A4, titled, in Chinese, with the plan's title, every measure title and the page numbers “— N —”`, async () => {
        const info = pdfinfo(file);
        const [, w, h] = /Page size:\s+([\d.]+) x ([\d.]+) pts \(A4\)/.exec(info)!;
        expect(Math.abs(Number(w) - 595)).toBeLessThan(1);
        expect(Math.abs(Number(h) - 842)).toBeLessThan(1);
        const plan = planOf(id);
        expect(info).toContain(`Title:           ${plan.title}${title}`);
        expect(readFileSync(join(dist(), "pdf", file)).includes("/Lang (zh-CN)")).toBe(true);
        const text = pdftext(file);
        const flat = squash(text);
        expect(flat).toContain(squash(plan.title));
        for (const m of measuresOf(plan)) expect(flat, m.title).toContain(squash(m.title));
        const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
        expect(pages).toBeGreaterThan(1);
        for (let n = 1; n <= pages; n++) expect(text).toContain(`— ${n} —`);
      });

  it("puts odd page numbers on the right and even ones on the left", async () => {
    const html = execFileSync("pdftotext", ["-bbox", "-f", "1", "-l", "2", join(dist(), "pdf", "suixi-jxj-2021-summary.pdf"), "-"], { encoding: "utf8" });
    const { document } = parseHTML(html);
    const numberX = [...document.querySelectorAll("page")].map((page, i) => {
      const word = [...page.querySelectorAll("word")].filter((w) => w.textContent === String(i + 1)).at(-1)!;
      return Number(word.getAttribute("xMin"));
    });
    expect(numberX[0]).toBeGreaterThan(420); // right of the page's middle (595 / 2), near the text block's right edge
    expect(numberX[1]).toBeLessThan(175);
  });

  it("links the PDFs from each plan page and summary", async () => {
    for (const id of PLANS) {
      const links = [...parseHTML(readPage(dist(), `plans/${id}/`)).document.querySelectorAll(".source a")].map((a) => a.getAttribute("href"));
      expect(links).toEqual(expect.arrayContaining([`/plans/${id}/print/`, `/pdf/${id}-summary.pdf`, `/pdf/${id}.pdf`]));
    }
  });

  it("says how to install Chromium, and fails, when there is none", async () => {
    const run = spawnSync(process.execPath, ["scripts/build.mjs", "--pdf"], { cwd: project.dir, encoding: "utf8", env: { ...buildEnv(), CHROMIUM_PATH: "/nonexistent/chromium" } });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("apt-get install chromium");
  });
});

// in order: each step builds on the last one's site and PDF cache
const BUILDS = 600_000; // a build: seconds on a quiet machine, minutes on a shared one
describe("PDFs across builds", () => {
  it("prints nothing again when no page changed, and publishes the same PDFs", async () => {
    const before = readFileSync(join(dist(), "pdf", "suixi-jxj-2022.pdf"));
    expect(await build("--pdf")).toContain("PDF: printed 0, 4 unchanged");
    expect(readFileSync(join(dist(), "pdf", "suixi-jxj-2022.pdf")).equals(before)).toBe(true);
  }, BUILDS);
  it("keeps the PDFs in a build without --pdf while their pages are unchanged", async () => {
    await build();
    expect(readdirSync(join(dist(), "pdf"))).toHaveLength(4);
    expect(pdfLinksOn("suixi-jxj-2021")).toEqual(["/pdf/suixi-jxj-2021-summary.pdf", "/pdf/suixi-jxj-2021.pdf"]);
  }, BUILDS);
  it("drops a plan's PDFs and their links in a build without --pdf once its pages change, and keeps the other plan's", async () => {
    const seed = join(project.dir, "seeds", planOf("suixi-jxj-2021").source.file);
    writeFileSync(seed, readFileSync(seed, "utf8").replace("。", "；"));
    await build();
    expect(readdirSync(join(dist(), "pdf")).sort()).toEqual(["suixi-jxj-2022-summary.pdf", "suixi-jxj-2022.pdf"]);
    expect(pdfLinksOn("suixi-jxj-2021")).toEqual([]);
    expect(pdfLinksOn("suixi-jxj-2022")).toEqual(["/pdf/suixi-jxj-2022-summary.pdf", "/pdf/suixi-jxj-2022.pdf"]);
    expect(existsSync(join(dist(), "pdf", "suixi-jxj-2021.pdf"))).toBe(false);
  }, BUILDS);
  it("prints again with --pdf only the pages that changed", async () => {
    expect(await build("--pdf")).toContain("PDF: printed 2, 2 unchanged");
    expect(readdirSync(join(dist(), "pdf"))).toHaveLength(4);
  }, BUILDS);
});

describe("the print stylesheet (GB/T 9704-2012)", () => {
  const html = readPage(inject("dist"), "plans/suixi-jxj-2021/print/");
  const css = stylesOf(inject("dist"), "plans/suixi-jxj-2021/print/");

  it("sets A4 with the official margins: top 37 mm, right 26 mm, bottom 35 mm, binding 28 mm", async () => {
    expect(css).toContain("@page{size:A4;margin:37mm 26mm 35mm 28mm}");
  });
  it("numbers pages “— N —” in 14 pt, odd pages right and even pages left", async () => {
    // the spaces are en spaces (U+2002): drawn, so that text extraction keeps them
    expect(css).toMatch(/@page :right\{@bottom-right\{content:"—\u2002" counter\(page\) "\u2002—";font:14pt\/1 var\(--gw-pageno\);vertical-align:top;padding-top:7mm;padding-right:14pt\}/);
    expect(css).toMatch(/@page :left\{@bottom-left\{content:"—\u2002" counter\(page\) "\u2002—";font:14pt\/1 var\(--gw-pageno\);vertical-align:top;padding-top:7mm;padding-left:14pt\}/);
  });
  it("sets the body in 16 pt 仿宋 on 22 lines, the title in 22 pt 小标宋, headings in 黑体 and 楷体", async () => {
    expect(css).toContain("--gw-line: calc(225mm / 22)");
    expect(css).toMatch(/--gw-fangsong: "FangSong", "仿宋"/);
    expect(css).toMatch(/\.print-page h1\{font:700 22pt\/1\.5 var\(--gw-xiaobiaosong\)/);
    expect(css).toMatch(/\.print-page h2\{font:400 16pt\/calc\(225mm \/ 22\) var\(--gw-hei\)/);
    expect(css).toMatch(/\.print-page h3\{font:400 16pt\/calc\(225mm \/ 22\) var\(--gw-kai\)/);
  });
  it("lays out the summary: goals with results and statuses, every measure, key indicator charts, 落实情况, the change from last year", async () => {
    const { document } = parseHTML(readPage(inject("dist"), "plans/suixi-jxj-2022/print/"));
    expect([...document.querySelectorAll("h2")].map((h) => h.textContent)).toEqual(["一、发展目标", "二、主要措施", "三、主要指标", "四、落实情况", "五、与上年相比"]);
    expect([...document.querySelectorAll(".goals-print tbody tr")].map((tr) => tr.querySelectorAll("td")[3]!.textContent!.replace(/\s+/g, ""))).toEqual([
      "−6%预计数", "−6%预计数", "尚无数据", "尚无数据", "26家", "尚无数据", "尚无数据", "尚无数据", "尚无数据", "尚无数据",
    ]);
    expect([...document.querySelectorAll(".goals-print tbody tr")].map((tr) => tr.querySelectorAll("td")[4]!.textContent)).toEqual([
      "目标未公开", "目标未公开", "尚无报告", "尚无报告", "目标未公开", "尚无报告", "尚无报告", "尚无报告", "尚无报告", "尚无报告",
    ]);
    expect(document.querySelectorAll("figure.chart .chart-one svg[role=img]")).toHaveLength(2);
    expect(document.querySelector("h2:last-of-type + p")!.textContent).toBe(
      "发展目标与2021年相比：保留 7 项（新增规模以上工业企业、规模以上工业增加值增速、工业投资增速、技改投资增速、新增个私企业、新增个体工商户、工业节能）；新增 2 项（处置僵尸企业、释放土地）；不再列入 2 项（新增信息传输和软件服务业企业、信息传输和软件服务业营业收入增速）。",
    );
    expect(html).not.toMatch(/<script/i);
  });
});
