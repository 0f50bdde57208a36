// How many threads render a build by default. One render thread keeps about two
// cores busy: the main thread, V8's compiler and garbage-collector helper threads
// (TurboFan compiles the hot functions of each isolate apart) and the writer
// thread. So a build gets one render thread per two cores (two from 4 cores, four
// from 8), and only from AUTO_THRESHOLD posts: on a 2-core machine it renders on
// one thread at every size.
//
// Session 20 (load 4-19, bench blog, two threads against one): 1,000 posts, 3 pairs each with and
// without the raised interrupt budget of a small site (entries/tier-up.ts): the main thread's CPU
// drops by 0.0-0.3 s, the worker adds 0.30-0.58 s, the process 0.15-0.45 s more; 10,000 posts,
// 3 pairs (farm-bench): CPU A/B 1.56, wall 1.63, peak memory 273 -> 547 MiB. On 2 cores one thread stays.
// Session 12, 2-core machine shared with other builds (load 5-10), renderSite from
// the bundle to /dev/shm, no .jekyll-cache, two threads (A) against one (B) in
// alternating pairs (2-6), medians of the whole process:
//   posts    CPU s, one → two     A/B CPU   A/B wall   peak MiB, one → two
//   500      2.16 → 2.90          1.35      1.30
//   1,000    1.97 → 2.85          1.49      1.38
//   3,000    4.19 → 6.59          1.56      1.59
//   5,000    5.40 → 8.65          1.61      1.59       197 → 355
//   10,000   7.49 → 12.24         1.64      1.56       279 → 544
//   20,000   13.47 → 21.76        1.61      1.54       449 → 761
// Per thread at 10,000 (bench/thread-cpu.mjs, CPU s): one thread: main 4.1, writer
// 1.9, V8's helpers 2.2 (8.2 in all); two: main 5.9, worker 4.9, writer 4.3,
// helpers 7.9 (23.0). With two idle cores the wall time is at least the main
// thread's CPU and at least half the process's: 4.1 s for one thread against 6.1 s
// for two at the best. The worker's costs (NODE_DEBUG=kyll-threads, 1,000 posts):
// 0.11 s of CPU for Node to start the thread, 0.14 s for the engine (code cache),
// ~0.1 s to decode the site and prepare the build, then ~1.1 ms per document
// while its code warms up, where the main thread, warm by then, spends ~0.2 ms
// (0.5 ms over its first 500): each document the worker takes costs the process
// about five times what it saves the main thread. At 1,000 posts the engine is
// loaded in the worker only when the main thread has read every post, so it parses
// none of them either. Flags tried at 1,000 posts on one thread, given to node,
// each with its own code cache (3 rounds): --maglev, --interrupt-budget=30000,
// --always-sparkplug, --no-lazy-feedback-allocation, --max-lazy, larger semi-spaces
// (--min/--max-semi-space-size 8/32, 16/64): none cut the main thread's rendering
// CPU beyond the noise (450-620 ms for 1,000 documents).
// The worker's 192 MB young generation (parallel.ts) against V8's default, two threads
// at 3,000 posts, 4 pairs: CPU 0.97x, within the noise. No machine of 4 cores or more
// was measured: there the rule keeps the threshold of the earlier sessions.
//
// Earlier sessions (what the sizes above replace):
// A worker starts with the build, loads the engine (engine.cjs with the V8 code
// cache of earlier builds, as the main thread does: at 10,000 posts under load
// 15, 0.16 s of the worker's CPU from its start, against 0.40 s when it imported
// the ES module chunks, which no cache covers; render-worker.ts) and the plugins, then
// parses a share of the post files while the main thread reads the site
// (parallel-read.ts: one shared counter, so a late worker simply parses fewer),
// then gets the site the main thread read (worker-model.ts; the posts it parsed
// itself are named, not copied back: at 10,000 posts 25 MB instead of 50, 0.14 s
// of the main thread's CPU to encode instead of 0.21, 0.16 s of the worker's to
// decode instead of 0.27; preparing the build then costs it ~0.35 s, ~0.1 s at
// 1,000). All threads then render documents
// from one queue; the main thread alone renders pages, feeds and indexes and writes
// (the excerpts a worker rendered come back with its documents: not rendered twice).
// What a second thread costs and saves (session 7; bench/thread-cpu.mjs, CPU seconds
// of each thread building the generated blog to disk from the bundle, 2-core machine
// under load average 15-24: absolute numbers inflated, compare within a row):
//   posts    one: main / process      two: main, worker / process    wall ≥ (1 vs 2)
//   300      1.5-1.9 / 2.3-3.1        1.4-1.6, 0.9-1.0 / 3.4-3.8     1.5-1.9 vs 1.7-1.9
//   1,000    3.0 / 5.1-5.9            2.4-2.6, 1.7-1.9 / 6.4-6.8     3.0 vs 3.2-3.4
//   3,000    5.5-6.1 / 9.3-10.5       4.6, 3.7-3.8 / 12.7            5.5-6.1 vs 6.3-6.4
//   5,000    8.2 / 14.2               6.5, 5.6 / 19.0                8.2 vs 9.5
//   7,500    10.9 / 17.6              8.5, 7.1 / 22.4                10.9 vs 11.2
//   10,000   17.5 / 27.5              11.3, 9.9 / 30.5               17.5 vs 15.2
// The wall time two idle cores allow is at least the main thread's CPU and at least
// half the process's; the quiet machine of session 6 showed about that (1,000 posts
// in memory: one thread 2.5 s wall for 4.1 s of CPU, two 3.5-4.7 s for 6.4-8.2 s).
// One thread already keeps 1.5 cores busy: V8 compiles hot functions on its own
// helper threads (1.2 s of CPU at 1,000 posts; with --max-opt=2 they use 0.15 s and
// the main thread 1.1 s more) and collects garbage there, so a second JavaScript
// thread gets what is left of the second core, and brings its own fixed costs. At
// 1,000 posts in memory (thread CPU clocks, /proc/thread-self/schedstat), the
// worker spends 0.36-0.45 s loading the engine, 0.15-0.24 s parsing its share of
// the posts, 0.06-0.08 s decoding the site, 0.03-0.04 s preparing the build and
// 0.83-1.0 s rendering its ~450 documents, whose first 100 cost 0.22-0.29 s (code
// not compiled yet in this thread: one thread renders all 1,000 in 1.15 s, its
// first 300 costing 0.3 s more than later ones); the main thread's own CPU hardly
// drops (1.9-2.2 s with one thread, 2.1-2.3 s with two: each of its documents costs
// more), and the helper threads use 0.5 s more (each thread's code is compiled for
// it). Two threads pay only once the documents outweigh those fixed costs, and the
// one thread's cost grows faster than the posts (17.5 s at 10,000, 10.9 s at 7,500):
// between 7,500 and 10,000 posts here, where the threshold was set (2,000 before).
// A 10,000-post build on two threads (session 8, /proc per-thread CPU and each
// thread's --cpu-prof, load 6-9): main 4.3-4.5 s, worker 2.9-3.7, writer 0.6,
// V8's helpers 2.9-3.7 (TurboFan for two isolates, parallel scavenges): the two
// cores are saturated, so the wall time follows the process's CPU. The main thread
// reads alone for ~0.4 s (config, listing, inventory) until the worker, its engine
// loaded, parses posts beside it; it renders from ~2.0 s, the worker from ~2.4 s
// (decoding, prepareBuild); both finish within ~0.1 s of each other. The main
// thread's 16 MB semi-space makes ~3x the worker's scavenges (YOUNG_GENERATION_MB).
// Session 9, `kyll build` to /dev/shm at load 15-20 (walls of 50-120 s: only CPU
// counts there), each thread's CPU (schedstat) at each step, main | worker:
//   node, bin.js, engine (code cache)       0.30 |  -    (worker started after it)
//   renderSite to the workers' start        0.11 |  -
//   worker: engine                           -   | 0.16 (0.40 from ES modules)
//   read (worker: its share of the posts)   2.0  | 1.4-1.6
//   encode the site / decode it             0.28 | ~0.3
//   prepareBuild                            0.24 | 0.23-0.31
//   render documents (~6,000 | ~4,000)      4.3  | 3.5-3.6
//   pages, feeds, swap                      0.18 |  -
// plus the writer thread 0.8-0.9 s and V8's four helper threads 5.2-5.6 s in all:
// 21-22 s of CPU for the process (4 alternating pairs, before and after the
// worker's code cache: 21.2-22.1 s against 20.4-22.4 s, no change beyond the
// noise at that load). --trace-gc: main 77-88 scavenges and 2-3 mark-compacts,
// worker 24-27 and 2, writer 44 scavenges (69 since it gets resourceLimits rather
// than the process-wide flag, most of them idle-time scavenges of a ~6 MB heap:
// its CPU stayed at 0.9 s).
// Session 10 (load 7-15; /proc/<pid>/task per-thread CPU, perf record of all threads):
// main 4.3-6.6 s, render worker 3.8-5.2, writer 0.6-0.9, V8's four helpers 3.7-5.0,
// 12.6-17.6 s in all. perf: ~70% of the helpers' samples are TurboFan (both
// isolates compile the same hot functions), ~12% parallel scavenges, ~3% marking.
// In-thread GC (--cpu-prof): main 1.45 s, worker 1.1 s; --trace-gc: main 64
// scavenges and 2 mark-compacts, worker 23 and 2, writer 46. Posting outputs to the
// writer thread was 0.8 s of the main thread's profile, but writing them itself
// (as the worker does) cost the main thread more than that (main +1.0 s, process
// +0.7 s over 3 pairs; reverted). Given to node at start and measured the same way,
// --interrupt-budget=300000, --max-semi-space-size=64 and
// --max-inlined-bytecode-size-cumulative=300 showed no gain beyond the noise.
// Not kept, measured: a lower priority (nice 10 or 5) for the worker,
// so that it only takes what the main thread leaves: under load it starves and the
// main thread waits for its share (1,000 posts 48-49 s wall instead of 31-40 s);
// V8 flags (fewer or smaller TurboFan compiles, single-threaded GC, two helper
// threads): no change in the process's CPU beyond the noise.
// Session 13 (load 7-9, no quiet machine to be had; bench/thread-cpu.mjs, 1,000 posts, 5
// alternating pairs): the main thread's CPU does not drop with a second render thread
// (one: 0.72-0.86 s, two: 0.73-0.88 s; the worker adds 0.54-0.63 s), so two threads
// cannot shorten the main thread's path even on idle cores; wall medians 6.4 s (one)
// against 6.9 s (two). valgrind (callgrind, node --single-threaded, which makes the count
// repeat within ~0.5% against ~3% with V8's helper threads): of 5.85 G instructions of
// a cold 1,000-post build, TurboFan 38%, garbage collection ~8%, UTF-8 decoding of the
// sources 3% and encoding of the outputs 3%, posting them to the writer ~2%.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Posts from which a build renders on several threads, where the cores allow (autoThreads). */
export const AUTO_THRESHOLD = 8000;
/** Cores one render thread keeps busy, with V8's helper threads and the writer's. */
export const CORES_PER_THREAD = 2;

/** Render threads for a folder: one per CORES_PER_THREAD cores (up to 8 cores) once it has AUTO_THRESHOLD posts, else one. */
export function autoThreads(source: string, destination: string | undefined, cores = Math.min(os.availableParallelism(), 8)): number {
  const threads = Math.floor(cores / CORES_PER_THREAD);
  if (threads < 2) return 1;
  return countPosts(path.join(source, '_posts'), destination, AUTO_THRESHOLD) >= AUTO_THRESHOLD ? threads : 1;
}

/** Files under `dir` (a site's _posts), counting up to `enough`; the destination's folder is skipped. */
export function countPosts(dir: string, destination: string | undefined, enough: number): number {
  let n = 0;
  const walk = (d: string): void => {
    if (n >= enough || (destination && path.resolve(d) === path.resolve(destination))) return;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.isDirectory()) walk(path.join(d, e.name));
      else n++;
    }
  };
  walk(dir);
  return n;
}
