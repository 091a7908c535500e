"""Where the product finds the files it ships."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def default_policy_path() -> Path:
    """`policies/default.toml` of the working directory, else the copy shipped with kiosk."""
    local = Path("policies/default.toml")
    if local.is_file():
        return local
    for shipped in (_PACKAGE / "_policies" / "default.toml",  # installed wheel
                    _PACKAGE.parent / "policies" / "default.toml"):  # source checkout
        if shipped.is_file():
            return shipped
    return local
