"""Developer tooling: `make screenshots`, the packaged self-test, the start-up probe.

No view imports it.
"""
