"""A printer's state in plain French (and English), with what to do."""

from __future__ import annotations

import pytest

from kiosk.core.printer_status import BLOCKING_REASONS, REASONS, describe, reason_keyword


def test_an_idle_printer_is_ready() -> None:
    status = describe(3, ["none"])
    assert status.can_print
    assert status.headline == "L'imprimante est prête."
    assert status.advice == ()
    assert describe(4, []).headline == "L'imprimante imprime."


def test_out_of_paper_blocks_and_says_what_to_do() -> None:
    status = describe(3, ["media-empty-error"])
    assert not status.can_print
    assert "Prévenez l'accueil" in status.headline
    assert status.advice == ("Il n'y a plus de papier. Remettez du papier dans le bac.",)
    assert status.reasons == ("media-empty",)


def test_low_toner_is_a_warning_only() -> None:
    status = describe(3, ["toner-low-report", "marker-supply-low-warning"])
    assert status.can_print
    assert status.headline == "L'imprimante fonctionne, avec une alerte."
    assert len(status.advice) == 2


def test_a_stopped_printer_without_reason_is_explained() -> None:
    status = describe(5, [])
    assert not status.can_print
    assert status.reasons == ("stopped",)
    paused = describe(5, ["paused"])
    assert paused.reasons == ("paused",)


def test_a_queue_refusing_jobs_blocks() -> None:
    status = describe(3, [], accepting=False)
    assert not status.can_print
    assert status.reasons == ("not-accepting",)


def test_an_unreachable_service_blocks() -> None:
    status = describe(None, [])
    assert not status.can_print
    assert status.reasons == ("unreachable",)


def test_english_is_available() -> None:
    status = describe(3, ["media-jam"], language="en")
    assert status.headline == "The printer cannot print right now. Tell the reception."
    assert status.advice[0].startswith("Paper is jammed")


def test_unknown_reasons_are_kept_without_advice() -> None:
    status = describe(3, ["vendor-specific-thing-report"])
    assert status.can_print
    assert status.reasons == ("vendor-specific-thing",)
    assert status.advice == ()


@pytest.mark.parametrize("reason", sorted(BLOCKING_REASONS))
def test_every_blocking_reason_has_words(reason: str) -> None:
    assert reason in REASONS
    french, english = REASONS[reason]
    assert french.endswith(".")
    assert english.endswith(".")


def test_suffixes_are_removed() -> None:
    assert reason_keyword("media-empty-error") == "media-empty"
    assert reason_keyword("offline-report") == "offline"
    assert reason_keyword("paused") == "paused"
