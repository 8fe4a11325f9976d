text = 'the quick brown fox jumps over the lazy dog the end'
counts = {}
word = ''
for ch in text + ' ':
    if ch == ' ':
        if word:
            counts[word] = counts.get(word, 0) + 1
        word = ''
    else:
        word += ch
print(counts)
best = None
for w in counts:
    if best is None or counts[w] > counts[best]:
        best = w
print(best, counts[best], len(counts))
