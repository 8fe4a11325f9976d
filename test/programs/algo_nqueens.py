def solve(n):
    solutions = []
    def place(row, cols, diag1, diag2, board):
        if row == n:
            solutions.append(board[:])
            return
        for c in range(n):
            if c in cols or (row - c) in diag1 or (row + c) in diag2:
                continue
            cols.add(c); diag1.add(row - c); diag2.add(row + c); board.append(c)
            place(row + 1, cols, diag1, diag2, board)
            cols.remove(c); diag1.remove(row - c); diag2.remove(row + c); board.pop()
    place(0, set(), set(), set(), [])
    return solutions
for n in range(4, 9):
    s = solve(n)
    print(n, len(s), s[0] if s else None)
