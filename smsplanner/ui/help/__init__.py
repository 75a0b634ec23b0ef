"""The built-in guide: bundled HTML pages in a searchable browser, and "What is this?" links."""
