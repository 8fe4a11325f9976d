class Node:
    __slots__ = ('val', 'next')
    def __init__(self, val, next=None):
        self.val = val
        self.next = next
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for it in reversed(list(items)):
            self.push(it)
    def push(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def __iter__(self):
        n = self.head
        while n:
            yield n.val
            n = n.next
    def __len__(self):
        return self.size
    def __repr__(self):
        return ' -> '.join(map(repr, self)) or 'empty'
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
ll = LinkedList([1, 2, 3])
ll.push(0)
print(ll, len(ll))
ll.reverse()
print(ll, list(ll), LinkedList())
