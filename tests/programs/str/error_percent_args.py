# printf-style formatting needs one argument per directive.
print("%s=%d" % ("x", 1))
print("%s=%d" % ("x",))
