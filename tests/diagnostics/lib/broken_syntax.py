def area(side):
    return side * side


def perimeter(side)
    return 4 * side
