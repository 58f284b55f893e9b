import { describe, expect, it } from "vitest";
import { bigrams, cosine, tfidf } from "../../src/pipeline/similarity.ts";

describe("bigrams(text)", () => {
  it("counts character pairs, not across punctuation", () => {
    expect([...bigrams("上云企业，上云")]).toEqual([["上云", 2], ["云企", 1], ["企业", 1]]);
  });
});

describe("cosine(tfidf(texts))", () => {
  it("is 1 for the same text, 0 for texts sharing nothing, and ranks the text sharing rare words higher", () => {
    const [a, b, c, d] = tfidf(["推进企业上云", "推进企业上云", "加强党建工作", "推进企业技改"]);
    expect(cosine(a!, b!)).toBeCloseTo(1, 6);
    expect(cosine(a!, c!)).toBe(0);
    expect(cosine(a!, b!)).toBeGreaterThan(cosine(a!, d!));
    expect(cosine(new Map(), a!)).toBe(0);
  });
});
