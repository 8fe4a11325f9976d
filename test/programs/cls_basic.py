class Point:
    """A 2-D point."""
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def __repr__(self):
        return f'Point({self.x}, {self.y})'

p = Point(3, 4)
print(p, p.norm2(), p.dims, Point.dims, Point.__doc__)
print(type(p).__name__, isinstance(p, Point), p.__dict__)
p.z = 9
print(sorted(p.__dict__), hasattr(p, 'z'), getattr(p, 'w', 'none'))
m = p.norm2
print(m(), Point.norm2(p))
