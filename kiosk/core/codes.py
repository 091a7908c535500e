"""Access codes: what a guest types from the slip the reception gives them.

A code is 40 random bits written as 8 symbols of Crockford's base32 (no I, L, O or U, so
nothing looks like something else), plus one check symbol, shown as `K7M2-9QHX-T`. Typing
is forgiving: case, spaces and dashes do not matter, O reads as 0, I and L as 1. The check
symbol catches every single mistyped symbol and every swap of two neighbours before any
network round trip. Codes are stored only as keyed hashes (HMAC-SHA256 with the site secret).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Callable

__all__ = [
    "ALPHABET",
    "CODE_BITS",
    "CodeError",
    "display_code",
    "format_partial_code",
    "generate_code",
    "hash_code",
    "normalise_code",
    "offline_code_hash",
]

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_BITS = 40
_DATA_SYMBOLS = CODE_BITS // 5
_VALUE = {symbol: value for value, symbol in enumerate(ALPHABET)}
_VALUE.update({"O": 0, "I": 1, "L": 1})
_IGNORED = frozenset(" -\t._")
MINIMUM_SECRET_BYTES = 16


def _gf32_times_x(value: int) -> int:
    """Multiply by x in GF(32), built on the irreducible polynomial x^5 + x^2 + 1."""
    value <<= 1
    return value ^ 0b100101 if value & 0b100000 else value


# Damm's check over a totally anti-symmetric quasigroup of order 32: a ∘ b = x·a + b in
# GF(32). Any single substitution or adjacent transposition changes the final value.
_TABLE = tuple(tuple(_gf32_times_x(a) ^ b for b in range(32)) for a in range(32))


def _fold(values: list[int]) -> int:
    interim = 0
    for value in values:
        interim = _TABLE[interim][value]
    return interim


def _check_value(values: list[int]) -> int:
    interim = _fold(values)
    # The check symbol c brings the fold to zero: x·interim + c = 0, so c = x·interim.
    return _gf32_times_x(interim)


class CodeError(ValueError):
    """What a person typed is not a valid code.

    `reason` is one of `empty`, `too-short`, `too-long`, `invalid-character` or
    `check-failed`; `character` is the offending character for `invalid-character`.
    """

    def __init__(self, reason: str, character: str | None = None) -> None:
        super().__init__(reason if character is None else f"{reason}: {character!r}")
        self.reason = reason
        self.character = character


def generate_code(randbits: Callable[[int], int] = secrets.randbits) -> str:
    """A new code in canonical form (9 symbols, no dashes)."""
    number = randbits(CODE_BITS)
    values = [(number >> (5 * i)) & 31 for i in reversed(range(_DATA_SYMBOLS))]
    values.append(_check_value(values))
    return "".join(ALPHABET[v] for v in values)


def normalise_code(typed: str) -> str:
    """The canonical form of what a person typed; raise `CodeError` if it cannot be a code."""
    values: list[int] = []
    for character in typed:
        if character in _IGNORED:
            continue
        value = _VALUE.get(character.upper())
        if value is None:
            raise CodeError("invalid-character", character)
        values.append(value)
    if not values:
        raise CodeError("empty")
    if len(values) < _DATA_SYMBOLS + 1:
        raise CodeError("too-short")
    if len(values) > _DATA_SYMBOLS + 1:
        raise CodeError("too-long")
    if _fold(values) != 0:
        raise CodeError("check-failed")
    return "".join(ALPHABET[v] for v in values)


def display_code(code: str) -> str:
    """How a canonical code is printed on a slip: `XXXX-XXXX-X`."""
    return f"{code[:4]}-{code[4:8]}-{code[8:]}"


def format_partial_code(typed: str) -> str:
    """What a code field shows while a person types: symbols of the code only, upper case,
    O read as 0 and I/L as 1, dashes put in as on the slip (`K7M2-9QHX-T`), nine at most."""
    symbols = [ALPHABET[_VALUE[c]] for c in typed.upper() if c in _VALUE][:_DATA_SYMBOLS + 1]
    groups = ["".join(symbols[:4]), "".join(symbols[4:8]), "".join(symbols[8:])]
    return "-".join(group for group in groups if group)


def hash_code(code: str, secret: bytes) -> str:
    """The keyed hash under which a canonical code is stored and compared."""
    if len(secret) < MINIMUM_SECRET_BYTES:
        raise ValueError(f"the site secret must be at least {MINIMUM_SECRET_BYTES} bytes")
    return hmac.new(secret, code.encode("ascii"), hashlib.sha256).hexdigest()


def offline_code_hash(code: str, salt: bytes, iterations: int) -> str:
    """The slow hash a station checks a code against when the store cannot be reached.

    Stations hold these hashes on disk, so they are made slow to compute (PBKDF2): whoever
    takes a station's disk cannot simply try every possible code.
    """
    return hashlib.pbkdf2_hmac("sha256", code.encode("ascii"), salt, iterations).hex()
