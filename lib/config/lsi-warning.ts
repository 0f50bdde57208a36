// `lsi: true` (or `--lsi`): Jekyll fills related_posts with classifier-reborn's latent
// semantic index (related_posts.rb#lsi_related_posts). kyll has no such index: it keeps
// the ten most recent posts that Jekyll gives without lsi, and says so once per build.
import type { Diagnostic } from '../types.js';

export function lsiWarning(config: Readonly<Record<string, unknown>>): Diagnostic | undefined {
  // Jekyll tests `if site.lsi`: any value but false and nil turns it on.
  if (config.lsi === undefined || config.lsi === null || config.lsi === false) return undefined;
  return {
    level: 'warning',
    code: 'INVALID_CONFIG',
    message: 'lsi is not supported by kyll: related_posts lists the ten most recent posts, as Jekyll does without lsi.',
    file: '_config.yml',
  };
}
