__all__ = ["public_a", "_listed_private"]

public_a = "a"
_listed_private = "listed"
hidden_b = "b"
