import { describe, expect, it } from "vitest";
import { DOMParser } from "linkedom";
import { atomFeed, feedId, NO_DATE, type Feed, type FeedEntry } from "../../src/lib/feed.ts";

const entry = (id: string, date: string | null): FeedEntry => ({ id: `https://x.test/plans/${id}/`, title: `计划 ${id}`, link: `https://x.test/plans/${id}/`, author: "某局", date, summary: "全文。" });
const feed = (entries: FeedEntry[], latestStated: string | null): Feed => ({ id: "https://x.test/", title: "某局年度工作计划", self: "https://x.test/feed.xml", home: "https://x.test/", authors: ["某局"], latestStated, entries });

/** Returns each entry's published and updated, and the feed's updated. */
function datesOf(xml: string) {
  const root = (new DOMParser().parseFromString(xml, "text/xml") as unknown as Document).documentElement;
  const only = (el: Element, name: string) => [...el.children].filter((c) => c.localName === name).map((c) => c.textContent);
  return {
    updated: only(root, "updated"),
    entries: [...root.children].filter((c) => c.localName === "entry").map((e) => ({ published: only(e, "published"), updated: only(e, "updated") })),
  };
}

describe("atomFeed(feed)", () => {
  it("dates a plan by its catalogue date (published and updated); one without a date is updated as of the latest stated date, with no published", () => {
    const xml = atomFeed(feed([entry("b", null), entry("a", "2022-02-10")], "2023-01-12"));
    expect(datesOf(xml)).toEqual({
      updated: ["2023-01-12T00:00:00+08:00"],
      entries: [
        { published: [], updated: ["2023-01-12T00:00:00+08:00"] },
        { published: ["2022-02-10T00:00:00+08:00"], updated: ["2022-02-10T00:00:00+08:00"] },
      ],
    });
  });

  it("takes the latest of the plans' dates when it is later than any other stated date", () => {
    expect(datesOf(atomFeed(feed([entry("a", "2024-03-01"), entry("b", null)], "2023-01-12"))).updated).toEqual(["2024-03-01T00:00:00+08:00"]);
  });

  it("writes the epoch, plainly no real date, only when no input states any date", () => {
    expect(datesOf(atomFeed(feed([entry("a", null)], null)))).toEqual({ updated: [`${NO_DATE}T00:00:00+08:00`], entries: [{ published: [], updated: [`${NO_DATE}T00:00:00+08:00`] }] });
  });

  it("escapes every text and names the authors", () => {
    const xml = atomFeed({ ...feed([{ ...entry("a", null), title: "<&>" }], null), authors: ["甲局", "乙局"] });
    expect(xml).toContain("<title>&lt;&amp;&gt;</title>");
    expect(xml).toContain("  <author><name>甲局</name></author>\n  <author><name>乙局</name></author>");
  });
});

describe("feedId(name)", () => {
  it("is a name-based UUID (RFC 4122 version 5, URL namespace): the same in every build, different for each name", () => {
    expect(feedId("濉溪县经济和信息化局/plans/suixi-jxj-2022/")).toBe("urn:uuid:f481689f-e31e-56ca-8c2d-9604deb7614a"); // Python's uuid.uuid5(NAMESPACE_URL, …)
    expect(feedId("a")).not.toBe(feedId("b"));
  });
});
