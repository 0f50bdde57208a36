// The texts sent to the Markdown thread (markdown-thread.ts), numbered in the order sent, and
// found again when the render asks for one. The render asks in about the order sent (a
// document's content, maybe its excerpt, the next document's...), so a text is looked for just
// past the last one found, compared as a string (the same string object: one pointer compare);
// when it is not there, in a scan of them all, and only after a few such misses in a map. A map
// from the start hashed every whole text: 1,000 bench posts, 2,000 texts of 2.3M characters;
// without it, callgrind counts ~26M fewer instructions on the main thread (~1.2%).

/** How far past the last text found the next is looked for first. */
const LOOK_AHEAD = 4;
/** Texts not found there that are looked for in a scan of them all; after these, in a map. */
const SCANS = 16;

export class SentTexts {
  readonly #texts: string[] = [];
  #next = 0;
  #index: Map<string, number> | undefined;
  #misses = 0;

  get size(): number {
    return this.#texts.length;
  }

  /** Numbers `text` (the next id). */
  push(text: string): number {
    const id = this.#texts.push(text) - 1;
    if (this.#index !== undefined && !this.#index.has(text)) this.#index.set(text, id);
    return id;
  }

  /** The id of `text` (of a copy of it, which converts alike), or undefined if it was never sent. */
  idOf(text: string): number | undefined {
    const texts = this.#texts;
    for (let k = this.#next, end = Math.min(texts.length, this.#next + LOOK_AHEAD); k < end; k++) {
      if (texts[k] === text) return this.#found(k);
    }
    if (this.#index === undefined && this.#misses++ < SCANS) {
      // Texts of other lengths differ at once: a scan costs far less than hashing every text.
      const k = texts.indexOf(text);
      return k < 0 ? undefined : this.#found(k);
    }
    if (this.#index === undefined) {
      this.#index = new Map();
      for (let k = texts.length - 1; k >= 0; k--) this.#index.set(texts[k]!, k);
    }
    const id = this.#index.get(text);
    return id === undefined ? undefined : this.#found(id);
  }

  #found(id: number): number {
    this.#next = id + 1;
    return id;
  }
}
