"""The Calendar tab: planned and sent campaigns by day, the plan dialog, the .ics export."""
