# Simplified Go Monte Carlo: random playouts on a list board, captures via flood-filled groups (sets), dict stats.
import _harness

EMPTY, BLACK, WHITE = 0, 1, 2
SIZE = 7
KOMI = 3.5


class Rng:
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        return (self.state >> 33) % n


NEIGHBORS = []
for _p in range(SIZE * SIZE):
    _r, _c = divmod(_p, SIZE)
    NEIGHBORS.append([(_r + dr) * SIZE + _c + dc for dr, dc in ((-1, 0), (1, 0), (0, -1), (0, 1))
                      if 0 <= _r + dr < SIZE and 0 <= _c + dc < SIZE])


class Board:
    def __init__(self):
        self.cells = [EMPTY] * (SIZE * SIZE)
        self.ko = -1
        self.captures = {BLACK: 0, WHITE: 0}

    def copy(self):
        other = Board()
        other.cells = self.cells[:]
        other.ko = self.ko
        other.captures = dict(self.captures)
        return other

    def group(self, pos):
        color = self.cells[pos]
        stones, liberties = {pos}, set()
        todo = [pos]
        while todo:
            p = todo.pop()
            for n in NEIGHBORS[p]:
                c = self.cells[n]
                if c == EMPTY:
                    liberties.add(n)
                elif c == color and n not in stones:
                    stones.add(n)
                    todo.append(n)
        return stones, liberties

    def is_eye(self, pos, color):
        return all(self.cells[n] == color for n in NEIGHBORS[pos])

    def play(self, pos, color):
        if self.cells[pos] != EMPTY or pos == self.ko:
            return False
        enemy = BLACK + WHITE - color
        self.cells[pos] = color
        taken = []
        for n in NEIGHBORS[pos]:
            if self.cells[n] == enemy:
                stones, liberties = self.group(n)
                if not liberties:
                    for s in stones:
                        self.cells[s] = EMPTY
                    taken.extend(stones)
        if not taken and not self.group(pos)[1]:
            self.cells[pos] = EMPTY
            return False
        self.captures[color] += len(taken)
        self.ko = taken[0] if len(taken) == 1 else -1
        return True

    def score(self):
        counts = {BLACK: 0, WHITE: 0}
        owner = {}
        for p, c in enumerate(self.cells):
            if c != EMPTY:
                counts[c] += 1
            elif p not in owner:
                region, todo, borders = {p}, [p], set()
                while todo:
                    q = todo.pop()
                    for n in NEIGHBORS[q]:
                        if self.cells[n] == EMPTY:
                            if n not in region:
                                region.add(n)
                                todo.append(n)
                        else:
                            borders.add(self.cells[n])
                who = borders.pop() if len(borders) == 1 else EMPTY
                for q in region:
                    owner[q] = who
        for who in owner.values():
            if who != EMPTY:
                counts[who] += 1
        return counts[BLACK] - counts[WHITE] - KOMI


def playout(board, color, rng):
    passes = 0
    moves = 0
    while passes < 2 and moves < 3 * SIZE * SIZE:
        empties = [p for p, c in enumerate(board.cells) if c == EMPTY and not board.is_eye(p, color)]
        played = False
        while empties:
            i = rng.below(len(empties))
            empties[i], empties[-1] = empties[-1], empties[i]
            if board.play(empties.pop(), color):
                played = True
                break
        passes = 0 if played else passes + 1
        moves += 1
        color = BLACK + WHITE - color
    return board.score(), moves


def bench(scale):
    rng = Rng(2024)
    root = Board()
    for pos, color in ((24, BLACK), (16, WHITE), (18, BLACK), (30, WHITE)):
        root.play(pos, color)
    wins = {}
    visits = {}
    total_moves = 0
    for k in range(scale):
        first = rng.below(SIZE * SIZE)
        board = root.copy()
        if not board.play(first, BLACK):
            continue
        result, moves = playout(board, WHITE, rng)
        total_moves += moves
        visits[first] = visits.get(first, 0) + 1
        if result > 0:
            wins[first] = wins.get(first, 0) + 1
    best = max(sorted(visits), key=lambda p: (wins.get(p, 0) / visits[p], p))
    return total_moves * 10**7 + sum(wins.values()) * 100 + best



DEFAULT_SCALE = 200
QUICK_SCALE = 20

if __name__ == "__main__":
    _harness.run(bench, DEFAULT_SCALE)
