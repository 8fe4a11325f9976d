// bench/programs/strings_dicts.py written in plain JavaScript, building the same data (60,000 word
// strings in an array, the joined text, a Map of counts, the sorted items): the baseline for
// "peak memory within 2x of what node alone needs for the same data". Prints what the Python prints.
'use strict';
const words = [];
let seed = 7;
for (let i = 0; i < 60000; i++) {
  // The low 31 bits of seed * 1103515245 + 12345, exactly as Python's big-int arithmetic gives them.
  seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
  const n = 2 + (seed % 5);
  const chars = [];
  for (let k = 0; k < n; k++) chars.push(String.fromCharCode(97 + (Math.floor(seed / 2 ** (3 * k)) % 6)));
  words.push(chars.join(''));
}
const text = words.join(' ');
const counts = new Map();
for (const w of text.split(/\s+/).filter((s) => s !== '')) counts.set(w, (counts.get(w) ?? 0) + 1);
const items = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
const pieces = items.slice(0, 20).map(([w, c]) => `${w.toUpperCase()}:${c}`);
const summary = pieces.join(', ');
let weighted = 0;
for (const [k, v] of counts) weighted += k.length * v;
console.log(counts.size, text.length, summary.slice(0, 60), weighted);
