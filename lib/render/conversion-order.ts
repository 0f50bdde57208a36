// The order in which the Markdown thread converts the texts it was sent (markdown-work.ts).
// The texts come in the order the render asks for them. The thread takes them in that order
// while it stays ahead of the main thread, which renders everything else between two texts
// (Liquid, layouts: a blog's posts). When the main thread has little else to do (a docs
// site's Markdown pages) it catches up, and would only wait for each text in turn while its
// core idles: once it has waited for WAITS_BEFORE_TURNING texts in a row, the thread turns to
// the other end of the list and works backwards, and the main thread converts the texts it
// comes to itself (it claims those the thread has not started), until the two meet.

/** Texts in a row the main thread waited for before the thread turns to the end of the list. */
export const WAITS_BEFORE_TURNING = 4;

export class ConversionOrder {
  private next = 0;
  private last = -1;
  private waitedInARow = 0;
  /** Whether the thread now works from the end of the list. */
  backwards = false;

  /** Texts numbered below `count` have been sent (more may come later: they join the list). */
  received(count: number): void {
    if (count - 1 > this.last) this.last = count - 1;
  }

  /** The number of the text to convert now, or undefined when every text sent is taken. */
  take(): number | undefined {
    if (this.next > this.last) return undefined;
    return this.backwards ? this.last-- : this.next++;
  }

  /** Text `id` is converted; the main thread waits for `wanted` (-1: none). True when the thread turns now. */
  converted(id: number, wanted: number): boolean {
    if (this.backwards) return false;
    this.waitedInARow = wanted === id ? this.waitedInARow + 1 : 0;
    if (this.waitedInARow < WAITS_BEFORE_TURNING) return false;
    this.backwards = true;
    return true;
  }
}
