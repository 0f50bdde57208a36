// What a rebuild changed, as the browsers see it.

/** Destination-relative output paths as the URL paths a browser shows them under the mount. */
export function changedUrlPaths(mount: string, outputPaths: readonly string[]): string[] {
  return outputPaths.map((p) => `${mount}/${p.split('/').map(encodeURIComponent).join('/')}`);
}
