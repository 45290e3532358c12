# Exceptions in a loop: custom exception hierarchy, raise/catch across calls, finally, else, re-raise and chaining.
import _harness


class AppError(Exception):
    def __init__(self, code, message=""):
        super().__init__(message)
        self.code = code


class ValidationError(AppError):
    pass


class NotFound(AppError):
    pass


class Store:
    def __init__(self):
        self.data = {}
        self.cleanups = 0

    def get(self, key):
        try:
            return self.data[key]
        except KeyError:
            raise NotFound(404, "missing") from None

    def put(self, key, value):
        if value < 0:
            raise ValidationError(400, "negative")
        self.data[key] = value

    def update(self, key, delta):
        try:
            current = self.get(key)
        except NotFound:
            current = 0
        else:
            current += 1
        finally:
            self.cleanups += 1
        self.put(key, current + delta)
        return current + delta


def parse_int(text):
    try:
        return int(text)
    except ValueError:
        return -1


def deep(n):
    if n == 0:
        raise ValidationError(n + 7, "bottom")
    return deep(n - 1)


def bench(scale):
    checksum = 0
    tokens = ["12", "x", "7", "", "-3", "99", "4.5", "100"]
    for k in range(scale):
        store = Store()
        for i in range(50):
            key = i % 11
            try:
                checksum += store.update(key, (i * 7 + k) % 9 - 3)
            except ValidationError as e:
                checksum += e.code
            except AppError:
                checksum -= 1
        checksum += store.cleanups
        checksum += sum(parse_int(t) for t in tokens)
        try:
            deep(10)
        except AppError as e:
            checksum += e.code + len(str(e))
        try:
            try:
                store.get("nope")
            except NotFound as e:
                raise RuntimeError("wrapped") from e
        except RuntimeError as e:
            checksum += isinstance(e.__cause__, NotFound)
        for divisor in (2, 0, 3, 0):
            try:
                checksum += 60 // divisor
            except ZeroDivisionError:
                checksum += 1
            finally:
                checksum += 2
        try:
            [][k]
        except IndexError:
            checksum += 5
        try:
            {}.pop("k")
        except LookupError as e:
            checksum += type(e) is KeyError
    return checksum



DEFAULT_SCALE = 9000
QUICK_SCALE = 900

if __name__ == "__main__":
    _harness.run(bench, DEFAULT_SCALE)
