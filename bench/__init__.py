"""Benchmarks: each bench_*.py module has run() -> list[BenchRow]; `make bench` prints them all."""
