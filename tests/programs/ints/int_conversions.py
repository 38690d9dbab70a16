print(int("0"), int("-0"), int("7"), int("-7"), int("+7"))
print(int(" 42"), int("42 "), int("\t42\n"))
print(int("9223372036854775807"), int("9223372036854775808"))
print(int("-9223372036854775809"))
print(int("18446744073709551616") + 1)
print(int("00000"), int("007"))
print(int("1_2_3"))
print(int(1.0), int(1.9), int(-1.9), int(0.1), int(-0.1))
print(int(1e18), int(1e19), int(-1e19), int(2.0 ** 70))
print(int(123456789.987654321))
print(int(5), int(-5), int(2 ** 100))
print(int(True), int(False))
print(int(int("12") * 2.5))
print(str(int("  -123  ")), repr(int("456")))
total = 0
for s in ["1", "22", "333", "-4444", "55555"]:
    total += int(s)
print(total)
num = 0
for ch in "31415926535897932384626433832795":
    num = num * 10 + int(ch)
print(num)
print(num == int("31415926535897932384626433832795"))
print(int(str(-2 ** 70)) == -2 ** 70)
print(int(7 / 2), int(-7 / 2), int(7 // 2.0))
print(str(0), str(-0), str(10 ** 0))
r = ""
n = 255
while n > 0:
    r = str(n % 2) + r
    n = n // 2
print(r, len(r))
