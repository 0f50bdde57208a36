// String#stem of the fast-stemmer gem, which classifier-reborn's LSI uses on every word:
// Martin Porter's ANSI C stemmer (porter.c, with its two DEPARTUREs: "bli" -> "ble",
// "logi" -> "log", and words of one or two bytes left alone). It works on the word's
// bytes, so a UTF-8 word is stemmed as its bytes (a non-ASCII byte is a consonant)
// and comes back as a byte string, as the gem's ASCII-8BIT result does.

/** Stems a word given as a byte string (one char per byte); returns a byte string. */
export function porterStem(word: string): string {
  const k = word.length - 1;
  if (k <= 1) return word;
  const z = new Stemmer(word);
  return z.run();
}

class Stemmer {
  private readonly b: number[];
  private k: number;
  private j = 0;

  constructor(word: string) {
    this.b = Array.from(word, (c) => c.charCodeAt(0));
    this.k = this.b.length - 1;
  }

  run(): string {
    this.step1ab();
    if (this.k > 0) {
      this.step1c();
      this.step2();
      this.step3();
      this.step4();
      this.step5();
    }
    return String.fromCharCode(...this.b.slice(0, this.k + 1));
  }

  private cons(i: number): boolean {
    switch (this.b[i]) {
      case 0x61: case 0x65: case 0x69: case 0x6f: case 0x75: return false; // a e i o u
      case 0x79: return i === 0 ? true : !this.cons(i - 1); // y
      default: return true;
    }
  }

  /** The number of consonant-vowel sequences in b[0..j]. */
  private m(): number {
    let n = 0;
    let i = 0;
    const j = this.j;
    for (;;) {
      if (i > j) return n;
      if (!this.cons(i)) break;
      i++;
    }
    i++;
    for (;;) {
      for (;;) {
        if (i > j) return n;
        if (this.cons(i)) break;
        i++;
      }
      i++;
      n++;
      for (;;) {
        if (i > j) return n;
        if (!this.cons(i)) break;
        i++;
      }
      i++;
    }
  }

  private vowelInStem(): boolean {
    for (let i = 0; i <= this.j; i++) if (!this.cons(i)) return true;
    return false;
  }

  private doublec(j: number): boolean {
    if (j < 1) return false;
    if (this.b[j] !== this.b[j - 1]) return false;
    return this.cons(j);
  }

  private cvc(i: number): boolean {
    if (i < 2 || !this.cons(i) || this.cons(i - 1) || !this.cons(i - 2)) return false;
    const ch = this.b[i];
    return ch !== 0x77 && ch !== 0x78 && ch !== 0x79; // w x y
  }

  private ends(s: string): boolean {
    const length = s.length;
    const k = this.k;
    if (s.charCodeAt(length - 1) !== this.b[k]) return false;
    if (length > k + 1) return false;
    for (let i = 0; i < length; i++) if (this.b[k - length + 1 + i] !== s.charCodeAt(i)) return false;
    this.j = k - length;
    return true;
  }

  private setto(s: string): void {
    const j = this.j;
    for (let i = 0; i < s.length; i++) this.b[j + 1 + i] = s.charCodeAt(i);
    this.k = j + s.length;
  }

  private r(s: string): void {
    if (this.m() > 0) this.setto(s);
  }

  private step1ab(): void {
    const b = this.b;
    if (b[this.k] === 0x73) { // s
      if (this.ends('sses')) this.k -= 2;
      else if (this.ends('ies')) this.setto('i');
      else if (b[this.k - 1] !== 0x73) this.k--;
    }
    if (this.ends('eed')) {
      if (this.m() > 0) this.k--;
    } else if ((this.ends('ed') || this.ends('ing')) && this.vowelInStem()) {
      this.k = this.j;
      if (this.ends('at')) this.setto('ate');
      else if (this.ends('bl')) this.setto('ble');
      else if (this.ends('iz')) this.setto('ize');
      else if (this.doublec(this.k)) {
        this.k--;
        const ch = b[this.k];
        if (ch === 0x6c || ch === 0x73 || ch === 0x7a) this.k++; // l s z
      } else if (this.m() === 1 && this.cvc(this.k)) this.setto('e');
    }
  }

  private step1c(): void {
    if (this.ends('y') && this.vowelInStem()) this.b[this.k] = 0x69; // i
  }

  private step2(): void {
    const pairs = STEP2[String.fromCharCode(this.b[this.k - 1] ?? 0)];
    if (pairs) this.firstRule(pairs);
  }

  private step3(): void {
    const pairs = STEP3[String.fromCharCode(this.b[this.k] ?? 0)];
    if (pairs) this.firstRule(pairs);
  }

  /** The first suffix of the list that the word ends with is replaced (when m() > 0); the rest are not tried. */
  private firstRule(pairs: readonly (readonly [string, string])[]): void {
    for (const [suffix, by] of pairs) {
      if (this.ends(suffix)) {
        this.r(by);
        return;
      }
    }
  }

  private step4(): void {
    const suffixes = STEP4[String.fromCharCode(this.b[this.k - 1] ?? 0)];
    if (!suffixes) return;
    let found = false;
    for (const s of suffixes) {
      if (!this.ends(s)) continue;
      // -ion only after s or t
      if (s === 'ion' && !(this.j >= 0 && (this.b[this.j] === 0x73 || this.b[this.j] === 0x74))) continue;
      found = true;
      break;
    }
    if (!found) return;
    if (this.m() > 1) this.k = this.j;
  }

  private step5(): void {
    const b = this.b;
    this.j = this.k;
    if (b[this.k] === 0x65) { // e
      const a = this.m();
      if (a > 1 || (a === 1 && !this.cvc(this.k - 1))) this.k--;
    }
    if (b[this.k] === 0x6c && this.doublec(this.k) && this.m() > 1) this.k--; // l
  }
}

const STEP2: Readonly<Record<string, readonly (readonly [string, string])[]>> = {
  a: [['ational', 'ate'], ['tional', 'tion']],
  c: [['enci', 'ence'], ['anci', 'ance']],
  e: [['izer', 'ize']],
  l: [['bli', 'ble'], ['alli', 'al'], ['entli', 'ent'], ['eli', 'e'], ['ousli', 'ous']],
  o: [['ization', 'ize'], ['ation', 'ate'], ['ator', 'ate']],
  s: [['alism', 'al'], ['iveness', 'ive'], ['fulness', 'ful'], ['ousness', 'ous']],
  t: [['aliti', 'al'], ['iviti', 'ive'], ['biliti', 'ble']],
  g: [['logi', 'log']],
};

const STEP3: Readonly<Record<string, readonly (readonly [string, string])[]>> = {
  e: [['icate', 'ic'], ['ative', ''], ['alize', 'al']],
  i: [['iciti', 'ic']],
  l: [['ical', 'ic'], ['ful', '']],
  s: [['ness', '']],
};

const STEP4: Readonly<Record<string, readonly string[]>> = {
  a: ['al'],
  c: ['ance', 'ence'],
  e: ['er'],
  i: ['ic'],
  l: ['able', 'ible'],
  n: ['ant', 'ement', 'ment', 'ent'],
  o: ['ion', 'ou'],
  s: ['ism'],
  t: ['ate', 'iti'],
  u: ['ous'],
  v: ['ive'],
  z: ['ize'],
};
