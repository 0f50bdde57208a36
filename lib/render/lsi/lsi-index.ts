// classifier-reborn's LSI without GSL (lsi.rb, lsi/content_node.rb, extensions/vector.rb), as
// Jekyll's RelatedPosts uses it: the posts' word counts weighted by entropy, a term-document
// matrix reduced through its singular values (Matrix#SV_decomp, Jacobi rotations, 20 sweeps at
// most, the smallest quarter of the values dropped), and a post's related posts the others by
// the dot product of their reduced vectors. Ruby's Matrix sums each product from 0 in index
// order; the rotations touch two rows and columns only, so they are done on those (the other
// terms of Ruby's full products are exact zeros and ones) in the same order of operations.
import { cleanWordHash } from './word-hash.js';

export class LsiError extends Error {}

interface Node {
  readonly words: Map<string, number>;
  /** The weighted counts over the word list (ContentNode#raw_vector). */
  raw?: number[];
  /** Whether raw kept its integer counts (one distinct word, or one word in all). */
  rawIntegers?: boolean;
  lsi?: number[];
}

/** The index of a set of texts, keyed by `K` (the posts), built as LSI#build_index. */
export class LsiIndex<K> {
  private readonly items = new Map<K, Node>();
  private readonly wordList = new Map<string, number>();

  /** LSI#add_item: a text with no word that counts is left out (classifier-reborn says so on stdout). */
  add(key: K, text: string): void {
    const words = cleanWordHash(text);
    if (words.size > 0) this.items.set(key, { words });
  }

  /** LSI#build_index(0.75), which does nothing for fewer than two texts. */
  build(): void {
    if (this.items.size <= 1) return;
    for (const node of this.items.values()) for (const w of node.words.keys()) if (!this.wordList.has(w)) this.wordList.set(w, this.wordList.size);
    const nodes = [...this.items.values()];
    for (const node of nodes) rawVector(node, this.wordList);
    const words = this.wordList.size;
    const docs = nodes.length;
    // SV_decomp's other branch (fewer words than texts) ends in a NoMethodError in Jekyll
    if (words < docs) throw new LsiError('LSI: fewer distinct words than posts (classifier-reborn cannot reduce this matrix)');
    const reduced = reducedMatrix(nodes.map((n) => n.raw!), nodes.map((n) => n.rawIntegers === true), words, docs);
    nodes.forEach((node, d) => {
      const column = reduced.map((row) => row[d]!);
      normalize(column); // ZeroVectorError as in Ruby
      node.lsi = column;
    });
  }

  /** LSI#find_related(key, max): the other items, nearest first. `text` makes the node of a key not indexed. */
  related(key: K, text: () => string, max: number): K[] {
    if (this.items.size <= 1) throw new LsiError('LSI: fewer than two posts have words to index');
    let node = this.items.get(key);
    if (!node) {
      node = { words: cleanWordHash(text()) };
      rawVector(node, this.wordList);
      normalize(node.raw!);
    }
    const vector = node.lsi ?? node.raw!;
    const scored: [K, number][] = [];
    for (const [k, other] of this.items) {
      const v = other.lsi ?? other.raw!;
      let sum = 0;
      for (let i = 0; i < vector.length; i++) sum += vector[i]! * v[i]!;
      if (Number.isNaN(sum)) throw new LsiError('LSI: comparison of Array with Array failed');
      scored.push([k, sum]);
    }
    // sort_by (stable here) then reverse
    const order = scored.map((s, i) => [s, i] as const).sort((a, b) => a[0][1] - b[0][1] || a[1] - b[1]).map((x) => x[0]).reverse();
    return order.filter(([k]) => k !== key).slice(0, max).map(([k]) => k);
  }
}

/** ContentNode#raw_vector_with: counts placed by the word list, then weighted unless one word only. */
function rawVector(node: Node, wordList: ReadonlyMap<string, number>): void {
  const vec = new Array<number>(wordList.size).fill(0);
  for (const [w, count] of node.words) {
    const at = wordList.get(w);
    if (at !== undefined) vec[at] = count;
  }
  let total = 0;
  let unique = 0;
  for (const x of vec) {
    total += x;
    if (x !== 0) unique++;
  }
  node.rawIntegers = !(total > 1 && unique > 1);
  if (!node.rawIntegers) {
    let weighted = 0;
    for (const term of vec) if (term > 0) weighted += (term / total) * Math.log(term / total);
    for (let i = 0; i < vec.length; i++) vec[i] = Math.log(vec[i]! + 1) / -weighted;
  }
  node.raw = vec;
}

/** Vector#normalize; raises as Ruby does for a zero vector. Returns a new vector. */
function normalize(vec: readonly number[]): number[] {
  let sq = 0;
  for (const x of vec) sq += x * x;
  const n = Math.sqrt(sq);
  if (n === 0) throw new LsiError('Zero vectors can not be normalized');
  return vec.map((x) => x / n);
}

/**
 * LSI#build_reduced_matrix(tdm, 0.75) of the words × texts matrix whose columns are `raws`:
 * u * diag(s') * v.trans, s' the singular values with those under the cutoff set to 0.
 */
