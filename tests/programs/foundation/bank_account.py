accounts = {}
log = []


def open_account(name, initial):
    accounts[name] = {"owner": name, "balance": initial, "tx": 0}
    log_event("open " + name + " with " + str(initial))


def log_event(msg):
    global log
    log = log + [msg]


def deposit(name, amount):
    if amount <= 0:
        log_event("rejected deposit " + repr(amount))
        return False
    acct = accounts[name]
    acct["balance"] = acct["balance"] + amount
    acct["tx"] = acct["tx"] + 1
    return True


def withdraw(name, amount):
    acct = accounts[name]
    if amount > acct["balance"]:
        log_event("insufficient funds for " + name)
        return False
    acct["balance"] = acct["balance"] - amount
    acct["tx"] = acct["tx"] + 1
    return True


def transfer(src, dst, amount):
    if withdraw(src, amount):
        deposit(dst, amount)
        return True
    return False


open_account("alice", 100)
open_account("bob", 50)
print(deposit("alice", 25), deposit("bob", -5))
print(withdraw("bob", 80), withdraw("bob", 20))
print(transfer("alice", "bob", 60), transfer("bob", "alice", 1000))
print(accounts["alice"])
print(accounts["bob"])
print(accounts)
open_account("carol", 0.5)
deposit("carol", 0.25)
print(accounts["carol"]["balance"])
for i in range(5):
    deposit("carol", 0.1)
print(accounts["carol"]["balance"])
total = 0
for who in ["alice", "bob", "carol"]:
    total = total + accounts[who]["balance"]
print("total", total)
for line in log:
    print("log:", line)
print(len(log), len(accounts))
