# The chaos game with curved maps: a point jumps, again and again, through one of a few maps
# picked at random, and the places it visits draw the maps' attractor, a fractal. Each map
# bends the unit square along a B-spline (evaluated with de Boor's algorithm): the point's x
# picks where on the curve it lands, its y how far off the curve, along the normal. The points
# are counted on a grid, printed as a checksum and a small ASCII picture. Vector arithmetic
# through operator methods on small objects is nearly all it does.
# Argument: [STEPS] of the game.

import math
import sys

STEPS = int(sys.argv[1]) if len(sys.argv) > 1 else 40000
GRID = 256
PICTURE_WIDTH, PICTURE_HEIGHT = 64, 24


class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y)

    def __mul__(self, factor):
        return Vector(self.x * factor, self.y * factor)

    def length(self):
        return math.sqrt(self.x * self.x + self.y * self.y)

    def lerp(self, other, t):
        """The point a fraction t of the way from self to other."""
        return self * (1.0 - t) + other * t


class Spline:
    """A B-spline of the given degree over control points, clamped to the first and last
    (its knots repeat degree + 1 times at each end), for parameters from 0 to 1."""

    def __init__(self, points, degree, knots=None):
        self.points = points
        self.degree = degree
        if knots is None:
            pieces = len(points) - degree
            knots = [0.0] * degree + [i / pieces for i in range(pieces + 1)] + [1.0] * degree
        self.knots = knots

    def span(self, u):
        """The k with knots[k] <= u < knots[k + 1] (the last span for u = 1)."""
        k = self.degree
        last = len(self.points) - 1
        while k < last and self.knots[k + 1] <= u:
            k += 1
        return k

    def at(self, u):
        # de Boor: blend the degree + 1 control points that act on u's span, pairwise,
        # degree times.
        p = self.degree
        k = self.span(u)
        blend = self.points[k - p:k + 1]
        for level in range(1, p + 1):
            for j in range(p, level - 1, -1):
                i = j + k - p
                start = self.knots[i]
                t = (u - start) / (self.knots[i + p - level + 1] - start)
                blend[j] = blend[j - 1].lerp(blend[j], t)
        return blend[p]

    def derivative(self):
        """The spline's derivative: a spline of one degree less."""
        p = self.degree
        points = [
            (b - a) * (p / (self.knots[i + p + 1] - self.knots[i + 1]))
            for i, (a, b) in enumerate(zip(self.points, self.points[1:]))
        ]
        return Spline(points, p - 1, self.knots[1:-1])

    def samples(self, count=64):
        """count + 1 points along the curve, evenly spaced in the parameter."""
        return [self.at(i / count) for i in range(count + 1)]


class CurveMap:
    """Maps the unit square onto a band around a curve: x along it, y across it."""

    def __init__(self, curve, thickness):
        self.curve = curve
        self.tangent = curve.derivative()
        self.thickness = thickness

    def __call__(self, point):
        u = min(max(point.x, 0.0), 1.0)
        direction = self.tangent.at(u)
        normal = Vector(-direction.y, direction.x) * (1.0 / direction.length())
        return self.curve.at(u) + normal * ((point.y - 0.5) * self.thickness)


class Random:
    """Park and Miller's minimal standard generator, so every Python draws the same numbers."""

    def __init__(self, seed):
        self.state = seed

    def uniform(self):
        self.state = self.state * 48271 % 2147483647
        return self.state / 2147483647


class ChaosGame:
    def __init__(self, maps, seed):
        self.maps = maps
        samples = [m.curve.samples() for m in maps]
        # Before each jump the point is scaled from the curves' bounding box to the unit
        # square, so that the maps spread it over the whole of each curve.
        xs = [p.x for points in samples for p in points]
        ys = [p.y for points in samples for p in points]
        self.left, self.bottom = min(xs), min(ys)
        self.x_scale = 1.0 / (max(xs) - self.left)
        self.y_scale = 1.0 / (max(ys) - self.bottom)
        # Each map is picked in proportion to its curve's length, so the curves come out
        # evenly dense.
        lengths = [
            sum((b - a).length() for a, b in zip(points, points[1:])) for points in samples
        ]
        total = sum(lengths)
        self.thresholds = []
        running = 0.0
        for length in lengths:
            running += length
            self.thresholds.append(running / total)
        self.random = Random(seed)

    def pick(self):
        r = self.random.uniform()
        for m, threshold in zip(self.maps, self.thresholds):
            if r < threshold:
                return m
        return self.maps[-1]

    def play(self, steps, grid):
        """Counts the cells of a grid x grid raster that the point visits, row 0 at the top."""
        counts = [[0] * grid for _ in range(grid)]
        point = Vector(0.5, 0.5)
        for step in range(steps):
            unit = Vector(
                (point.x - self.left) * self.x_scale, (point.y - self.bottom) * self.y_scale
            )
            point = self.pick()(unit)
            # The first jumps are still on their way to the attractor.
            if step >= 16:
                column = min(max(int(point.x * grid), 0), grid - 1)
                row = min(max(int((1.0 - point.y) * grid), 0), grid - 1)
                counts[row][column] += 1
        return counts


def checksum(counts):
    total = 0
    for row in counts:
        for count in row:
            total = (total * 31 + count) % 1000000007
    return total


def picture(counts, width, height):
    """The counts summed into width x height blocks, shaded by their density."""
    shades = " .:-=+*#%@"
    cell_width = len(counts[0]) // width
    cell_height = len(counts) // height
    blocks = [
        [
            sum(
                sum(counts[row][x * cell_width:(x + 1) * cell_width])
                for row in range(y * cell_height, (y + 1) * cell_height)
            )
            for x in range(width)
        ]
        for y in range(height)
    ]
    densest = max(max(row) for row in blocks)
    return [
        "".join(shades[(block * (len(shades) - 1) + densest - 1) // densest] for block in row)
        for row in blocks
    ]


def main():
    # Each curve spans a part of the picture's width, so that the jumps spread the point over
    # all of it rather than drawing it to one place.
    curves = [
        Spline([Vector(0.05, 0.2), Vector(0.15, 0.9), Vector(0.3, 0.95), Vector(0.45, 0.5)], 3),
        Spline([Vector(0.3, 0.1), Vector(0.45, 0.6), Vector(0.55, 0.0), Vector(0.7, 0.45)], 3),
        Spline([Vector(0.55, 0.8), Vector(0.75, 0.2), Vector(0.95, 0.7)], 2),
    ]
    game = ChaosGame([CurveMap(curve, 0.12) for curve in curves], seed=2718281)
    counts = game.play(STEPS, GRID)
    visited = sum(1 for row in counts for count in row if count)
    print("steps", STEPS, "cells visited", visited, "checksum", checksum(counts))
    for line in picture(counts, PICTURE_WIDTH, PICTURE_HEIGHT):
        print(line.rstrip())


main()
