class Config:
    names = ["alpha", "beta", "gamma"]
    upper = [n.upper() for n in names]
    lengths = {n: len(n) for n in names}
    first = names[0]
print(Config.upper, Config.lengths, Config.first)
class Grid:
    size = 3
    cells = [[0] * 3 for _ in range(3)]
    def diag(self):
        return [self.cells[i][i] for i in range(self.size)]
g = Grid()
g.cells[1][1] = 5
print(g.diag())
