"""Application operations that combine the store and the import engine.

Used by both the command line and the GUI, so each operation is written once.
"""
