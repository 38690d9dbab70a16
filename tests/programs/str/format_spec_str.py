# The format-spec mini-language for str: fill, alignment, width and precision (truncation).

specs = ["", "s", "1", "8", "<8", ">8", "^8", "^9", "*<8", "*>8", "*^8", "é^9", " ^7", "<<6", ">>6", "^^6",
         "=^5", ".0", ".1", ".3", ".10", "8.3", "<8.2s", ">8.2", "^9.4", "0<6", "0>6", "-^7"]
texts = ["", "a", "abc", "héllo", "日本語", "exactly8", "much longer than eight"]
for spec in specs:
    row = []
    for t in texts:
        row += [("{:" + spec + "}").format(t)]
    print(repr(spec), row)
print("[{0:>{1}}] [{0:<{1}}] [{0:^{1}.{2}}]".format("nested", 10, 3))
print("{:{}{}{}}".format("dyn", "*", "^", 9))
