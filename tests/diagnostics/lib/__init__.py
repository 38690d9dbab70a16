# Modules the diagnostics tests import.