function reducedMatrix(raws: readonly number[][], integers: readonly boolean[], words: number, docs: number): number[][] {
  // q = tdm.trans * tdm (texts × texts)
  const q: number[][] = [];
  for (let i = 0; i < docs; i++) {
    const row: number[] = [];
    for (let j = 0; j < docs; j++) {
      let sum = 0;
      for (let k = 0; k < words; k++) sum += raws[i]![k]! * raws[j]![k]!;
      row.push(sum);
    }
    q.push(row);
  }
  const v = identity(docs);
  jacobi(q, v, integers);
  const s: number[] = [];
  for (let r = 0; r < docs; r++) {
    if (q[r]![r]! < 0) throw new LsiError('Numerical argument is out of domain - "sqrt"');
    s.push(Math.sqrt(q[r]![r]!));
  }
  // Matrix.diagonal(*s).inverse: ErrNotRegular for a zero value
  if (s.some((x) => x === 0)) throw new LsiError('Not Regular Matrix');
  // mu = tdm * v * diag(s).inverse: each column of tdm * v times 1/s
  const inv = s.map((x) => 1 / x);
  const u: number[][] = [];
  for (let w = 0; w < words; w++) {
    const row: number[] = [];
    for (let j = 0; j < docs; j++) {
      let sum = 0;
      for (let k = 0; k < docs; k++) sum += raws[k]![w]! * v[k]![j]!;
      row.push(sum * inv[j]!);
    }
    u.push(row);
  }
  const sorted = [...s].sort((a, b) => b - a);
  const cutoff = sorted[Math.round(s.length * 0.75) - 1]!;
  const kept = s.map((x) => (x < cutoff ? 0 : x));
  // (u * diag(kept)) * v.trans
  const out: number[][] = [];
  for (let w = 0; w < words; w++) {
    const us = u[w]!.map((x, k) => x * kept[k]!);
    const row: number[] = [];
    for (let j = 0; j < docs; j++) {
      let sum = 0;
      for (let k = 0; k < docs; k++) sum += us[k]! * v[j]![k]!;
      row.push(sum);
    }
    out.push(row);
  }
  return out;
}

function identity(n: number): number[][] {
  return Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
}

/**
 * Matrix#SV_decomp's sweeps on q (made diagonal in place), accumulating the rotations in v.
 * Each rotation is qrot = mzrot.trans * qrot * mzrot and v *= mzrot, computed on the two rows
 * and columns it changes, each sum in Ruby's order (lower index first).
 */
function jacobi(q: number[][], v: number[][], integers: readonly boolean[]): void {
  const n = q.length;
  let sOld: number[] | undefined;
  let first = true;
  for (let cnt = 1; ; cnt++) {
    for (let row = 0; row < n - 1; row++) {
      for (let col = 1; col < n; col++) {
        if (row === col) continue;
        const h = Math.atan(ratio(q, row, col, first && integers[row] === true && integers[col] === true)) / 2;
        first = false;
        rotate(q, v, row, col, Math.cos(h), Math.sin(h));
      }
    }
    const diag = q.map((r, i) => r[i]!);
    let sum = 0;
    if (cnt > 1) {
      for (let r = 0; r < n; r++) {
        const d = Math.abs(diag[r]! - sOld![r]!);
        if (d > 0.001) sum += d;
      }
    }
    sOld = diag;
    if ((sum <= 0.001 && cnt > 1) || cnt >= 20) return;
  }
}

/** (2 * q[row][col]) / (q[row][row] - q[col][col]); Integer division while both still hold integer counts. */
function ratio(q: number[][], row: number, col: number, integer: boolean): number {
  const num = 2 * q[row]![col]!;
  const den = q[row]![row]! - q[col]![col]!;
  if (!integer) return num / den;
  if (den === 0) throw new LsiError('divided by 0');
  return Math.floor(num / den) + 0; // Integer#/ floors, and has no -0
}

/** mzrot: identity but [row,row] = c, [row,col] = -s, [col,row] = s, [col,col] = c. */
function rotate(q: number[][], v: number[][], row: number, col: number, c: number, s: number): void {
  const n = q.length;
  // (mzrot.trans * q): rows row and col change. mzrot.trans[row] has c at row and s at col;
  // mzrot.trans[col] has -s at row and c at col.
  const pair = (a: number, ka: number, b: number, kb: number): number => (ka < kb ? 0 + a + b : 0 + b + a);
  const newRow: number[] = [];
  const newCol: number[] = [];
  for (let j = 0; j < n; j++) {
    newRow.push(pair(c * q[row]![j]!, row, s * q[col]![j]!, col));
    newCol.push(pair(-s * q[row]![j]!, row, c * q[col]![j]!, col));
  }
  q[row] = newRow;
  q[col] = newCol;
  // (...) * mzrot: columns row and col change. mzrot's column row has c at row and s at col;
  // its column col has -s at row and c at col.
  for (const m of [q, v]) {
    for (let i = 0; i < n; i++) {
      const r = m[i]!;
      const a = r[row]!;
      const b = r[col]!;
      r[row] = pair(a * c, row, b * s, col);
      r[col] = pair(a * -s, row, b * c, col);
    }
  }
}
