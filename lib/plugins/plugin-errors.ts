// An exception thrown by a plugin's own code (a generator, a hook, a transform) stops the
// build as Jekyll's does, but named: which plugin, in which step, and where in its file
// (the first line of the stack inside the plugin's module), so that the user can find it.
// A KyllError a plugin throws (or lets through) already says where it comes from.
import { fileURLToPath } from 'node:url';
import { KyllError } from '../errors/kyll-error.js';
import type { KyllPlugin } from './plugin.js';

interface PluginOrigin {
  /** The path it was loaded from, as the user gave it (`_plugins/x.mjs`). */
  readonly label: string;
  /** The module URL it was imported from (its stack frames name it). */
  readonly url: string;
}

const origins = new WeakMap<object, PluginOrigin>();

/** Remembers where a loaded plugin's module is, for its errors. */
export function rememberPluginOrigin(plugin: KyllPlugin, label: string, url: string): void {
  origins.set(plugin, { label, url });
}

/**
 * Runs `fn`, a call into `plugin`'s code during `step`; an exception that is not a KyllError becomes
 * one naming the plugin. Jekyll calls generators and hooks synchronously (site.rb#generate,
 * hooks.rb#trigger), and so does kyll: a Promise back (an `async` generator or hook) would be
 * taken for its result, or its rejection would crash Node after the build moved on. Only the
 * site's post_write hook, the build's last step, may return one (`promiseAllowed`).
 */
export function inPlugin<T>(plugin: KyllPlugin, step: string, fn: () => T, promiseAllowed = false): T {
  let out: T;
  try {
    out = fn();
  } catch (e) {
    throw pluginError(e, plugin, step);
  }
  if (!promiseAllowed && isThenable(out)) {
    // its rejection, if any, is this error's: not an unhandled one
    out.then(undefined, () => {});
    const origin = origins.get(plugin);
    throw new KyllError('PLUGIN_ERROR', `Plugin '${plugin.name}' failed in ${step}: it returned a Promise, but kyll runs ${step} synchronously, as Jekyll runs its generators and hooks`, origin ? { file: origin.label } : {}, {
      hint: 'make it a plain (not async) function; work that must wait belongs before the build',
    });
  }
  return out;
}

/**
 * inPlugin for a post_write hook, which may return a Promise: it is awaited (Jekyll's hooks.rb#trigger
 * returns only once a hook has run, and a Ruby hook that raises stops the build), and its rejection
 * is reported as a thrown hook is. A hook that returns no Promise costs no await.
 */
export function inPluginAwaited(plugin: KyllPlugin, step: string, fn: () => unknown): Promise<void> | undefined {
  const out = inPlugin(plugin, step, fn, true);
  if (!isThenable(out)) return undefined;
  return Promise.resolve(out).then(
    () => undefined,
    (e: unknown) => {
      throw pluginError(e, plugin, step);
    },
  );
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (typeof value === 'object' || typeof value === 'function') && value !== null && typeof (value as { then?: unknown }).then === 'function';
}

export function pluginError(e: unknown, plugin: KyllPlugin, step: string): unknown {
  if (e instanceof KyllError) return e;
  const why = e instanceof Error ? e.message : String(e);
  const origin = origins.get(plugin);
  const place = origin ? { file: origin.label, ...lineIn(e, origin.url) } : {};
  return new KyllError('PLUGIN_ERROR', `Plugin '${plugin.name}' failed in ${step}: ${why}`, place, {
    cause: e,
    hint: 'run with --trace for the stack',
  });
}

/** Line and column of the first stack frame in the module at `url` (its `?mtime=` query aside). */
function lineIn(e: unknown, url: string): { line?: number; column?: number } {
  const stack = e instanceof Error && typeof e.stack === 'string' ? e.stack : '';
  const base = url.replace(/\?.*$/, '');
  // Node names a module's frames by its URL; some loaders (jest's) by its path.
  for (const name of [base, base.startsWith('file:') ? fileURLToPath(base) : undefined]) {
    const at = name ? stack.indexOf(name) : -1;
    const m = at < 0 ? null : /^(?:\?[^\s:)]*)?:(\d+):(\d+)/.exec(stack.slice(at + name!.length));
    if (m) return { line: Number(m[1]), column: Number(m[2]) };
  }
  return {};
}
