// The order in which the Markdown thread converts the texts it was sent (markdown-work.ts).
// The texts come in the order the render asks for them. The thread takes them in that order
// while it stays ahead of the main thread, which renders everything else between two texts
// (Liquid, layouts: a blog's posts). When the main thread has little else to do (a docs
// site's Markdown pages) it catches up, and would only wait for each text in turn while its
// core idles: once it has waited for WAITS_BEFORE_TURNING texts in a row, the thread turns to
// the other end of the list and works backwards, and the main thread converts the texts it
// comes to itself (it claims those the thread has not started), until the two meet.
// A thread started once a site of few posts is read (late-markdown-thread.ts) works backwards
// from the start: there the main thread has little else to do, and each text it waited for
// before turning would idle its core for a whole conversion (golang/proposal as a CommonMark
// site, quiet 2-core machine: 5-16 waits, the build 0.25 s slower than without the thread).

/** Texts in a row the main thread waited for before the thread turns to the end of the list. */
export const WAITS_BEFORE_TURNING = 4;

export class ConversionOrder {
  // The texts not taken yet, as runs of numbers [first, last] in increasing order.
  private readonly runs: Array<[number, number]> = [];
  private received_ = 0;
  private waitedInARow = 0;
  /** Whether the thread now works from the end of the list. */
  backwards: boolean;

  /** `fromTheEnd`: backwards from the start (the main thread converts from the first text, with little else to do). */
  constructor(fromTheEnd = false) {
    this.backwards = fromTheEnd;
  }

  /** Texts numbered below `count` have been sent (more may come later: they join the list). */
  received(count: number): void {
    if (count <= this.received_) return;
    const tail = this.runs.at(-1);
    if (tail && tail[1] === this.received_ - 1) tail[1] = count - 1;
    else this.runs.push([this.received_, count - 1]);
    this.received_ = count;
  }

  /** The number of the text to convert now, or undefined when every text sent is taken. */
  take(): number | undefined {
    const run = this.backwards ? this.runs.at(-1) : this.runs[0];
    if (!run) return undefined;
    const id = this.backwards ? run[1]-- : run[0]++;
    if (run[0] > run[1]) {
      if (this.backwards) this.runs.pop();
      else this.runs.shift();
    }
    return id;
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
