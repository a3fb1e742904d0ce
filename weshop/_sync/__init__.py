# GENERATED from weshop/_async/__init__.py by codegen/unasync.py — do not edit.
# Edit the async source and run `nox -s generate` (`nox -s drift` checks this file).
"""The sync client and its resources, generated from ``weshop/_async/``."""
