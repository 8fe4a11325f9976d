// Formatting uncaught exceptions as CPython does (traceback.py's format_exception): chained
// causes/contexts first, "Traceback (most recent call last):", one entry per frame with the
// stripped source line, repeated entries collapsed, then "TypeName: message".

import { lineForOffset } from '../bytecode/index';
import type { Host } from './host';
import { PyBaseException, InternalError } from './objects/exceptions';
import { str, typeModuleName } from './repr';

const RECURSIVE_CUTOFF = 3;

/** The full text CPython prints for an uncaught exception (ends with a newline). */
export function formatException(exc: PyBaseException, host: Host): string {
  const seen = new Set<PyBaseException>();
  return formatChain(exc, host, seen);
}

function formatChain(exc: PyBaseException, host: Host, seen: Set<PyBaseException>): string {
  seen.add(exc);
  let out = '';
  if (exc.cause !== null && !seen.has(exc.cause)) {
    out += formatChain(exc.cause, host, seen);
    out += '\nThe above exception was the direct cause of the following exception:\n\n';
  } else if (exc.context !== null && !exc.suppressContext && !seen.has(exc.context)) {
    out += formatChain(exc.context, host, seen);
    out += '\nDuring handling of the above exception, another exception occurred:\n\n';
  }
  if (exc.traceback.length > 0) out += 'Traceback (most recent call last):\n' + formatEntries(exc, host);
  out += formatExceptionOnly(exc) + '\n';
  return out;
}

function formatEntries(exc: PyBaseException, host: Host): string {
  const sources = new Map<string, string[] | null>();
  const lines = (filename: string): string[] | null => {
    if (!sources.has(filename)) {
      const src = host.readSource(filename);
      sources.set(filename, src === null ? null : src.split(/\r\n|\r|\n/));
    }
    return sources.get(filename)!;
  };
  let out = '';
  let lastKey = '';
  let count = 0;
  const flushRepeats = () => {
    if (count > RECURSIVE_CUTOFF) {
      const n = count - RECURSIVE_CUTOFF;
      out += `  [Previous line repeated ${n} more time${n > 1 ? 's' : ''}]\n`;
    }
  };
  for (let i = exc.traceback.length - 1; i >= 0; i--) {
    const { code, lasti } = exc.traceback[i];
    const line = lineForOffset(code.co_firstlineno, code.co_linetable, lasti);
    const key = `${code.co_filename}\u0000${line}\u0000${code.co_name}`;
    if (key === lastKey) {
      count++;
      if (count > RECURSIVE_CUTOFF) continue;
    } else {
      flushRepeats();
      lastKey = key;
      count = 1;
    }
    out += `  File "${code.co_filename}", line ${line}, in ${code.co_name}\n`;
    const src = lines(code.co_filename);
    const text = src && line >= 1 && line <= src.length ? src[line - 1].trim() : '';
    if (text) out += `    ${text}\n`;
  }
  flushRepeats();
  return out;
}

/** The last line: "TypeName: message" (or just "TypeName"). */
export function formatExceptionOnly(exc: PyBaseException): string {
  const t = exc.cls;
  let name = typeModuleName(t);
  if (name.startsWith('__main__.')) name = name.slice('__main__.'.length);
  let msg: string;
  try {
    msg = str(exc);
  } catch (e) {
    if (e instanceof InternalError) throw e;
    msg = `<exception str() failed>`;
  }
  return msg === '' ? name : `${name}: ${msg}`;
}

