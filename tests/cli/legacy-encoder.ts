/**
 * Test helper: encoders for GBK and Big5, built by decoding every two-byte sequence with
 * `TextDecoder` and inverting the table (the platform only encodes UTF-8). The bytes a test
 * writes are therefore exactly those a GBK or Big5 web page would carry.
 */
function buildTable(encoding: string, trails: number[]): Map<string, number[]> {
  const decoder = new TextDecoder(encoding, { fatal: true });
  const table = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (const trail of trails) {
      let ch: string;
      try {
        ch = decoder.decode(Uint8Array.of(lead, trail));
      } catch {
        continue;
      }
      if ([...ch].length === 1 && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  return table;
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const tables = new Map<string, Map<string, number[]>>();

/** Encodes `text` as GBK or Big5; throws on a character the encoding lacks. */
export function encodeLegacy(text: string, encoding: 'gbk' | 'big5'): Uint8Array {
  let table = tables.get(encoding);
  if (!table) {
    const trails =
      encoding === 'gbk'
        ? range(0x40, 0xfe).filter((b) => b !== 0x7f)
        : [...range(0x40, 0x7e), ...range(0xa1, 0xfe)];
    table = buildTable(encoding, trails);
    tables.set(encoding, table);
  }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else {
      const bytes = table.get(ch);
      if (!bytes) throw new Error(`${encoding} has no ${ch}`);
      out.push(...bytes);
    }
  }
  return Uint8Array.from(out);
}
