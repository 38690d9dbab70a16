"""Modules the programs in tests/programs/classes import."""
