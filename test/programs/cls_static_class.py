class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
    @classmethod
    def made(cls):
        return f'{cls.__name__} made {cls.count}'
    @staticmethod
    def helper(x):
        return x * 2
class Sub(Counter):
    pass
Counter(); Counter(); Sub()
print(Counter.made(), Sub.made(), Counter.helper(21), Sub().helper(5), Counter.count)
