"""Plain-Python core: campaigns, metrics and statistics. No Qt, pandas or SQL here."""
