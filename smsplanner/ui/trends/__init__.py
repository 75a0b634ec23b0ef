"""The Trends tab: the rate chart, its legend, the breakdown and the next-send box."""
