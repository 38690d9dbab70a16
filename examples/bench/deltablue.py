# DeltaBlue, the incremental dataflow constraint solver of Freeman-Benson, Maloney and Borning
# ("An Incremental Constraint Solver", CACM 1990): constraints of graded strengths over
# variables, kept satisfied by a planner that, when a constraint is added or removed, re-picks
# which constraint determines each variable by walking the strengths through the graph, then
# extracts a plan that re-runs the chosen methods in order. A chain of equalities and a
# projection of scaled variables exercise it: polymorphic method calls on small objects.
# Argument: [ROUNDS] of the two tests.

import sys

ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 100
SIZE = 100


class Strength:
    """A constraint's priority: the lower the rank, the stronger."""

    def __init__(self, rank):
        self.rank = rank

    def stronger_than(self, other):
        return self.rank < other.rank

    def weaker_than(self, other):
        return self.rank > other.rank

    def weakest_of(self, other):
        return self if self.weaker_than(other) else other


# From the strongest down.
STRENGTHS = [Strength(rank) for rank in range(7)]
REQUIRED, STRONG_PREFERRED, PREFERRED, STRONG_DEFAULT, NORMAL, WEAK_DEFAULT, WEAKEST = STRENGTHS


class Variable:
    def __init__(self, name, value=0):
        self.name = name
        self.value = value
        self.constraints = []
        self.determined_by = None
        # The planner's visit stamp, the strength of the weakest constraint upstream, and
        # whether the value is constant during a plan's execution (fed only by stays).
        self.mark = 0
        self.walk_strength = WEAKEST
        self.stay = True

    def attach(self, constraint):
        self.constraints.append(constraint)

    def detach(self, constraint):
        self.constraints.remove(constraint)
        if self.determined_by is constraint:
            self.determined_by = None


class Constraint:
    def __init__(self, strength):
        self.strength = strength

    def is_input(self):
        """Whether the user sets the output's value before each run of a plan."""
        return False

    def satisfy(self, planner, mark):
        """Tries to enforce this constraint; returns the constraint it overrode, if any."""
        self.choose_method(mark)
        if not self.is_satisfied():
            if self.strength is REQUIRED:
                raise RuntimeError("could not satisfy a required constraint")
            return None
        self.mark_inputs(mark)
        out = self.output()
        overridden = out.determined_by
        if overridden is not None:
            overridden.mark_unsatisfied()
        out.determined_by = self
        if not planner.propagate_from(self, mark):
            raise RuntimeError("cycle encountered")
        out.mark = mark
        return overridden


class UnaryConstraint(Constraint):
    def __init__(self, variable, strength):
        super().__init__(strength)
        self.variable = variable
        self.satisfied = False

    def attach(self):
        self.variable.attach(self)
        self.satisfied = False

    def detach(self):
        self.variable.detach(self)
        self.satisfied = False

    def choose_method(self, mark):
        self.satisfied = (
            self.variable.mark != mark
            and self.strength.stronger_than(self.variable.walk_strength)
        )

    def is_satisfied(self):
        return self.satisfied

    def mark_inputs(self, mark):
        pass

    def output(self):
        return self.variable

    def recalculate(self):
        self.variable.walk_strength = self.strength
        self.variable.stay = not self.is_input()
        if self.variable.stay:
            self.execute()

    def mark_unsatisfied(self):
        self.satisfied = False

    def inputs_known(self, mark):
        return True

    def execute(self):
        pass


class StayConstraint(UnaryConstraint):
    """Keeps a variable's value unless something stronger changes it."""


class EditConstraint(UnaryConstraint):
    """Marks a variable that the user changes between runs of a plan."""

    def is_input(self):
        return True


FORWARD, BACKWARD = 1, -1


