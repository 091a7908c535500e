"""The pure-Python core: policies, codes, opening hours and session rules.

Nothing here imports Qt or a web framework, and nothing reads the clock or draws random
numbers by itself: time and randomness are passed in, so every rule runs and is tested alone.
"""
