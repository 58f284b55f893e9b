/** Test helpers: zip archives written byte by byte (test data), so that a test can build what no zip tool writes — sizes that lie, a bomb. */
import { createDeflateRaw, crc32, deflateRawSync } from "node:zlib";
import { unzipSync } from "fflate";

export interface ZipEntry {
  name: string;
  data?: Uint8Array; // deflated here
  deflated?: Uint8Array; // already deflated (a bomb)
  size?: number; // the uncompressed size the headers declare; the true size when omitted
}

/** Returns a zip of `entries`, each stored deflated, its headers declaring `size` when given. */
export function zipOf(entries: ZipEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const data = e.deflated ?? deflateRawSync(e.data ?? new Uint8Array());
    const size = e.size ?? e.data?.length ?? 0;
    const crc = e.data ? crc32(e.data) : 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // names in UTF-8
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(data));
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

/** Returns the entries of a zip (a generated .docx), to change and zip again. */
export function entriesOf(zip: Uint8Array): ZipEntry[] {
  return Object.entries(unzipSync(zip)).map(([name, data]) => ({ name, data }));
}

/** Returns `bytes` zero bytes deflated, fed a megabyte at a time, so that they are never all in memory. */
export async function deflatedZeros(bytes: number): Promise<Uint8Array> {
  const deflate = createDeflateRaw({ level: 1 }) // fast: the bomb need not be small;
  const out: Buffer[] = [];
  deflate.on("data", (chunk: Buffer) => out.push(chunk));
  const done = new Promise((resolve) => deflate.on("end", resolve));
  const megabyte = Buffer.alloc(1 << 20);
  for (let left = bytes; left > 0; left -= megabyte.length) {
    const chunk = left >= megabyte.length ? megabyte : megabyte.subarray(0, left);
    if (!deflate.write(chunk)) await new Promise((resolve) => deflate.once("drain", resolve));
  }
  deflate.end();
  await done;
  return new Uint8Array(Buffer.concat(out));
}
