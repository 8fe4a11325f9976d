// The time module (CPython's timemodule.c): clocks, sleep through the host, struct_time from
// gmtime/localtime (local time by the JS Date, which reads the same time zone as the C library),
// mktime, and strftime/asctime/ctime as glibc formats them in the C locale.

import type { VM } from './eval';
import { PyBuiltin } from './objects/function';
import { PyFloat } from './objects/float';
import { PyModule } from './objects/module';
import { None } from './objects/none';
import { PyTuple } from './objects/tuple';
import { normBig } from './objects/int';
import { OverflowError, pyErr, TypeError, ValueError } from './objects/exceptions';
import { typeOf, type NativeFn, type PyObject } from './objects/type';
import { asIndex } from './ops';
import { toNumber } from './number';
import { makeNamespace, makeStructSeqType, PyStructSeq } from './structseq';

const FIELDS = ['tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst'];
export const structTimeType = makeStructSeqType('time', 'struct_time', FIELDS, ['tm_zone', 'tm_gmtoff'], true);

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The broken-down time of a struct_time or 9-tuple. */
interface Tm {
  year: number;
  mon: number; // 1-12
  mday: number;
  hour: number;
  min: number;
  sec: number;
  wday: number; // Monday 0
  yday: number; // 1-366
  isdst: number;
  zone: string | null;
  gmtoff: number | null;
}

function dayOfYear(y: number, m: number, d: number): number {
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(y, 0, 1)) / 86400000) + 1;
}

/** Is the local zone UTC all year? Then its name is 'UTC', as the C library says, with no Intl. */
let alwaysUTC: boolean | null = null;

/** The local time zone's abbreviation at `date` ('UTC', 'CET', or 'GMT+1' where Intl has no name). */
function zoneName(date: Date): string {
  if (alwaysUTC === null) {
    const y = new Date().getFullYear();
    alwaysUTC = new Date(y, 0, 1).getTimezoneOffset() === 0 && new Date(y, 6, 1).getTimezoneOffset() === 0;
  }
  // Intl costs ~35 ms on first use, so a UTC machine (the usual server) never touches it.
  if (alwaysUTC && date.getTimezoneOffset() === 0) return 'UTC';
  try {
    const part = new Intl.DateTimeFormat('en-US', { timeZoneName: 'short' }).formatToParts(date).find((p) => p.type === 'timeZoneName');
    return part?.value ?? 'UTC';
  } catch {
    return 'UTC';
  }
}

function tmFromDate(date: Date, utc: boolean): Tm {
  const g = utc
    ? [date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds(), date.getUTCDay()]
    : [date.getFullYear(), date.getMonth(), date.getDate(), date.getHours(), date.getMinutes(), date.getSeconds(), date.getDay()];
  const offset = utc ? 0 : -date.getTimezoneOffset() * 60;
  const jan = -new Date(g[0], 0, 1).getTimezoneOffset() * 60, jul = -new Date(g[0], 6, 1).getTimezoneOffset() * 60;
  const isdst = !utc && jan !== jul && offset === Math.max(jan, jul) ? 1 : 0;
  return {
    year: g[0], mon: g[1] + 1, mday: g[2], hour: g[3], min: g[4], sec: g[5], wday: (g[6] + 6) % 7,
    yday: dayOfYear(g[0], g[1] + 1, g[2]), isdst, zone: utc ? 'GMT' : zoneName(date), gmtoff: offset,
  };
}

function structTime(tm: Tm): PyStructSeq {
  return new PyStructSeq(structTimeType, [tm.year, tm.mon, tm.mday, tm.hour, tm.min, tm.sec, tm.wday, tm.yday, tm.isdst], [tm.zone ?? None, tm.gmtoff ?? None]);
}

/** Seconds argument of gmtime/localtime/ctime: None for now. */
function secondsArg(v: PyObject | undefined): Date {
  if (v === undefined || v === None) return new Date();
  let secs: number;
  if (v instanceof PyFloat) secs = v.value;
  else if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') secs = Number(v);
  else secs = asIndex(v);
  if (secs !== secs) throw pyErr(ValueError, 'Invalid value NaN (not a number)');
  const ms = Math.floor(secs) * 1000;
  if (!isFinite(ms) || Math.abs(ms) > 8.64e15) throw pyErr(OverflowError, 'timestamp out of range for platform time_t');
  return new Date(ms);
}

