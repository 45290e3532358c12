# Hexiom-like puzzle: numbered tiles on a hex grid must count their occupied neighbours; backtracking, sets, dicts.
import _harness

DIRECTIONS = ((1, 0), (-1, 0), (0, 1), (0, -1), (1, -1), (-1, 1))


def hex_cells(radius):
    return sorted((q, r) for q in range(-radius, radius + 1) for r in range(-radius, radius + 1)
                  if abs(q + r) <= radius)


class Puzzle:
    def __init__(self, radius, seed, tiles):
        self.cells = hex_cells(radius)
        index = {cell: i for i, cell in enumerate(self.cells)}
        self.neighbors = [frozenset(index[(q + dq, r + dr)] for dq, dr in DIRECTIONS if (q + dq, r + dr) in index)
                          for q, r in self.cells]
        # Make a solvable puzzle: occupy `tiles` cells chosen by an LCG, then write the neighbour counts.
        state = seed
        occupied = set()
        while len(occupied) < tiles:
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            occupied.add(state % len(self.cells))
        # Every third tile (in cell order) is given in place, like the fixed tiles of a hexiom level.
        self.fixed = {}
        self.bag = {}
        for k, i in enumerate(sorted(occupied)):
            n = len(self.neighbors[i] & occupied)
            if k % 3 == 0:
                self.fixed[i] = n
            else:
                self.bag[n] = self.bag.get(n, 0) + 1
        self.blanks = len(self.cells) - tiles


class Solver:
    def __init__(self, puzzle):
        self.p = puzzle
        self.value = {}
        self.placed = set()
        self.decided = set()
        self.bag = dict(puzzle.bag)
        self.blanks = puzzle.blanks
        self.solutions = 0
        self.nodes = 0
        self.signature = 0

    def fits(self, i):
        for c in self.p.neighbors[i] | {i}:
            if c in self.placed:
                near = self.p.neighbors[c]
                occupied = len(near & self.placed)
                open_ = len(near - self.decided)
                if not occupied <= self.value[c] <= occupied + open_:
                    return False
        return True

    def try_tile(self, i, tile):
        self.value[i] = tile
        self.placed.add(i)
        if self.fits(i):
            self.solve(i + 1)
        self.placed.discard(i)
        del self.value[i]

    def solve(self, i):
        self.nodes += 1
        if i == len(self.p.cells):
            self.solutions += 1
            layout = sum(c * (v + 1) for c, v in sorted(self.value.items()))
            self.signature = (self.signature * 131 + layout) % 1000000007
            return
        self.decided.add(i)
        if i in self.p.fixed:
            self.try_tile(i, self.p.fixed[i])
        else:
            if self.blanks > 0:
                self.blanks -= 1
                if self.fits(i):
                    self.solve(i + 1)
                self.blanks += 1
            for tile in sorted(self.bag):
                if self.bag[tile] > 0:
                    self.bag[tile] -= 1
                    self.try_tile(i, tile)
                    self.bag[tile] += 1
        self.decided.discard(i)


def bench(scale):
    checksum = 0
    for k in range(scale):
        puzzle = Puzzle(2, 7 + k, 9 + k % 3)
        solver = Solver(puzzle)
        solver.solve(0)
        checksum += solver.solutions * 1000003 + solver.nodes * 7 + solver.signature
    return checksum



DEFAULT_SCALE = 200
QUICK_SCALE = 20

if __name__ == "__main__":
    _harness.run(bench, DEFAULT_SCALE)
