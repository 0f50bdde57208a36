// What `jekyll build` adds to the configuration after the flags (commands/build.rb): `serving` is
// false, whatever _config.yml says. renderSite and createBuilder build as that command does, so a
// template printing {{ site.serving }} shows `false` there too, unless the caller sets it (serve does).
import type { Data } from '../types.js';

export function asBuildCommand(config: Data | undefined): Data {
  return config !== undefined && Object.hasOwn(config, 'serving') ? config : { ...config, serving: false };
}
