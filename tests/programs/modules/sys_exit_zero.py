from sys import exit

print("exiting cleanly")
exit()
print("not reached")
