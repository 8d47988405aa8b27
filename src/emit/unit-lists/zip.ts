import { crc32, deflateRawSync } from 'node:zlib';

/** One file of a ZIP archive. */
export interface ZipEntry {
  readonly name: string;
  readonly data: Uint8Array;
  /** Store rather than deflate: for tiny parts, where starting zlib costs more than it saves. */
  readonly store?: boolean;
}

/** An entry compressed once, for parts that are the same in every archive (styles, relationships). */
export interface PackedEntry {
  readonly name: string;
  readonly size: number;
  readonly crc: number;
  readonly method: 0 | 8;
  readonly packed: Uint8Array;
}

export function pack(entry: ZipEntry): PackedEntry {
  const store = entry.store ?? false;
  return {
    name: entry.name,
    size: entry.data.length,
    crc: crc32(entry.data),
    method: store ? 0 : 8,
    packed: store ? entry.data : deflateRawSync(entry.data, { level: 1, memLevel: 9, chunkSize: 65_536 }),
  };
}

// MS-DOS date 1980-01-01 00:00: the earliest a ZIP can hold. Every entry gets it, so an archive
// is a function of its contents alone (no clock, no time zone: DOS times are local).
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const UTF8_NAMES = 0x0800;

/**
 * A ZIP archive (APPNOTE 6.3) of deflated entries, written synchronously and deterministically.
 * Just what OOXML needs: no ZIP64 (a unit's task list is far below 4 GB), no encryption.
 */
export function zip(entries: readonly (ZipEntry | PackedEntry)[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const item of entries) {
    const entry = 'packed' in item ? item : pack(item);
    const name = Buffer.from(entry.name, 'utf8');
    const { packed, crc, method } = entry;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    local.writeUInt16LE(UTF8_NAMES, 6);
    local.writeUInt16LE(method, 8); // 0 stored, 8 deflate
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(entry.size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    parts.push(local, name, packed);

    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4); // made by: 2.0, MS-DOS attributes
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(UTF8_NAMES, 8);
    header.writeUInt16LE(method, 10);
    header.writeUInt16LE(DOS_TIME, 12);
    header.writeUInt16LE(DOS_DATE, 14);
    header.writeUInt32LE(crc, 16);
    header.writeUInt32LE(packed.length, 20);
    header.writeUInt32LE(entry.size, 24);
    header.writeUInt16LE(name.length, 28);
    // extra, comment, disk, internal and external attributes: all zero
    header.writeUInt32LE(offset, 42);
    central.push(header, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  const out = Buffer.concat([...parts, directory, end]);
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}
