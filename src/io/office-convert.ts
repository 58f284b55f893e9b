/** officeConvert: the I/O edge for old Office and WPS files (to be written). */
import { InputError } from "../pipeline/input-error.ts";

export async function convertWithOffice(_bytes: Uint8Array, file: string, _from: string, _to: "docx" | "xlsx"): Promise<Uint8Array> {
  throw new InputError([{ file, line: 0, column: 0, reason: "暂不能读取旧版 Office 文件" }]);
}
