"""Benchmarks of the WeShop client against the mock server (``nox -s bench``).

Not part of the test suite: nothing here asserts on time. Each scenario measures the
client and a baseline in the same run and reports the ratio; see ``benchmarks/README.md``.
"""
