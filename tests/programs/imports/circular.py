import lib.cycle_a

print(lib.cycle_a.from_b, lib.cycle_b.from_a, lib.cycle_b.call_a())
print(lib.cycle_b.partly is lib.cycle_a)
