"""What the shipped-weights gates share: a trained model compared with the shipped file."""


def far_weights(fresh, shipped, tolerance: float = 0.002) -> list:
    """Where two models (JSON data) differ: keys in one only, other values unequal,
    numbers further apart than ``tolerance`` (so that another machine's BLAS rounding
    passes, and a stale model does not)."""
    far = []

    def walk(a, b, at):
        if isinstance(a, dict) and isinstance(b, dict):
            for k in sorted(set(a) | set(b)):
                if k not in a or k not in b:
                    far.append(f"{at}/{k}: in one only")
                else:
                    walk(a[k], b[k], f"{at}/{k}")
        elif isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
            for n, (x, y) in enumerate(zip(a, b)):
                walk(x, y, f"{at}[{n}]")
        elif isinstance(a, (int, float)) and isinstance(b, (int, float)):
            if abs(a - b) > tolerance:
                far.append(f"{at}: {a} != {b}")
        elif a != b:
            far.append(f"{at}: differs")

    walk(fresh, shipped, "")
    return far