/** A struct_time or 9-sequence argument, checked as CPython's gettmarg/checktm do. */
function tmArg(v: PyObject, fname: string): Tm {
  const items = v instanceof PyTuple ? v.items : null;
  if (items === null || items.length !== 9) {
    if (items === null) throw pyErr(TypeError, `Tuple or struct_time argument required`);
    throw pyErr(TypeError, `${fname}(): illegal time tuple argument`);
  }
  const n = items.map((x) => asIndex(x));
  const extra = v instanceof PyStructSeq ? v.extra : [];
  const tm: Tm = {
    year: n[0], mon: n[1], mday: n[2], hour: n[3], min: n[4], sec: n[5], wday: n[6], yday: n[7], isdst: n[8],
    zone: typeof extra[0] === 'string' ? extra[0] : null, gmtoff: typeof extra[1] === 'number' ? extra[1] : null,
  };
  // CPython lets 0 stand for "not given" in month, day and yday, and normalises wday.
  if (tm.mon === 0) tm.mon = 1;
  if (tm.mday === 0) tm.mday = 1;
  if (tm.yday === 0) tm.yday = 1;
  if (tm.mon < 1 || tm.mon > 12) throw pyErr(ValueError, 'month out of range');
  if (tm.mday < 1 || tm.mday > 31) throw pyErr(ValueError, 'day of month out of range');
  if (tm.hour < 0 || tm.hour > 23) throw pyErr(ValueError, 'hour out of range');
  if (tm.min < 0 || tm.min > 59) throw pyErr(ValueError, 'minute out of range');
  if (tm.sec < 0 || tm.sec > 61) throw pyErr(ValueError, 'seconds out of range');
  if (tm.wday < 0) throw pyErr(ValueError, 'day of week out of range');
  tm.wday %= 7;
  if (tm.yday < 1 || tm.yday > 366) throw pyErr(ValueError, 'day of year out of range');
  if (tm.isdst < -1) tm.isdst = -1;
  else if (tm.isdst > 1) tm.isdst = 1;
  return tm;
}

function pad(n: number, w: number, c = '0'): string {
  const s = String(Math.abs(n));
  return (n < 0 ? '-' : '') + (s.length >= w ? s : c.repeat(w - s.length) + s);
}

/** ISO 8601 week-based year and week number (%G, %V). */
function isoWeek(tm: Tm): [number, number] {
  const wdayMon1 = tm.wday + 1; // Monday 1 .. Sunday 7
  let week = Math.floor((tm.yday - wdayMon1 + 10) / 7);
  let year = tm.year;
  const weeksIn = (y: number) => {
    const jan1 = (new Date(Date.UTC(y, 0, 1)).getUTCDay() + 6) % 7; // Monday 0
    const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
    return jan1 === 3 || (leap && jan1 === 2) ? 53 : 52;
  };
  if (week < 1) {
    year--;
    week = weeksIn(year);
  } else if (week > weeksIn(year)) {
    year++;
    week = 1;
  }
  return [year, week];
}

function zoneOf(tm: Tm): string {
  if (tm.zone !== null) return tm.zone;
  return zoneName(new Date());
}

function gmtoffOf(tm: Tm): number {
  if (tm.gmtoff !== null) return tm.gmtoff;
  return -new Date(tm.year, tm.mon - 1, tm.mday, tm.hour, tm.min, tm.sec).getTimezoneOffset() * 60;
}

