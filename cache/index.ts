// Public face of cache/: the loader, the file format and the cache paths.
// Imports only bytecode/; the compiler is handed in, never imported.

export { getCode, loadSourceless, decodePyc, validatePyc, decodeSource, writeAtomic, type CompileFn, type LoaderOptions, type LoaderTimings, type LoadResult } from './loader';
export { buildPyc, readHeader, readPayload, pycFields, FORMAT, FLAG, HEADER_SIZE, type InvalidationMode, type PycFields, type PycHeader, type SourceStamp } from './header';
export { cacheFromSource, sourceFromCache, isCacheFileName, CACHE_TAG } from './paths';
export { dumpCode, loadCode, MAX_DEPTH } from './marshal';
export { verifyCode } from './verify';
export { BadPycError, type MissReason } from './errors';
export { crc32, sourceHash } from './hash';
