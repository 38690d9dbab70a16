x = 5
print("checking x")
if x > 3
    print("big")
print("done")
