# Small ray tracer: a Vec class with float operator methods, sphere intersection, diffuse shading, reflections.
import _harness


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def length(self):
        return self.dot(self) ** 0.5

    def normalized(self):
        return self * (1.0 / self.length())


class Sphere:
    def __init__(self, center, radius, color, reflect):
        self.center = center
        self.radius = radius
        self.color = color
        self.reflect = reflect

    def intersect(self, origin, direction):
        oc = origin - self.center
        b = oc.dot(direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return None
        root = disc ** 0.5
        t = -b - root
        if t > 1e-6:
            return t
        t = -b + root
        return t if t > 1e-6 else None


class Scene:
    def __init__(self):
        self.spheres = [
            Sphere(Vec(0.0, -1000.0, 0.0), 999.0, Vec(0.8, 0.8, 0.8), 0.2),
            Sphere(Vec(0.0, 0.0, 5.0), 1.0, Vec(1.0, 0.2, 0.2), 0.5),
            Sphere(Vec(-2.0, 0.3, 6.0), 1.3, Vec(0.2, 1.0, 0.2), 0.3),
            Sphere(Vec(2.2, -0.2, 4.5), 0.8, Vec(0.2, 0.4, 1.0), 0.0),
        ]
        self.light = Vec(-5.0, 8.0, -3.0)

    def closest(self, origin, direction):
        best, hit = None, None
        for s in self.spheres:
            t = s.intersect(origin, direction)
            if t is not None and (best is None or t < best):
                best, hit = t, s
        return best, hit

    def trace(self, origin, direction, depth):
        t, sphere = self.closest(origin, direction)
        if sphere is None:
            return Vec(0.1, 0.1, 0.2 + 0.3 * direction.y)
        point = origin + direction * t
        normal = (point - sphere.center).normalized()
        to_light = (self.light - point).normalized()
        shade = 0.1
        shadow_t, _ = self.closest(point, to_light)
        if shadow_t is None:
            shade += max(0.0, normal.dot(to_light)) * 0.9
        color = sphere.color * shade
        if depth > 0 and sphere.reflect > 0.0:
            bounce = direction - normal * (2.0 * direction.dot(normal))
            color = color * (1.0 - sphere.reflect) + self.trace(point, bounce, depth - 1) * sphere.reflect
        return color


def render(scene, width, height):
    eye = Vec(0.0, 0.5, -1.0)
    pixels = []
    for j in range(height):
        for i in range(width):
            x = (i + 0.5) / width * 2.0 - 1.0
            y = 0.75 - (j + 0.5) / height * 1.5
            direction = Vec(x, y, 1.0).normalized()
            c = scene.trace(eye, direction, 3)
            pixels.append((min(255, int(c.x * 255)), min(255, int(c.y * 255)), min(255, int(c.z * 255))))
    return pixels


def bench(scale):
    scene = Scene()
    # A fixed 120-pixel width; scale is the number of rows.
    width = 120
    height = scale
    checksum = 0
    for n, (r, g, b) in enumerate(render(scene, width, height)):
        checksum = (checksum * 31 + r * 65536 + g * 256 + b + n) % 4294967291
    return checksum



DEFAULT_SCALE = 480
QUICK_SCALE = 48

if __name__ == "__main__":
    _harness.run(bench, DEFAULT_SCALE)
