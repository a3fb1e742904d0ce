"""The package version: its one source (the wheel's metadata is built from it, and a
vendored copy, which has no metadata, still knows it)."""

__version__ = "0.1.0"
