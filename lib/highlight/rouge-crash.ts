// An exception Rouge 3.30 itself raises while lexing (a state a lexer never defines, a method on a
// sub-lexer option that named no lexer): Jekyll stops the build. From the highlight tag it is a
// Liquid Exception; from a Markdown code block Renderer#convert reports it as a "Conversion error"
// naming the converter and the file, which the Markdown converters add (isRougeCrash).
import { KyllError } from '../errors/kyll-error.js';

export class RougeCrash extends KyllError {
  /** `message`: the Ruby exception's to_s, whitespace folded to single spaces as Jekyll's logger prints it. */
  constructor(message: string) {
    super('MARKDOWN_ERROR', message);
    this.name = 'RougeCrash';
  }
}

/** A RougeCrash, whichever bundle's copy of the class made it (the CommonMark stage loads apart). */
export function isRougeCrash(e: unknown): e is RougeCrash {
  return e instanceof KyllError && e.name === 'RougeCrash';
}

/** What Renderer#convert prints when a Markdown converter raised it. */
export function rougeCrashInFile(error: RougeCrash, file: string): KyllError {
  return new KyllError('MARKDOWN_ERROR', `Conversion error: Jekyll::Converters::Markdown encountered an error while converting '${file}': ${error.message}`, { file });
}
