# Memory that a program stops using goes back to the system: after a hundred thousand small
# objects are made and dropped, the process's resident memory falls most of the way back.
def resident_kb():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


start = resident_kb()
items = [(i, [i], {"key": i}) for i in range(100000)]
peak = resident_kb()
print("grew:", peak - start > 10000)
del items
end = resident_kb()
print("given back:", end - start < (peak - start) // 2)
