/** kyll's version, as `kyll --version` prints it. */
export const VERSION = '0.1.0';
