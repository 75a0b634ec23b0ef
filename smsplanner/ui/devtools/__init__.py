"""Developer tooling: `make screenshots` (and the shots of each screen) and the packaged self-test.

It sits above every room: it imports the views, and no view imports it (import-linter).
"""
