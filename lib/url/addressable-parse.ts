// What Addressable::URI.parse refuses (Addressable 2.8.1, uri.rb: #initialize sets the parts, #scheme=,
// #validate, then #to_s): Jekyll's URL filters and placeholder escaping stop there with
// Addressable::URI::InvalidURIError.

// URIREGEX is a Ruby regexp: `^`/`$` are line anchors, and the fragment's `.*` stops at a line feed.
const URI_PARTS = /^(?:([^:/?#]+):)?(?:\/\/([^/?#]*))?([^?#]*)/u;
const VALID_SCHEME = /^[a-z][a-z0-9.+-]*$/i;
// Addressable::URI::PORT_MAPPING's schemes (URI#ip_based?).
const IP_BASED = new Set(['http', 'https', 'ftp', 'tftp', 'sftp', 'ssh', 'svn+ssh', 'telnet', 'nntp', 'gopher', 'wais', 'ldap', 'prospero']);
// NORMPATH = /^(?!\/)[^\/:]*:.*$/: a line of the path (the first, or one after a "\n") that does
// not start with `/` and has a `:` before any `/` (`[^\/:]` runs over line feeds; `.*$` always holds).
const NORMPATH = /(?:^|(?<=\n))(?!\/)[^/:]*:/u;

/**
 * The message of the InvalidURIError Addressable::URI.parse(s) raises, or undefined when it reads
 * `s`: a scheme that is not a letter then letters, digits, `+ - .` ('the sci origin: a server'), an
 * IP-based scheme with no host and no path ('http:', 'http://'), a scheme-less path with a `:` in
 * the first segment of one of its lines (':x', a Hash's inspect through a pretty-printed drop).
 */
export function addressableRefusal(s: string): string | undefined {
  const [, scheme, authority, path = ''] = URI_PARTS.exec(s)!;
  if (scheme !== undefined) {
    if (!VALID_SCHEME.test(scheme)) return `Invalid scheme format: '${scheme}'`;
    // #validate: the host (what the authority holds past any user@ and before a :port) and the path empty.
    const host = authority?.replace(/^[^[\]]*@/, '').replace(/:[^:@[\]]*$/, '') ?? '';
    if (IP_BASED.has(scheme.toLowerCase()) && host === '' && path === '') return `Absolute URI missing hierarchical segment: '${s}'`;
    return undefined;
  }
  // #to_s: a relative path that could be read as a scheme
  if (authority === undefined && path !== '' && NORMPATH.test(path)) return `Cannot assemble URI string with ambiguous path: '${path}'`;
  return undefined;
}
