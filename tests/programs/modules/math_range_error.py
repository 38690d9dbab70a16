from math import exp, factorial as fact

print(fact(5), exp(1))
print(exp(1000))
