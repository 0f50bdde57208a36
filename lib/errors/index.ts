export { exceptionMessage, KyllError, isKyllError, withExceptionMessage } from './kyll-error.js';
export type { ErrorCode, ErrorPlace } from './kyll-error.js';
export { codeFrame } from './code-frame.js';
