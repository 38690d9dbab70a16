# The format-spec mini-language for float: repr-like output without a type, 'g' rules,
# exponents, padding, grouping and the special values.

specs = [
    "", "10", "<10", "^10", "=10", "*>12", "010", "+", " ", "-", "+010", "e", ".0e", ".2e", "E",
    "#.0e", "f", ".0f", ".1f", ".2f", "#.0f", "F", "g", ".0g", ".1g", ".3g", ".10g", "#g",
    "#.3g", "G", "%", ".0%", ".2%", "n", ".3n", ".1", ".2", ".3", ".5", ".17", "#", "#.3",
    ",", "_", ",.2f", "_.3f", "015,.2f", "0=15,.1f", "12,", "+.3e", " .2f", "=+12.3f",
    "0<8", "é^11.3",
]
values = [
    0.0, -0.0, 1.0, -1.5, 0.1, 0.5, 2.5, 3.14159265358979, 100.0, 1234.5678, -1234.5678,
    123456789.0, 1e16, 1.5e16, 1e-4, 1e-5, 0.000123456, 1.5e300, 5e-324, 1e22, 9.995, 99999.5,
]
for spec in specs:
    row = []
    for v in values:
        row += [("{:" + spec + "}").format(v)]
    print(repr(spec), row)

for spec in ["", "f", "e", "g", "%", "010", "<6", "+", "=+10.2f", "^9", "F", "E", "G", ".3", "#"]:
    row = []
    for v in [float("inf"), float("-inf"), float("nan")]:
        row += [("{:" + spec + "}").format(v)]
    print(repr(spec), row)

# Precision beyond what any float holds.
print("{:.30f}".format(0.1))
print("{:.40e}".format(1 / 3))
print("{:.25g}".format(2 / 3))
print("{:#.20g}".format(1.5))
print("{:.1f} {:.1f} {:.1f} {:.1f}".format(0.05, 0.15, 0.25, 0.35))
print("{:.0f} {:.0f} {:.0f}".format(0.5, 1.5, 2.5))
