"""The campaign store: one SQLite file, append-only migrations, one-transaction writes."""
