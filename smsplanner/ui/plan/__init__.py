"""The Plan tab: what-if forecast, message cost and A/B comparison."""
