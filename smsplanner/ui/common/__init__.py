"""What every room shares: the task runner, error popups, number formatting, style, list tables."""
