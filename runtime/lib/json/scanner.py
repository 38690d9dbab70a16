"""The JSON scanner, which lives with the decoder."""

from json.decoder import make_scanner

__all__ = ['make_scanner']
