prices = {"apple": 3, "pear": 5}
print(prices["apple"])
prices["plum"] = 7
print(prices)
for fruit in ["pear", "plum", "banana"]:
    print(fruit, prices[fruit])
print("never printed")
