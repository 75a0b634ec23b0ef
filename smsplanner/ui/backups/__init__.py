"""File > Backups: list, make and restore backups of the campaign file."""
