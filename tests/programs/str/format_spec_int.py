# The format-spec mini-language for int and bool (through str.format, as format() would).

specs = [
    "", "d", "5", "<5", ">5", "^5", "=5", "*^7", "0>5", "x<4", "05", "+", "-", " ", "+5", " 05",
    "=+8", "b", "#b", "o", "#o", "x", "#x", "X", "#X", "#010x", "#^10b", "c", "^5c", "n", "08n",
    ",", "_", "_b", "_x", "#_x", "_o", "015,", "010_", "0=10,", "*<10,", "e", ".2e", "E", "f",
    ".3f", "F", "g", ".3g", "G", "%", ".1%", "+.2f", "08.2f", ",.2f", "_.1f", "010", "+010",
    "-010", " 010", "3", "1",
]
values = [0, 1, -1, 7, 42, -42, 255, 1234, -1234, 1234567, -1234567, 2 ** 31, 10 ** 20, -(10 ** 20), True, False]
for spec in specs:
    row = []
    for v in values:
        if spec.endswith("c") and (v < 0 or v > 0x10FFFF):
            continue
        row += [("{:" + spec + "}").format(v)]
    print(repr(spec), row)

# Zero padding with thousands separators counts the separators.
for width in range(1, 13):
    print(width, repr(("{:0" + str(width) + ",}").format(1234)), repr(("{:0" + str(width) + "_}").format(-1234)), repr(("{:0" + str(width) + "_x}").format(0xABCDEF)))

# Big ints in every base.
big = 3 ** 100
print("{:d}".format(big))
print("{:,}".format(big))
print("{:x}".format(big))
print("{:#_b}".format(big))
print("{:o}".format(-big))
print("{:>120,}".format(big))
print("{:e}".format(big), "{:.3g}".format(big), "{:,.2f}".format(2 ** 60))
