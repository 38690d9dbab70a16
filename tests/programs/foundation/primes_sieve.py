def sieve(n):
    is_prime = [True] * (n + 1)
    is_prime[0] = False
    is_prime[1] = False
    i = 2
    while i * i <= n:
        if is_prime[i]:
            j = i * i
            while j <= n:
                is_prime[j] = False
                j += i
        i += 1
    primes = []
    for k in range(n + 1):
        if is_prime[k]:
            primes = primes + [k]
    return primes


def is_prime_trial(n):
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            return False
        d += 1
    return True


p = sieve(100)
print(p)
print(len(p))
print(len(sieve(10000)))
big = sieve(1000)
print(big[-1], big[-2], big[100])
ok = True
for k in range(200):
    if is_prime_trial(k) != (k in sieve(200)):
        ok = False
print("agree:", ok)
print(is_prime_trial(1000003), is_prime_trial(1000001))
print(is_prime_trial(2 ** 31 - 1))
twins = 0
for i in range(len(big) - 1):
    if big[i + 1] - big[i] == 2:
        twins += 1
print("twin pairs below 1000:", twins)
s = 0
for q in p:
    s += q
print("sum of primes below 100:", s)
