/** plan-meta: metadata for a test or benchmark document, plainly fake (tests and the bench). */
import { createHash } from "node:crypto";
import type { PlanMeta } from "../src/schema/plan.ts";

/** Metadata for a test document: nothing in it is real. */
export function testMeta(id: string, bytes: Uint8Array = new Uint8Array()): PlanMeta {
  return {
    id,
    year: 2000,
    title: `测试：${id}`,
    issuer: "测试机构",
    note: null,
    source: { file: `${id}.txt`, sha256: createHash("sha256").update(bytes).digest("hex"), format: "txt", encoding: "utf-8", bytes: bytes.length, pages: null },
    disclosure: { indexNumber: null, docNumber: null, category: null, dateWritten: null, datePublished: null, validity: null, keywords: null },
  };
}
