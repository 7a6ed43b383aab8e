"""Demo content: a fictional fjord region, its projects and the people behind them."""
