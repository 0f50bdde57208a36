// Where Bundler installs a site's gems when its settings give a path (`bundle config set path
// vendor/bundle`, `BUNDLE_PATH`, `--deployment`): Bundler::Settings#path, read by Bundler.setup,
// which Jekyll runs for a site with a Gemfile. The gems are then under <path>/ruby/<version>/gems.
import fs from 'node:fs';
import path from 'node:path';

type Settings = Record<string, string>;

/** A Bundler config file (`.bundle/config`): `BUNDLE_KEY: "value"` lines. */
function readSettings(file: string): Settings {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return {};
  }
  const settings: Settings = {};
  for (const m of text.matchAll(/^(BUNDLE_[A-Z0-9_]+):\s*(?:"([^"]*)"|'([^']*)'|(.*?))\s*$/gm)) settings[m[1]!] = m[2] ?? m[3] ?? m[4] ?? '';
  return settings;
}

function envSettings(env: Readonly<Record<string, string | undefined>>): Settings {
  const settings: Settings = {};
  for (const [k, v] of Object.entries(env)) if (k.startsWith('BUNDLE_') && v !== undefined) settings[k] = v;
  return settings;
}

/**
 * The folders holding a site's installed gems when Bundler installs them to a path of their own
 * (Settings#path: the local config, then the environment, then the user's; a path setting, or
 * `deployment` meaning vendor/bundle; `path.system` or `disable_shared_gems: false` mean the
 * system gems), relative to the Gemfile's folder; undefined when Bundler uses the system gems.
 */
export function bundleGemDirs(gemfileDir: string, env: Readonly<Record<string, string | undefined>>): string[] | undefined {
  const appConfig = env.BUNDLE_APP_CONFIG ? path.resolve(gemfileDir, env.BUNDLE_APP_CONFIG) : path.join(gemfileDir, '.bundle');
  const levels = [readSettings(path.join(appConfig, 'config')), envSettings(env)];
  if (env.HOME) levels.push(readSettings(path.join(env.HOME, '.bundle', 'config')));
  for (const s of levels) {
    let given = s.BUNDLE_PATH;
    if (given === undefined && s.BUNDLE_DEPLOYMENT === 'true') given = 'vendor/bundle';
    const system = s.BUNDLE_PATH__SYSTEM;
    const shared = s.BUNDLE_DISABLE_SHARED_GEMS;
    if (given === undefined && system === undefined && shared === undefined) continue;
    if (system === 'true' || shared === 'false' || given === undefined) return undefined;
    const scope = path.join(path.resolve(gemfileDir, given), 'ruby');
    let versions: string[];
    try {
      versions = fs.readdirSync(scope);
    } catch {
      return [];
    }
    return versions.map((v) => path.join(scope, v, 'gems'));
  }
  return undefined;
}

/**
 * The version of gem `name` a Gemfile.lock pins (`    name (1.2.3)` under a `specs:` list):
 * Bundler.setup activates that one even when a newer one is installed (Bundler::Runtime#setup).
 */
export function lockedGemVersion(lockfile: string, name: string): string | undefined {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^ {4}${escaped} \\(([^)\\s]+)\\)$`, 'm').exec(lockfile)?.[1];
}
