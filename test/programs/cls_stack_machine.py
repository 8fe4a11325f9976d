class StackMachine:
    def __init__(self):
        self.stack = []
        self.ops = {'+': lambda a, b: a + b, '-': lambda a, b: a - b, '*': lambda a, b: a * b, '/': lambda a, b: a // b}
    def run(self, program):
        for tok in program.split():
            if tok in self.ops:
                b, a = self.stack.pop(), self.stack.pop()
                self.stack.append(self.ops[tok](a, b))
            elif tok == 'dup':
                self.stack.append(self.stack[-1])
            else:
                self.stack.append(int(tok))
        return self.stack[-1]
m = StackMachine()
print(m.run('2 3 + 4 *'), m.run('10 dup * 7 -'), m.stack)
try:
    StackMachine().run('1 +')
except IndexError as e:
    print('error:', e)
try:
    StackMachine().run('1 0 /')
except ZeroDivisionError as e:
    print('error:', e)
