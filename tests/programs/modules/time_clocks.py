# The clocks of the time module: their types, that they move forwards, and sleep.
import time


def attempt(f, *args, **kwargs):
    try:
        return repr(f(*args, **kwargs))
    except ValueError as e:
        return "ValueError: " + str(e)
    except OverflowError as e:
        return "OverflowError: " + str(e)
    except TypeError as e:
        return "TypeError: " + str(e)


print(type(time.time()), type(time.time_ns()), type(time.perf_counter()), type(time.perf_counter_ns()))
print(type(time.monotonic()), type(time.monotonic_ns()), type(time.process_time()), type(time.process_time_ns()))
print(time.time() > 1.5e9, time.time_ns() > 1.5e18, abs(time.time() - time.time_ns() / 1e9) < 1.0)
print(time.perf_counter() >= 0, time.monotonic() > 0, time.process_time() >= 0, time.process_time_ns() >= 0)

# Monotonic clocks never go backwards.
previous = time.monotonic()
previous_ns = time.monotonic_ns()
previous_perf = time.perf_counter()
ok = True
i = 0
while i < 2000:
    now = time.monotonic()
    now_ns = time.monotonic_ns()
    now_perf = time.perf_counter()
    if now < previous or now_ns < previous_ns or now_perf < previous_perf:
        ok = False
    previous, previous_ns, previous_perf = now, now_ns, now_perf
    i = i + 1
print("monotonic", ok)

start = time.perf_counter()
start_ns = time.perf_counter_ns()
time.sleep(0.02)
print("slept", time.perf_counter() - start >= 0.02, time.perf_counter_ns() - start_ns >= 20000000)
start = time.monotonic()
time.sleep(0)
time.sleep(False)
time.sleep(1 / 100)
print("slept again", time.monotonic() - start >= 0.01)

# CPU time advances while computing, not while sleeping.
cpu = time.process_time()
total = 0
i = 0
while i < 300000:
    total = total + i * i
    i = i + 1
print(total, time.process_time() >= cpu)

print(attempt(time.sleep, -1), attempt(time.sleep, -0.5), attempt(time.sleep, "1"), attempt(time.sleep))
print(attempt(time.sleep, float("nan")), attempt(time.sleep, float("inf")), attempt(time.sleep, 10 ** 20))
print(attempt(time.sleep, None), attempt(time.sleep, 1, 2), attempt(time.time, 1), attempt(time.monotonic_ns, 0))
print(attempt(time.sleep, float("-inf")), attempt(time.perf_counter, x=1))
