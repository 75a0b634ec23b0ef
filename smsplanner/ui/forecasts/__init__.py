"""The Forecasts tab: kept forecasts against what happened, and how often they came true."""
