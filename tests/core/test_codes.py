"""Access codes: generation, forgiving typing, the check symbol and keyed hashes."""

from __future__ import annotations

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.core.codes import (
    ALPHABET,
    CODE_BITS,
    CodeError,
    display_code,
    format_partial_code,
    generate_code,
    hash_code,
    normalise_code,
    offline_code_hash,
)

SECRET = b"site-secret-0123456789abcdef"
codes = st.integers(min_value=0, max_value=2**CODE_BITS - 1).map(
    lambda n: generate_code(lambda bits: n))


def test_alphabet_is_crockford_base32() -> None:
    assert len(ALPHABET) == 32
    assert not set("ILOU") & set(ALPHABET)


def test_generated_codes_use_40_random_bits_and_a_check_symbol() -> None:
    asked: list[int] = []

    def randbits(bits: int) -> int:
        asked.append(bits)
        return 0

    code = generate_code(randbits)
    assert asked == [40]
    assert len(code) == 9
    assert code[:8] == "00000000"
    assert normalise_code(code) == code


def test_real_randomness_gives_distinct_valid_codes() -> None:
    generated = {generate_code() for _ in range(1000)}
    assert len(generated) == 1000
    assert all(normalise_code(code) == code for code in generated)


@given(codes)
def test_display_form_reads_back(code: str) -> None:
    shown = display_code(code)
    assert shown == f"{code[:4]}-{code[4:8]}-{code[8]}"
    assert normalise_code(shown) == code


@given(codes, st.data())
def test_typing_is_forgiving(code: str, data: st.DataObject) -> None:
    typed = []
    for symbol in code:
        variants = [symbol, symbol.lower()]
        variants += {"0": ["O", "o"], "1": ["I", "i", "L", "l"]}.get(symbol, [])
        typed.append(data.draw(st.sampled_from(variants)))
        typed.append(data.draw(st.sampled_from(["", "", " ", "-", " - "])))
    assert normalise_code("".join(typed)) == code


@given(codes, st.integers(min_value=0, max_value=8), st.sampled_from(ALPHABET))
def test_any_single_substitution_is_caught(code: str, index: int, symbol: str) -> None:
    typo = code[:index] + symbol + code[index + 1 :]
    if typo == code:
        return
    with pytest.raises(CodeError) as caught:
        normalise_code(typo)
    assert caught.value.reason == "check-failed"


@given(codes, st.integers(min_value=0, max_value=7))
def test_any_adjacent_transposition_is_caught(code: str, index: int) -> None:
    swapped = code[:index] + code[index + 1] + code[index] + code[index + 2 :]
    if swapped == code:
        return
    with pytest.raises(CodeError, match="check-failed"):
        normalise_code(swapped)


def test_every_substitution_and_transposition_of_sample_codes_is_caught() -> None:
    rng = random.Random(7)
    for _ in range(50):
        code = generate_code(rng.getrandbits)
        for index in range(9):
            for symbol in ALPHABET.replace(code[index], ""):
                with pytest.raises(CodeError):
                    normalise_code(code[:index] + symbol + code[index + 1 :])


@pytest.mark.parametrize(
    ("typed", "reason", "character"),
    [
        ("", "empty", None),
        (" - ", "empty", None),
        ("K7M2", "too-short", None),
        ("K7M2-9QHX", "too-short", None),
        ("K7M2-9QHX-77", "too-long", None),
        ("K7M2-9QHU-7", "invalid-character", "U"),
        ("K7M2-9QH!-7", "invalid-character", "!"),
        ("K7M2-9QHé-7", "invalid-character", "é"),
    ],
)
def test_bad_input_says_what_is_wrong(typed: str, reason: str, character: str | None) -> None:
    with pytest.raises(CodeError) as caught:
        normalise_code(typed)
    assert caught.value.reason == reason
    assert caught.value.character == character


def test_hashes_are_keyed() -> None:
    code = generate_code()
    digest = hash_code(code, SECRET)
    assert len(digest) == 64
    assert code not in digest
    assert hash_code(code, SECRET) == digest
    assert hash_code(code, SECRET + b"!") != digest
    assert hash_code(generate_code(), SECRET) != digest


def test_short_secrets_are_refused() -> None:
    with pytest.raises(ValueError, match="at least 16 bytes"):
        hash_code(generate_code(), b"short")


def test_offline_hashes_are_salted_and_slow() -> None:
    code = generate_code()
    first = offline_code_hash(code, b"salt-of-site-one", 1000)
    assert first == offline_code_hash(code, b"salt-of-site-one", 1000)
    assert first != offline_code_hash(code, b"salt-of-site-two", 1000)
    assert first != offline_code_hash(code, b"salt-of-site-one", 1001)
    assert len(first) == 64


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("", ""),
        ("k", "K"),
        ("k7m2", "K7M2"),
        ("k7m29", "K7M2-9"),
        ("K7M2-9QHX", "K7M2-9QHX"),
        ("k7m2 9qhx t", "K7M2-9QHX-T"),
        ("K7M2-9QHX-TZZ", "K7M2-9QHX-T"),
        ("o1il", "0111"),
        ("u!é*", ""),
    ],
)
def test_the_code_field_formats_as_people_type(typed: str, shown: str) -> None:
    assert format_partial_code(typed) == shown


@given(codes)
def test_formatted_codes_read_back(code: str) -> None:
    assert format_partial_code(code.lower()) == display_code(code)
    assert normalise_code(format_partial_code(code)) == code
