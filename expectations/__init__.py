"""Great Expectations suites (suites.py) and their runner (runner.py)."""
