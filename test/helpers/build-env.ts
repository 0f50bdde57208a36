// The environment the expected outputs were built with (see ../shared/conformance/README.md).
export const FIXED_ENV = { SOURCE_DATE_EPOCH: '1767225600', JEKYLL_ENV: 'production', TZ: 'UTC' } as const;
