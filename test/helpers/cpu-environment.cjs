// jest's node environment that, when KYLL_SUITE_CPU names a file, appends one JSON line a test
// file: its wall time and the CPU seconds it cost (the worker's own, its threads' included, and
// its child processes' once they ended). On a shared machine the wall times of a run say more
// about the other jobs than about the tests; the CPU seconds say where the suite's time goes.
const fs = require('node:fs');
const { TestEnvironment } = require('jest-environment-node');

const TICK = 100; // USER_HZ: /proc's clock ticks a second on Linux

/** CPU seconds of this process, and of its children that ended (/proc/self/stat's cutime, cstime). */
function cpu() {
  const own = process.cpuUsage();
  let children = 0;
  try {
    const fields = fs.readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    children = (Number(fields[13]) + Number(fields[14])) / TICK;
  } catch {
    // not Linux: the children's share is left out
  }
  return { own: (own.user + own.system) / 1e6, children };
}

class CpuEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    this.testPath = context.testPath;
  }
  async setup() {
    this.started = { at: Date.now(), cpu: cpu() };
    await super.setup();
  }
  async teardown() {
    await super.teardown();
    const file = process.env.KYLL_SUITE_CPU;
    if (!file || !this.started) return;
    const now = cpu();
    const line = {
      file: this.testPath,
      wall: (Date.now() - this.started.at) / 1000,
      cpu: +(now.own - this.started.cpu.own).toFixed(3),
      children: +(now.children - this.started.cpu.children).toFixed(2),
      pid: process.pid,
    };
    fs.appendFileSync(file, `${JSON.stringify(line)}\n`);
  }
}

module.exports = CpuEnvironment;