/** strftime in the C locale, as glibc formats each directive; unknown ones are kept as written. */
export function strftime(fmt: string, tm: Tm): string {
  let out = '';
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt[i];
    if (c !== '%' || i + 1 >= fmt.length) {
      out += c;
      continue;
    }
    const d = fmt[++i];
    const h12 = tm.hour % 12 === 0 ? 12 : tm.hour % 12;
    const sundayWday = (tm.wday + 1) % 7;
    switch (d) {
      case 'a': out += DAYS[tm.wday].slice(0, 3); break;
      case 'A': out += DAYS[tm.wday]; break;
      case 'b': case 'h': out += MONTHS[tm.mon - 1].slice(0, 3); break;
      case 'B': out += MONTHS[tm.mon - 1]; break;
      case 'c': out += strftime('%a %b %e %H:%M:%S %Y', tm); break;
      case 'C': out += pad(Math.floor(tm.year / 100), 2); break;
      case 'd': out += pad(tm.mday, 2); break;
      case 'D': out += strftime('%m/%d/%y', tm); break;
      case 'e': out += pad(tm.mday, 2, ' '); break;
      case 'F': out += strftime('%Y-%m-%d', tm); break;
      case 'G': out += String(isoWeek(tm)[0]); break;
      case 'g': out += pad(isoWeek(tm)[0] % 100, 2); break;
      case 'H': out += pad(tm.hour, 2); break;
      case 'I': out += pad(h12, 2); break;
      case 'j': out += pad(tm.yday, 3); break;
      case 'k': out += pad(tm.hour, 2, ' '); break;
      case 'l': out += pad(h12, 2, ' '); break;
      case 'm': out += pad(tm.mon, 2); break;
      case 'M': out += pad(tm.min, 2); break;
      case 'n': out += '\n'; break;
      case 'p': out += tm.hour < 12 ? 'AM' : 'PM'; break;
      case 'P': out += tm.hour < 12 ? 'am' : 'pm'; break;
      case 'r': out += strftime('%I:%M:%S %p', tm); break;
      case 'R': out += strftime('%H:%M', tm); break;
      case 's': out += String(Math.floor(mktimeMs(tm) / 1000)); break;
      case 'S': out += pad(tm.sec, 2); break;
      case 't': out += '\t'; break;
      case 'T': out += strftime('%H:%M:%S', tm); break;
      case 'u': out += String(tm.wday + 1); break;
      case 'U': out += pad(Math.floor((tm.yday - 1 - sundayWday + 7) / 7), 2); break;
      case 'V': out += pad(isoWeek(tm)[1], 2); break;
      case 'w': out += String(sundayWday); break;
      case 'W': out += pad(Math.floor((tm.yday - 1 - tm.wday + 7) / 7), 2); break;
      case 'x': out += strftime('%m/%d/%y', tm); break;
      case 'X': out += strftime('%H:%M:%S', tm); break;
      case 'y': out += pad(((tm.year % 100) + 100) % 100, 2); break;
      case 'Y': out += String(tm.year); break;
      case 'z': {
        const off = gmtoffOf(tm);
        const a = Math.abs(off);
        out += (off < 0 ? '-' : '+') + pad(Math.floor(a / 3600), 2) + pad(Math.floor((a % 3600) / 60), 2);
        break;
      }
      case 'Z': out += zoneOf(tm); break;
      case '%': out += '%'; break;
      default: out += '%' + d;
    }
  }
  return out;
}

function asctime(tm: Tm): string {
  return `${DAYS[tm.wday].slice(0, 3)} ${MONTHS[tm.mon - 1].slice(0, 3)} ${pad(tm.mday, 2, ' ')} ${pad(tm.hour, 2)}:${pad(tm.min, 2)}:${pad(tm.sec, 2)} ${tm.year}`;
}

function mktimeMs(tm: Tm): number {
  return new Date(tm.year, tm.mon - 1, tm.mday, tm.hour, tm.min, tm.sec).getTime();
}

