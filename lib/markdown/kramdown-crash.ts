// Input on which kramdown 2.4 itself raises (a Ruby exception inside the converter): Jekyll's
// Renderer#convert reports it as a "Conversion error" and the build stops, so kyll stops too
// rather than write a page Jekyll never writes.

export class KramdownCrash extends Error {
  /** `message`: the Ruby exception's message; `hint`: what in the input causes it. */
  constructor(message: string, readonly hint: string) {
    super(message);
  }
}
