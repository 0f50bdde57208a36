// Which bytes Ruby's multibyte encodings hold: String#valid_encoding? (and the regexp match that
// raises "invalid byte sequence in Big5") checks each character's shape only, its lead byte and
// the ranges its following bytes fall in (Onigmo's enc/big5.c, euc_kr.c, gbk.c, gb18030.c,
// euc_jp.c, shift_jis.c), never whether a character is assigned. Node's decoders read more: ICU's
// big5 reads HKSCS's leads 0x81-0xA0 and 0x80/0xFF alone, its euc-kr and euc-jp read 0x80-0x9F
// alone as C1 controls, its gbk (for GB2312) reads all of GBK, its gb18030 reads 0x80 as the euro.
// Measured against Ruby 3.1 on every one- and two-byte sequence.

type Range = readonly [number, number];
interface Shape {
  /** Bytes beyond ASCII that are a character alone. */
  readonly singles: readonly Range[];
  /** Lead bytes of a two-byte character, and the bytes that may follow them. */
  readonly leads: readonly Range[];
  readonly trails: readonly Range[];
  /** EUC-JP's 0x8F: a lead of three bytes, both following in 0xA1-0xFE. */
  readonly threeByte?: true;
  /** GB18030's four-byte characters: lead, 0x30-0x39, lead, 0x30-0x39. */
  readonly fourByte?: true;
}

const HIGH: Range = [0xa1, 0xfe];
const big5: Shape = { singles: [], leads: [HIGH], trails: [[0x40, 0x7e], HIGH] };
const euc: Shape = { singles: [], leads: [HIGH], trails: [HIGH] };
const eucJp: Shape = { singles: [], leads: [[0x8e, 0x8e], HIGH], trails: [HIGH], threeByte: true };
const gbk: Shape = { singles: [[0x80, 0x80]], leads: [[0x81, 0xfe]], trails: [[0x40, 0x7e], [0x80, 0xfe]] };

// Ruby's canonical names (text-codec.ts) → the shape of their characters
const shiftJis: Shape = { singles: [[0xa1, 0xdf]], leads: [[0x81, 0x9f], [0xe0, 0xfc]], trails: [[0x40, 0x7e], [0x80, 0xfc]] };
const SHAPES: Readonly<Record<string, Shape>> = {
  Big5: big5,
  'Big5-HKSCS': big5,
  'EUC-KR': euc,
  GB2312: euc,
  CP949: { singles: [[0x80, 0x80]], leads: [[0x81, 0xfe]], trails: [[0x41, 0x5a], [0x61, 0x7a], [0x81, 0xfe]] },
  GBK: gbk,
  GB18030: { singles: [], leads: [[0x81, 0xfe]], trails: [[0x40, 0x7e], [0x80, 0xfe]], fourByte: true },
  'EUC-JP': eucJp,
  'eucJP-ms': eucJp,
  CP51932: eucJp,
  Shift_JIS: shiftJis,
  'Windows-31J': shiftJis,
};

const within = (b: number | undefined, ranges: readonly Range[]): boolean => b !== undefined && ranges.some(([lo, hi]) => b >= lo && b <= hi);
const digit = (b: number | undefined): boolean => b !== undefined && b >= 0x30 && b <= 0x39;

/**
 * For Ruby's encoding `name`, the length of the character starting at byte `i` (beyond ASCII) as
 * Ruby reads it, 0 where Ruby's String holds no character there; undefined for an encoding whose
 * shape is not listed here (Node's decoder decides).
 */
export function rubyCharLength(name: string): ((bytes: Uint8Array, i: number) => number) | undefined {
  const shape = SHAPES[name];
  if (!shape) return undefined;
  return (bytes, i) => {
    const b = bytes[i]!;
    if (within(b, shape.singles)) return 1;
    if (shape.threeByte && b === 0x8f) return within(bytes[i + 1], [HIGH]) && within(bytes[i + 2], [HIGH]) ? 3 : 0;
    if (!within(b, shape.leads)) return 0;
    if (shape.fourByte && digit(bytes[i + 1])) return within(bytes[i + 2], shape.leads) && digit(bytes[i + 3]) ? 4 : 0;
    return within(bytes[i + 1], shape.trails) ? 2 : 0;
  };
}

/** The index of the first byte where Ruby's encoding holds no character, or -1. */
export function firstRefusedByte(bytes: Uint8Array, lengthAt: (bytes: Uint8Array, i: number) => number): number {
  for (let i = 0; i < bytes.length; ) {
    if (bytes[i]! < 0x80) {
      i++;
      continue;
    }
    const n = lengthAt(bytes, i);
    if (n === 0) return i;
    i += n;
  }
  return -1;
}