/** The time module. */
export function makeTimeModule(vm: VM): PyModule {
  const m = new PyModule('time');
  const d = m.dict;
  const def = (name: string, fn: NativeFn) => d.setStr(name, new PyBuiltin(name, fn));
  const now = () => performance.timeOrigin + performance.now();
  const cpu = () => vm.host.cpuTime?.() ?? performance.now() / 1000;
  const ns = (ms: number) => normBig(BigInt(Math.round(ms * 1e6)));
  def('time', () => new PyFloat(now() / 1000));
  def('time_ns', () => ns(now()));
  def('perf_counter', () => new PyFloat(performance.now() / 1000));
  def('perf_counter_ns', () => ns(performance.now()));
  def('monotonic', () => new PyFloat(performance.now() / 1000));
  def('monotonic_ns', () => ns(performance.now()));
  def('process_time', () => new PyFloat(cpu()));
  def('process_time_ns', () => ns(cpu() * 1000));
  def('thread_time', () => new PyFloat(cpu()));
  def('thread_time_ns', () => ns(cpu() * 1000));
  def('sleep', (args) => {
    if (args.length !== 1) throw pyErr(TypeError, `time.sleep() takes exactly one argument (${args.length} given)`);
    const v = args[0];
    const secs = v instanceof PyFloat ? v.value : toNumber(v) ?? asIndex(v);
    if (secs !== secs) throw pyErr(ValueError, 'Invalid value NaN (not a number)');
    if (secs < 0) throw pyErr(ValueError, 'sleep length must be non-negative');
    vm.flush();
    if (vm.host.sleep) vm.host.sleep(secs);
    else {
      const end = performance.now() + secs * 1000;
      while (performance.now() < end) {
        // A host without sleep: the VM is synchronous, so wait actively.
      }
    }
    return None;
  });
  def('gmtime', (args) => structTime(tmFromDate(secondsArg(args[0]), true)));
  def('localtime', (args) => structTime(tmFromDate(secondsArg(args[0]), false)));
  def('mktime', (args) => {
    const tm = tmArg(args[0], 'mktime');
    const ms = mktimeMs(tm);
    if (ms !== ms) throw pyErr(OverflowError, 'mktime argument out of range');
    return new PyFloat(ms / 1000);
  });
  def('asctime', (args) => asctime(args.length ? tmArg(args[0], 'asctime') : tmFromDate(new Date(), false)));
  def('ctime', (args) => asctime(tmFromDate(secondsArg(args[0]), false)));
  def('strftime', (args) => {
    const fmt = args[0];
    if (typeof fmt !== 'string') throw pyErr(TypeError, `strftime() argument 1 must be str, not ${typeOf(fmt ?? None).tpName}`);
    const tm = args.length > 1 ? tmArg(args[1], 'strftime') : tmFromDate(new Date(), false);
    return strftime(fmt, tm);
  });
  def('get_clock_info', (args) => {
    const name = args[0];
    const info: Record<string, [string, boolean, boolean, number]> = {
      time: ['clock_gettime(CLOCK_REALTIME)', false, true, 1e-9],
      monotonic: ['clock_gettime(CLOCK_MONOTONIC)', true, false, 1e-9],
      perf_counter: ['clock_gettime(CLOCK_MONOTONIC)', true, false, 1e-9],
      process_time: ['clock_gettime(CLOCK_PROCESS_CPUTIME_ID)', true, false, 1e-9],
      thread_time: ['clock_gettime(CLOCK_THREAD_CPUTIME_ID)', true, false, 1e-9],
    };
    const row = typeof name === 'string' ? info[name] : undefined;
    if (row === undefined) throw pyErr(ValueError, 'unknown clock');
    return makeNamespace([['implementation', row[0]], ['monotonic', row[1]], ['adjustable', row[2]], ['resolution', new PyFloat(row[3])]]);
  });
  const jan = new Date(new Date().getFullYear(), 0, 1), jul = new Date(new Date().getFullYear(), 6, 1);
  const std = Math.max(jan.getTimezoneOffset(), jul.getTimezoneOffset());
  const dst = Math.min(jan.getTimezoneOffset(), jul.getTimezoneOffset());
  d.setStr('timezone', std * 60);
  d.setStr('altzone', dst * 60);
  d.setStr('daylight', std !== dst ? 1 : 0);
  const stdDate = jan.getTimezoneOffset() === std ? jan : jul, dstDate = stdDate === jan ? jul : jan;
  d.setStr('tzname', new PyTuple([zoneName(stdDate), zoneName(std !== dst ? dstDate : stdDate)]));
  d.setStr('struct_time', structTimeType);
  return m;
}
