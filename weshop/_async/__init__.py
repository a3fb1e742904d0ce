"""The hand-written async client and its resources: the one copy. ``weshop/_sync/`` is
generated from it by ``codegen/unasync.py`` (``nox -s generate``; ``nox -s drift`` checks)."""
