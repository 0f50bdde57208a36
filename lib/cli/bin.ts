#!/usr/bin/env node
// The ES module CLI (dist/bundle/bin.js): what the `kyll` command (launch.ts)
// runs when there is no engine.cjs beside it, and what `kyll serve --detach` starts.
import { main } from './main.js';

main(process.argv.slice(2));
