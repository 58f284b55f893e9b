import { describe, expect, inject, it } from "vitest";
import { parseHTML } from "linkedom";
import { readPage } from "../helpers/site.ts";

const dist = inject("dist");
const page = (path: string) => parseHTML(readPage(dist, path)).document;
const text = (el: Element | null | undefined) => (el?.textContent ?? "").replace(/\s+/g, "");

describe("/offices/", () => {
  it("lists each office with its measures per year, 2022 as 未标注, and the generic entries apart", () => {
    const document = page("offices/");
    const rows = [...document.querySelectorAll("table.offices-table tbody tr")].map((tr) => [...tr.querySelectorAll("th, td")].map(text));
    expect(rows[0]).toEqual(["经济运行办公室", "4项", "未标注"]);
    expect(rows.map((r) => r[0])).not.toContain("相关业务股室");
    expect(text(document.querySelector("#generic-h + p + ul"))).toBe("“相关业务股室”：2021年第2条“相关股室”：2021年第22条");
    expect(text(document.querySelector(".note"))).toContain("濉溪县经济和信息化局2022年工作计划未标注责任股室");
  });
});

describe("/offices/<slug>/", () => {
  it("charts the office's measures per year and lists them, saying that 2022 names no office", () => {
    const document = page("offices/jing-ji-yun-xing-ban-gong-shi/");
    expect(document.querySelector("h1")!.textContent).toBe("经济运行办公室");
    expect(document.querySelector("figure.chart svg[role=img]")!.getAttribute("aria-description")).toBe("2021年4项，2022年未标注。");
    expect([...document.querySelectorAll(".refs a")].map((a) => a.getAttribute("href"))).toEqual(["/plans/suixi-jxj-2021/#m-1", "/plans/suixi-jxj-2021/#m-13", "/plans/suixi-jxj-2021/#m-14", "/plans/suixi-jxj-2021/#m-17"]);
    expect(text(document.querySelector("section:last-of-type .note"))).toBe("这份计划未标注任何责任股室，无从得知本股室负责哪些措施。");
  });
});
