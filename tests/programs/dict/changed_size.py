# An uncaught RuntimeError: a dict grows while a loop walks it.
scores = {"ann": 3, "bob": 5}
for name in scores:
    print(name)
    scores[name + "!"] = 0
