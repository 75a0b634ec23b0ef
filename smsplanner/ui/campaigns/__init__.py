"""The Campaigns tab: the table, its filters, the campaign dialog and undoable edits."""
