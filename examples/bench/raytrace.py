# A small ray tracer: spheres and a checkered plane lit by two point lights, with shadows and
# one bounce of reflection, rendered into a fixed-size image whose checksum is printed. Vector
# arithmetic through operator methods, float math and method calls on small objects.

import math
import sys

SIZE = int(sys.argv[1]) if len(sys.argv) > 1 else 130
EPSILON = 1e-6


class Vector:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y, self.z - other.z)

    def scale(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def length(self):
        return math.sqrt(self.dot(self))

    def normalized(self):
        return self.scale(1.0 / self.length())

    def reflect(self, normal):
        return self - normal.scale(2.0 * self.dot(normal))


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.normalized()

    def at(self, t):
        return self.origin + self.direction.scale(t)


class Color:
    def __init__(self, r, g, b):
        self.r = r
        self.g = g
        self.b = b

    def add(self, other):
        return Color(self.r + other.r, self.g + other.g, self.b + other.b)

    def tint(self, other, k):
        return Color(self.r * other.r * k, self.g * other.g * k, self.b * other.b * k)

    def scaled(self, k):
        return Color(self.r * k, self.g * k, self.b * k)

    def to_bytes(self):
        return [min(255, int(c * 255.0)) for c in (self.r, self.g, self.b)]


class Material:
    def __init__(self, color, diffuse, specular, reflect):
        self.color = color
        self.diffuse = diffuse
        self.specular = specular
        self.reflect = reflect

    def color_at(self, point):
        return self.color


class Checker(Material):
    def color_at(self, point):
        if (math.floor(point.x) + math.floor(point.z)) % 2 == 0:
            return self.color
        return Color(0.1, 0.1, 0.1)


class Sphere:
    def __init__(self, center, radius, material):
        self.center = center
        self.radius = radius
        self.material = material

    def intersect(self, ray):
        to_center = ray.origin - self.center
        b = to_center.dot(ray.direction)
        c = to_center.dot(to_center) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return None
        root = math.sqrt(disc)
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        if t > EPSILON:
            return t
        return None

    def normal_at(self, point):
        return (point - self.center).normalized()


class Plane:
    def __init__(self, point, normal, material):
        self.point = point
        self.normal = normal.normalized()
        self.material = material

    def intersect(self, ray):
        facing = ray.direction.dot(self.normal)
        if abs(facing) < EPSILON:
            return None
        t = (self.point - ray.origin).dot(self.normal) / facing
        return t if t > EPSILON else None

    def normal_at(self, point):
        return self.normal


class Light:
    def __init__(self, position, color):
        self.position = position
        self.color = color


class Scene:
    def __init__(self):
        self.objects = []
        self.lights = []
        self.ambient = 0.1
        self.background = Color(0.05, 0.05, 0.2)

    def add(self, thing):
        self.objects.append(thing)

    def nearest(self, ray):
        best, best_t = None, None
        for thing in self.objects:
            t = thing.intersect(ray)
            if t is not None and (best_t is None or t < best_t):
                best, best_t = thing, t
        return best, best_t

    def in_shadow(self, point, light):
        to_light = light.position - point
        distance = to_light.length()
        ray = Ray(point, to_light)
        for thing in self.objects:
            t = thing.intersect(ray)
            if t is not None and t < distance:
                return True
        return False

    def trace(self, ray, depth):
        thing, t = self.nearest(ray)
        if thing is None:
            return self.background
        point = ray.at(t)
        normal = thing.normal_at(point)
        material = thing.material
        base = material.color_at(point)
        color = base.scaled(self.ambient)
        for light in self.lights:
            if self.in_shadow(point, light):
                continue
            to_light = (light.position - point).normalized()
            lambert = normal.dot(to_light)
            if lambert > 0.0:
                color = color.add(base.tint(light.color, lambert * material.diffuse))
            half = (to_light - ray.direction).normalized()
            shine = normal.dot(half)
            if shine > 0.0:
                color = color.add(light.color.scaled(material.specular * shine ** 20))
        if depth > 0 and material.reflect > 0.0:
            bounce = Ray(point, ray.direction.reflect(normal))
            color = color.add(self.trace(bounce, depth - 1).scaled(material.reflect))
        return color


def build_scene():
    scene = Scene()
    scene.add(Plane(Vector(0.0, -1.0, 0.0), Vector(0.0, 1.0, 0.0),
                    Checker(Color(0.9, 0.9, 0.9), 0.8, 0.1, 0.2)))
    scene.add(Sphere(Vector(0.0, 0.0, 5.0), 1.0, Material(Color(0.9, 0.2, 0.2), 0.7, 0.5, 0.3)))
    scene.add(Sphere(Vector(-2.0, 0.3, 6.5), 1.3, Material(Color(0.2, 0.9, 0.3), 0.8, 0.3, 0.2)))
    scene.add(Sphere(Vector(2.2, -0.2, 4.5), 0.8, Material(Color(0.3, 0.4, 0.9), 0.6, 0.8, 0.5)))
    scene.lights.append(Light(Vector(-5.0, 5.0, 0.0), Color(1.0, 1.0, 1.0)))
    scene.lights.append(Light(Vector(4.0, 3.0, 1.0), Color(0.5, 0.4, 0.3)))
    return scene


def render(scene, size):
    eye = Vector(0.0, 0.5, -1.0)
    checksum = 0
    for row in range(size):
        for col in range(size):
            x = (col + 0.5) / size * 2.0 - 1.0
            y = 1.0 - (row + 0.5) / size * 2.0
            ray = Ray(eye, Vector(x, y, 1.5))
            pixel = scene.trace(ray, 2).to_bytes()
            checksum = (checksum * 31 + pixel[0] * 65536 + pixel[1] * 256 + pixel[2]) % 1000000007
    return checksum


print("checksum", render(build_scene(), SIZE))
