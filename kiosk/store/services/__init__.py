"""What the store does, as plain functions over a database session.

The HTTP routes and the command line are thin layers over these functions. Each takes the
current time as `now`, so the rules are tested without a clock.
"""
