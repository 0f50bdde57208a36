// A unified file's messages as the converter's warnings.
import type { VFile } from 'vfile';
import type { MarkdownWarning } from './types.js';

export function toWarnings(file: VFile): MarkdownWarning[] {
  return file.messages.map((m) => ({
    message: m.reason,
    file: file.path || undefined,
    line: m.line ?? undefined,
    ruleId: m.ruleId ?? 'kramdown',
  }));
}
