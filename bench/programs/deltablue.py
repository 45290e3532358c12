# Incremental constraint solver (deltablue-style): strengths, walk strengths, planning, chains, projections.
import _harness

REQUIRED, STRONG, MEDIUM, WEAK, WEAKEST = 0, 1, 2, 3, 4


def stronger(a, b):
    return a < b


class Variable:
    def __init__(self, name, value=0):
        self.name, self.value = name, value
        self.constraints = []
        self.determined_by = None
        self.walk_strength = WEAKEST
        self.stay, self.mark = True, 0


class Constraint:
    def __init__(self, strength):
        self.strength = strength
        self.satisfied = False

    def add(self, planner):
        for v in self.inputs():
            v.constraints.append(self)
        self.output_var().constraints.append(self)
        planner.incremental_add(self)


class Stay(Constraint):
    def __init__(self, var, strength, planner):
        Constraint.__init__(self, strength)
        self.var = var
        self.add(planner)

    def inputs(self):
        return []

    def output_var(self):
        return self.var

    def choose(self, mark):
        self.satisfied = True

    def execute(self):
        pass

    def recalculate(self):
        self.var.walk_strength = self.strength
        self.var.stay = True


class Edit(Stay):
    pass


# Forward-only linear constraint: dst = src * scale + offset.
class Equal(Constraint):
    def __init__(self, src, dst, scale, offset, strength, planner):
        Constraint.__init__(self, strength)
        self.src = src
        self.dst = dst
        self.scale = scale
        self.offset = offset
        self.add(planner)

    def inputs(self):
        return [self.src]

    def output_var(self):
        return self.dst

    def choose(self, mark):
        self.satisfied = self.dst.mark != mark and stronger(self.strength, self.dst.walk_strength) or \
            self.dst.determined_by is None

    def execute(self):
        self.dst.value = self.src.value * self.scale + self.offset

    def recalculate(self):
        self.dst.walk_strength = max(self.strength, self.src.walk_strength)
        self.dst.stay = self.src.stay
        if self.dst.stay:
            self.execute()


class Planner:
    def __init__(self):
        self.mark = 0
        self.executed = 0

    def new_mark(self):
        self.mark += 1
        return self.mark

    def incremental_add(self, c):
        mark = self.new_mark()
        c.choose(mark)
        if not c.satisfied:
            return
        out = c.output_var()
        old = out.determined_by
        if old is not None:
            old.satisfied = False
        out.determined_by = c
        out.mark = mark
        self.propagate_from(out)

    def downstream(self, v):
        return [c for c in v.constraints if c.satisfied and c is not v.determined_by]

    def propagate_from(self, v):
        todo = [v]
        while todo:
            var = todo.pop()
            c = var.determined_by
            if c is not None:
                c.recalculate()
            todo.extend(d.output_var() for d in self.downstream(var))

    def make_plan(self, sources):
        mark = self.new_mark()
        plan = []
        todo = list(sources)
        while todo:
            c = todo.pop(0)
            out = c.output_var()
            if out.mark != mark:
                out.mark = mark
                plan.append(c)
                todo.extend(self.downstream(out))
        return plan

    def run(self, plan):
        for c in plan:
            c.execute()
            self.executed += 1


def chain_test(n, planner):
    variables = [Variable("v%d" % i) for i in range(n + 1)]
    for i, (a, b) in enumerate(zip(variables, variables[1:])):
        Equal(a, b, 1, i % 3, REQUIRED, planner)
    # A strong stay on the last variable breaks the chain; a weakest one is rejected.
    Stay(variables[-1], STRONG if n % 3 == 0 else WEAKEST, planner)
    edit = Edit(variables[0], WEAK if n % 2 else MEDIUM, planner)
    plan = planner.make_plan([edit])
    total = 0
    for i in range(20):
        variables[0].value = i
        planner.run(plan)
        total += variables[-1].value
    return total


def projection_test(n, planner):
    src = [Variable("src%d" % i, i) for i in range(n)]
    dst = [Variable("dst%d" % i, i) for i in range(n)]
    scale = Variable("scale", 10)
    offset = Variable("offset", 1000)
    for s, d in zip(src, dst):
        Stay(s, WEAKEST, planner)
        Equal(s, d, scale.value, offset.value, REQUIRED, planner)
    total = sum(d.value for d in dst)
    for k in range(5):
        for s in src:
            s.value += k
        plan = planner.make_plan([v.determined_by for v in src])
        planner.run(plan)
        total += sum(d.value for d in dst)
    return total


def bench(scale):
    checksum = 0
    for i in range(scale):
        planner = Planner()
        checksum += chain_test(100 + i % 3, planner)
        checksum += projection_test(100 + i % 5, planner)
        checksum += planner.executed + planner.mark
    return checksum



DEFAULT_SCALE = 400
QUICK_SCALE = 40

if __name__ == "__main__":
    _harness.run(bench, DEFAULT_SCALE)
