# String building and dict counting: split, join, slicing, dict.get, sorting by count.
words = []
seed = 7
for i in range(60000):
    seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
    n = 2 + seed % 5
    words.append(''.join(chr(97 + (seed >> (3 * k)) % 6) for k in range(n)))
text = ' '.join(words)
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
pieces = []
for w, c in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:20]:
    pieces.append(w.upper() + ':' + str(c))
summary = ', '.join(pieces)
print(len(counts), len(text), summary[:60], sum(len(k) * v for k, v in counts.items()))
