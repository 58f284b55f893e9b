/** The W3C Nu HTML checker (vnu-jar, run with Debian's Java) on one page of every page type: no error. */
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { PAGE_TYPES } from "../helpers/site.ts";
import { HAS_JAVA, nuErrors } from "../helpers/nu.ts";

describe("HTML validity (W3C Nu HTML checker)", () => {
  it.skipIf(!HAS_JAVA)("reports no error on one page of every page type", async () => {
    const dist = inject("dist");
    const files = PAGE_TYPES.map((p) => join(dist, p.replace(/\?.*$/, ""), p.endsWith(".html") ? "" : "index.html"));
    expect(await nuErrors(files, dist)).toEqual([]);
  });
});