class BinaryConstraint(Constraint):
    """A constraint that can be enforced either way: v1 to v2 (forward) or back."""

    def __init__(self, v1, v2, strength):
        super().__init__(strength)
        self.v1 = v1
        self.v2 = v2
        self.direction = None

    def attach(self):
        self.v1.attach(self)
        self.v2.attach(self)
        self.direction = None

    def detach(self):
        self.v1.detach(self)
        self.v2.detach(self)
        self.direction = None

    def choose_method(self, mark):
        # Write the variable the planner has not visited yet, if this constraint is stronger
        # than what determines it; when both are free, write the one whose upstream is weaker.
        v1, v2 = self.v1, self.v2
        if v1.mark == mark:
            fits = v2.mark != mark and self.strength.stronger_than(v2.walk_strength)
            self.direction = FORWARD if fits else None
        elif v2.mark == mark:
            fits = self.strength.stronger_than(v1.walk_strength)
            self.direction = BACKWARD if fits else None
        elif v1.walk_strength.weaker_than(v2.walk_strength):
            fits = self.strength.stronger_than(v1.walk_strength)
            self.direction = BACKWARD if fits else None
        else:
            fits = self.strength.stronger_than(v2.walk_strength)
            self.direction = FORWARD if fits else BACKWARD

    def is_satisfied(self):
        return self.direction is not None

    def input(self):
        return self.v1 if self.direction == FORWARD else self.v2

    def output(self):
        return self.v2 if self.direction == FORWARD else self.v1

    def mark_inputs(self, mark):
        self.input().mark = mark

    def recalculate(self):
        source, out = self.input(), self.output()
        out.walk_strength = self.strength.weakest_of(source.walk_strength)
        out.stay = source.stay
        if out.stay:
            self.execute()

    def mark_unsatisfied(self):
        self.direction = None

    def inputs_known(self, mark):
        source = self.input()
        return source.mark == mark or source.stay or source.determined_by is None


class EqualityConstraint(BinaryConstraint):
    def execute(self):
        self.output().value = self.input().value


class ScaleConstraint(BinaryConstraint):
    """destination = source * scale + offset, where scale and offset are variables too."""

    def __init__(self, source, scale, offset, destination, strength):
        super().__init__(source, destination, strength)
        self.scale = scale
        self.offset = offset

    def attach(self):
        super().attach()
        self.scale.attach(self)
        self.offset.attach(self)

    def detach(self):
        super().detach()
        self.scale.detach(self)
        self.offset.detach(self)

    def mark_inputs(self, mark):
        super().mark_inputs(mark)
        self.scale.mark = self.offset.mark = mark

    def recalculate(self):
        source, out = self.input(), self.output()
        out.walk_strength = self.strength.weakest_of(source.walk_strength)
        out.stay = source.stay and self.scale.stay and self.offset.stay
        if out.stay:
            self.execute()

    def execute(self):
        if self.direction == FORWARD:
            self.v2.value = self.v1.value * self.scale.value + self.offset.value
        else:
            self.v1.value = (self.v2.value - self.offset.value) // self.scale.value


class Plan:
    """The methods of the satisfied constraints, in an order that respects the dataflow."""

    def __init__(self):
        self.steps = []

    def execute(self):
        for constraint in self.steps:
            constraint.execute()


