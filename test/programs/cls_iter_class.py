class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = list(children)
    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c
    def depth(self):
        return 1 + max((c.depth() for c in self.children), default=0)
t = Tree(1, Tree(2, Tree(4)), Tree(3, Tree(5), Tree(6, Tree(7))))
print(list(t), t.depth(), sum(t), max(t), sorted(t, reverse=True)[:3])
