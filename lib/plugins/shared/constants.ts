// Versions the plugins print, as the conformance toolchain has them.
export const JEKYLL_VERSION = '4.3.1';
