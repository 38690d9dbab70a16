command = "go"
print("dispatching")
match command:
    case "go":
        print("going")
    case _:
        print("unknown")
