"""The lock screen, in French, driven by touch and by keyboard."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.shell import i18n
from kiosk.shell.lockscreen import LockScreen


@pytest.fixture
def screen(qtbot: QtBot, french: None) -> LockScreen:
    widget = LockScreen()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_it_speaks_french(screen: LockScreen) -> None:
    assert screen.title.text() == "Entrez votre code d’accès"
    assert "accueil" in screen.help.text()
    assert screen.keys["ok"].text() == "Valider"
    assert screen.keys["erase"].accessibleName() == "Effacer le dernier caractère"
    assert screen.field.accessibleName() == "Code d’accès"
    screen.set_place("Centre social Nord", "09:00-12:00, 13:30-18:00")
    assert screen.hours.text() == "Ouvert aujourd’hui : \u206609:00-12:00, 13:30-18:00\u2069"
    screen.set_place("Centre social Nord", "")
    assert screen.hours.text() == "Fermé aujourd’hui"


def test_typing_on_the_keypad(qtbot: QtBot, screen: LockScreen) -> None:
    for symbol in "K7M29":
        qtbot.mouseClick(screen.keys[symbol], Qt.MouseButton.LeftButton)
    assert screen.field.text() == "K7M2-9"
    qtbot.mouseClick(screen.keys["erase"], Qt.MouseButton.LeftButton)
    assert screen.field.text() == "K7M2"
    for symbol in "9QHXT":
        qtbot.mouseClick(screen.keys[symbol], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(screen.code_submitted) as submitted:
        qtbot.mouseClick(screen.keys["ok"], Qt.MouseButton.LeftButton)
    assert submitted.args == ["K7M2-9QHX-T"]


def test_typing_on_a_keyboard_is_forgiving(qtbot: QtBot, screen: LockScreen) -> None:
    qtbot.keyClicks(screen.field, "k7m2 9qhx to")
    assert screen.field.text() == "K7M2-9QHX-T"
    with qtbot.waitSignal(screen.code_submitted) as submitted:
        qtbot.keyClick(screen.field, Qt.Key.Key_Return)
    assert submitted.args == ["K7M2-9QHX-T"]


def test_nothing_is_sent_empty_and_a_refusal_is_shown(qtbot: QtBot, screen: LockScreen) -> None:
    with qtbot.assertNotEmitted(screen.code_submitted):
        qtbot.mouseClick(screen.keys["ok"], Qt.MouseButton.LeftButton)
    screen.show_refusal("Ce code n’existe pas. Vérifiez le ticket, ou demandez à l’accueil.")
    assert screen.message.isVisible()
    qtbot.keyClicks(screen.field, "K")
    assert not screen.message.isVisible()
    screen.clear()
    assert screen.field.text() == ""


def test_the_wait_for_the_store_is_said_and_takes_no_other_code(
        qtbot: QtBot, screen: LockScreen) -> None:
    qtbot.keyClicks(screen.field, "K7M29QHXT")
    with qtbot.waitSignal(screen.code_submitted):
        qtbot.mouseClick(screen.keys["ok"], Qt.MouseButton.LeftButton)
    screen.set_checking(checking=True)  # as the shell does while the store answers
    assert screen.message.isVisible()
    assert screen.message.text() == "Vérification du code…"
    assert screen.message.accessibleName() == "Vérification du code…"
    assert screen.spinner.isVisible()  # it moves: the screen has not frozen
    with qtbot.assertNotEmitted(screen.code_submitted):
        qtbot.mouseClick(screen.keys["ok"], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(screen.keys["A"], Qt.MouseButton.LeftButton)
        qtbot.keyClick(screen.field, Qt.Key.Key_Return)
    assert screen.field.text() == "K7M2-9QHX-T"
    refusal = "Ce code n’existe pas. Vérifiez le ticket, ou demandez à l’accueil."
    screen.show_refusal(refusal)
    assert screen.message.text() == refusal
    assert screen.message.accessibleName() == refusal  # read out whole
    assert not screen.spinner.isVisible()
    assert screen.keys["ok"].isEnabled()


def test_the_goodbye_goes_when_the_next_guest_types(qtbot: QtBot, screen: LockScreen) -> None:
    screen.say_goodbye(erased=True)
    assert screen.message.text() == "Session terminée — tout a été effacé."
    assert screen.message.accessibleName() == screen.message.text()
    qtbot.mouseClick(screen.keys["K"], Qt.MouseButton.LeftButton)
    assert not screen.message.isVisible()
    screen.say_goodbye(erased=False)  # a wipe that could not check everything says less
    assert screen.message.text() == "Session terminée."


def test_a_closed_place_says_so_before_any_typing(qtbot: QtBot, screen: LockScreen) -> None:
    screen.set_place("Centre social Nord", "09:00-12:00", open_now=False)
    assert screen.title.text() == "Le lieu est fermé en ce moment."
    assert not screen.keys["K"].isEnabled()
    assert screen.field.isReadOnly()
    with qtbot.assertNotEmitted(screen.code_submitted):
        qtbot.keyClicks(screen.field, "K7M29QHXT")
        qtbot.keyClick(screen.field, Qt.Key.Key_Return)
    screen.set_place("Centre social Nord", "09:00-12:00", open_now=True)  # opening time
    assert screen.title.text() == "Entrez votre code d’accès"
    assert screen.keys["K"].isEnabled()


def test_english_is_available(qtbot: QtBot, qapp: QApplication) -> None:
    assert i18n.install(qapp, "en") is None
    widget = LockScreen()
    qtbot.addWidget(widget)
    assert widget.title.text() == "Enter your access code"


def test_a_missing_language_falls_back_to_english(qapp: QApplication, tmp_path: Path) -> None:
    assert i18n.compiled("xx", tmp_path) is None
    assert i18n.install(qapp, "xx", cache=tmp_path) is None


def test_the_satisfaction_question_takes_one_tap_and_goes_by_itself(
        qtbot: QtBot, screen: LockScreen) -> None:
    answers: list[str] = []
    screen.satisfaction_answered.connect(answers.append)
    screen.say_goodbye(erased=True, ask=True)
    assert screen.question.isVisible()
    assert not screen.keypad.isVisible()  # the question stands where the keypad was
    assert screen.question.question.text() == "Avez-vous pu faire ce que vous vouliez ?"
    assert [screen.question.buttons[a].text() for a in ("yes", "partly", "no", "skipped")] == [
        "Oui", "En partie", "Non", "Passer"]
    qtbot.mouseClick(screen.question.buttons["partly"], Qt.MouseButton.LeftButton)
    assert answers == ["partly"]
    assert not screen.question.isVisible()
    assert screen.keypad.isVisible()
    assert screen.message.text() == "Merci pour votre réponse."
    # Not answered: counted as such when the goodbye ends, or when the next guest types.
    screen.question_ms = 200
    screen.say_goodbye(erased=True, ask=True)
    with qtbot.waitSignal(screen.goodbye_ended, timeout=3_000):
        pass
    assert answers == ["partly", "skipped"]
    assert not screen.question.isVisible()
    screen.say_goodbye(erased=True, ask=True)
    qtbot.keyClicks(screen.field, "K")
    assert answers == ["partly", "skipped", "skipped"]
    assert screen.field.text() == "K"
    # Without the question, the goodbye is as before and nothing is counted.
    screen.say_goodbye(erased=True)
    assert not screen.question.isVisible()
    assert answers == ["partly", "skipped", "skipped"]