class Planner:
    def __init__(self):
        self.current_mark = 0

    def new_mark(self):
        self.current_mark += 1
        return self.current_mark

    def add(self, constraint):
        """Attaches a constraint and satisfies it, re-satisfying what it overrides in turn."""
        constraint.attach()
        self.satisfy(constraint)
        return constraint

    def satisfy(self, constraint):
        mark = self.new_mark()
        overridden = constraint.satisfy(self, mark)
        while overridden is not None:
            overridden = overridden.satisfy(self, mark)

    def remove(self, constraint):
        """Detaches a constraint; the weaker constraints it blocked get their turn."""
        if not constraint.is_satisfied():
            constraint.detach()
            return
        out = constraint.output()
        constraint.mark_unsatisfied()
        constraint.detach()
        unsatisfied = self.unpropagate_from(out)
        for strength in STRENGTHS:
            for waiting in unsatisfied:
                if waiting.strength is strength:
                    self.satisfy(waiting)

    def propagate_from(self, constraint, mark):
        """Recomputes walk strengths and stay flags downstream of a newly satisfied
        constraint; false (after taking it back out) if that meets a cycle."""
        todo = [constraint]
        while todo:
            current = todo.pop()
            if current.output().mark == mark:
                self.remove(constraint)
                return False
            current.recalculate()
            self.collect_consumers(current.output(), todo)
        return True

    def unpropagate_from(self, variable):
        """Resets what a removed constraint determined; returns the constraints downstream
        that are unsatisfied, candidates for taking its place."""
        variable.determined_by = None
        variable.walk_strength = WEAKEST
        variable.stay = True
        unsatisfied = []
        todo = [variable]
        while todo:
            current = todo.pop()
            for constraint in current.constraints:
                if not constraint.is_satisfied():
                    unsatisfied.append(constraint)
            for constraint in current.constraints:
                if constraint is not current.determined_by and constraint.is_satisfied():
                    constraint.recalculate()
                    todo.append(constraint.output())
        return unsatisfied

    def collect_consumers(self, variable, into):
        for constraint in variable.constraints:
            if constraint is not variable.determined_by and constraint.is_satisfied():
                into.append(constraint)

    def plan_from(self, sources):
        """A plan that runs, from the given input constraints, every method downstream."""
        mark = self.new_mark()
        plan = Plan()
        # A constraint met before its input is computed is dropped here, and met again once
        # the constraint that computes the input is in the plan.
        todo = list(sources)
        while todo:
            constraint = todo.pop()
            out = constraint.output()
            if out.mark != mark and constraint.inputs_known(mark):
                plan.steps.append(constraint)
                out.mark = mark
                self.collect_consumers(out, todo)
        return plan

    def edit(self, variable, values):
        """Sets `variable` to each of `values` in turn, running the plan after each."""
        edit = self.add(EditConstraint(variable, PREFERRED))
        plan = self.plan_from([edit])
        for value in values:
            variable.value = value
            plan.execute()
        self.remove(edit)
        return len(plan.steps)


def chain_test(n):
    """v0 = v1 = ... = vn, with a stay on the last: editing the first changes them all."""
    planner = Planner()
    chain = [Variable("v%d" % i) for i in range(n + 1)]
    for a, b in zip(chain, chain[1:]):
        planner.add(EqualityConstraint(a, b, REQUIRED))
    planner.add(StayConstraint(chain[-1], STRONG_DEFAULT))
    edit = planner.add(EditConstraint(chain[0], PREFERRED))
    plan = planner.plan_from([edit])
    checksum = len(plan.steps)
    for value in range(100):
        chain[0].value = value
        plan.execute()
        if chain[-1].value != value:
            raise AssertionError("chain test: v%d is %d, not %d" % (n, chain[-1].value, value))
        checksum += chain[n // 2].value
    planner.remove(edit)
    return checksum


def projection_test(n):
    """dst_i = src_i * scale + offset: editing either end, the scale or the offset."""
    planner = Planner()
    scale = Variable("scale", 10)
    offset = Variable("offset", 1000)
    sources, destinations = [], []
    for i in range(n):
        source = Variable("src%d" % i, i)
        destination = Variable("dst%d" % i, i)
        sources.append(source)
        destinations.append(destination)
        planner.add(StayConstraint(source, NORMAL))
        planner.add(ScaleConstraint(source, scale, offset, destination, REQUIRED))

    def projected(offset_value):
        # All but the last, whose source the second edit moved.
        return all(d.value == i * 5 + offset_value for i, d in enumerate(destinations[:-1]))

    checks = [
        (sources[-1], 17, lambda: destinations[-1].value == 1170),
        (destinations[-1], 1050, lambda: sources[-1].value == 5),
        (scale, 5, lambda: projected(1000)),
        (offset, 2000, lambda: projected(2000)),
    ]
    checksum = 0
    for variable, value, holds in checks:
        steps = planner.edit(variable, [value] * 10)
        if not holds():
            raise AssertionError("projection test: editing %s failed" % variable.name)
        checksum += steps + sum(d.value for d in destinations)
    return checksum


def main():
    totals = [0, 0]
    for round_ in range(ROUNDS):
        totals[0] += chain_test(SIZE + round_ % 7)
        totals[1] += projection_test(SIZE + round_ % 5)
    print("chain", totals[0], "projection", totals[1])


main()
