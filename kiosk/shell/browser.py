"""The session's browser: guarded pages in tabs, no address bar, and a plain explanation
in place of any page the whitelist refuses."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QUrl, Signal
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile, QWebEngineScript
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabBar,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.policy import Policy
from kiosk.shell import theme
from kiosk.shell.guard import GuardedPage

FOCUSED_INTO_VIEW = """(() => {
  const field = document.activeElement;
  if (field && field !== document.body) field.scrollIntoView({block: "center"});
})();"""
ZOOM_STEPS = (0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0)
_INPUT = frozenset({QEvent.Type.MouseButtonPress, QEvent.Type.KeyPress,
                    QEvent.Type.TouchBegin, QEvent.Type.Wheel})


class BlockedPanel(QWidget):
    """What a guest sees instead of a refused page, or of a page that stopped working."""

    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = theme.set_role(QLabel(self), "title")
        self.explanation = QLabel(self)
        self.show_refused()
        self.back_button = QPushButton(self.tr("Go back"), self)
        theme.set_kind(self.back_button, "primary")
        self.back_button.setAccessibleName(self.tr("Go back to the previous page"))
        self.back_button.clicked.connect(self.back)
        self.title.setWordWrap(True)
        self.explanation.setWordWrap(True)
        layout = QVBoxLayout(self)
        margin = theme.space(4)
        layout.setContentsMargins(margin, margin, margin, margin)
        layout.addStretch(1)
        for widget in (self.title, self.explanation, self.back_button):
            layout.addWidget(widget)
        layout.addStretch(1)

    def show_refused(self) -> None:
        self.title.setText(self.tr("This site is not available on this computer"))
        self.explanation.setText(self.tr(
            "For your safety, this computer only opens the sites of the services on the home "
            "screen. Ask at the reception if you need another site."))

    def show_crashed(self) -> None:
        self.title.setText(self.tr("This page stopped working"))
        self.explanation.setText(self.tr(
            "Go back, then open the page again. If it happens again, ask at the reception."))


class BrowserTab(QStackedWidget):
    """One tab: the page, or the explanation when the page was refused."""

    def __init__(self, page: GuardedPage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.view = QWebEngineView(self)
        # QtWebEngine's own menu offers "save page", "view source", "open in new window" and
        # "inspect": none of them belongs in a guest session.
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.view.setPage(page)
        self.blocked = BlockedPanel(self)
        self.addWidget(self.view)
        self.addWidget(self.blocked)
        page.navigation_blocked.connect(self._on_blocked)
        page.renderProcessTerminated.connect(self._on_crashed)
        # A refused navigation still reports a (failed) load: only a page that loaded hides
        # the explanation, and only one that started loading after the refusal (the page a
        # guest was on may finish loading just after they clicked a refused link).
        self._loading_since_refusal = True
        page.loadStarted.connect(self._on_load_started)
        page.loadFinished.connect(self._on_loaded)
        self.blocked.back.connect(lambda: self.setCurrentWidget(self.view))

    def _on_load_started(self) -> None:
        self._loading_since_refusal = True

    def _on_loaded(self, ok: bool) -> None:  # noqa: FBT001 - Qt's signal
        if ok and self._loading_since_refusal:
            self.setCurrentWidget(self.view)

    def _on_blocked(self, _host: str, _reason: str, main_frame: bool) -> None:  # noqa: FBT001
        if main_frame:
            self._loading_since_refusal = False
            self.blocked.show_refused()
            self.setCurrentWidget(self.blocked)

    def _on_crashed(self, status: QWebEnginePage.RenderProcessTerminationStatus,
                    _exit_code: int) -> None:
        # A page that crashed shows an explanation inside the shell, never a desktop.
        if status != QWebEnginePage.RenderProcessTerminationStatus.NormalTerminationStatus:
            self.blocked.show_crashed()
            self.setCurrentWidget(self.blocked)

    @property
    def showing_refusal(self) -> bool:
        return self.currentWidget() is self.blocked


class Browser(QWidget):
    """Back, forward, home, zoom and reload over tabs of guarded pages."""

    home_requested = Signal()
    activity = Signal()  # the guest clicked, touched or typed in a page
    print_requested = Signal()  # a page (or the PDF viewer's button) asked to print
    navigation_refused = Signal(str)  # the host of a page or pop-up the whitelist refused
    popup_refused = Signal()  # a page asked for one tab more than the cap

    def __init__(self, profile: QWebEngineProfile, policy: Policy,
                 parent: QWidget | None = None, *, max_tabs: int = 10) -> None:
        super().__init__(parent)
        self.profile = profile
        self.policy = policy
        # A page that opens pop-ups in a loop would take the memory of the station.
        self.max_tabs = max_tabs
        # What the file picker of web forms may offer: set by the window for each session.
        self.pick_files: Callable[[bool], list[Path]] | None = None
        self.documents: Path | None = None
        self.base_zoom = 1.0  # "Grand texte" makes every page larger
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.tabBar().setElideMode(Qt.TextElideMode.ElideRight)
        self.tabs.tabBar().setExpanding(False)
        self.buttons: dict[str, QPushButton] = {}
        toolbar = QHBoxLayout()
        for name, text, accessible, action in (
            ("back", self.tr("◀ Back"), self.tr("Previous page"), self.back),
            ("forward", self.tr("Forward ▶"), self.tr("Next page"), self.forward),
            ("home", self.tr("Home"), self.tr("Back to the list of services"),
             self.home_requested.emit),
            ("zoom_out", self.tr("A-"), self.tr("Smaller text"), self.zoom_out),
            ("zoom_in", self.tr("A+"), self.tr("Larger text"), self.zoom_in),
            ("reload", self.tr("Reload"), self.tr("Load the page again"), self.reload),
        ):
            button = QPushButton(text, self)
            # What a screen reader says starts with what the button shows.
            button.setAccessibleName(f"{text} : {accessible}")
            button.clicked.connect(action)
            toolbar.addWidget(button)
            self.buttons[name] = button
        layout = QVBoxLayout(self)
        layout.addLayout(toolbar)
        layout.addWidget(self.tabs)

    def open(self, url: str) -> BrowserTab:
        """Open a service's page in a new tab (in the current one when the tabs are at their
        cap)."""
        current = self.current()
        if current is not None and self.tabs.count() >= self.max_tabs:
            current.setCurrentWidget(current.view)
            current.page.setUrl(QUrl(url))
            return current
        # Pages belong to the browser, so they always go before the profile does.
        tab = self._add_tab(GuardedPage(self.profile, self.policy, self))
        tab.page.setUrl(QUrl(url))
        return tab

    def _add_tab(self, page: GuardedPage) -> BrowserTab:
        page.popups_in_tabs = True
        page.may_open_popup = lambda: self.tabs.count() < self.max_tabs
        page.pick_files, page.documents = self.pick_files, self.documents
        page.popup_opened.connect(self._adopt_popup)
        page.popup_refused.connect(self.popup_refused)
        page.navigation_blocked.connect(
            lambda host, _reason, _main_frame: self.navigation_refused.emit(host))
        # window.print() and the PDF viewer's print button go through the shell's own print.
        page.printRequested.connect(self.print_requested)
        page.printRequestedByFrame.connect(
            lambda frame: None if frame.isMainFrame() else self.print_requested.emit())
        tab = BrowserTab(page, self.tabs)
        tab.view.setZoomFactor(self.base_zoom)
        tab.view.installEventFilter(self)
        page.loadFinished.connect(lambda _ok, v=tab.view: self._watch_input(v))
        self.tabs.addTab(tab, "…")
        # A close button of the shell's size, named for the page it closes.
        close = QPushButton("✕", self.tabs)
        close.setAccessibleName(self.tr("✕ Close this page"))
        close.clicked.connect(lambda _checked=False, t=tab: self._close_tab(self.tabs.indexOf(t)))
        self.tabs.tabBar().setTabButton(self.tabs.indexOf(tab), QTabBar.ButtonPosition.RightSide,
                                        close)
        page.titleChanged.connect(lambda title, t=tab, c=close: self._titled(t, c, title))
        self.tabs.setCurrentWidget(tab)
        return tab

    def _titled(self, tab: BrowserTab, close: QPushButton, title: str) -> None:
        index = self.tabs.indexOf(tab)
        if index < 0:
            return
        self.tabs.setTabText(index, title[:40])
        self.tabs.setTabToolTip(index, title)
        close.setAccessibleName(self.tr("✕ Close the page %1").replace("%1", title[:80]))

    def focused_into_view(self) -> None:
        """Bring the page's focused field to the middle of the view (the on-screen keyboard
        has just taken the bottom of the screen)."""
        if (tab := self.current()) is not None:
            tab.page.runJavaScript(FOCUSED_INTO_VIEW,
                                   QWebEngineScript.ScriptWorldId.ApplicationWorld)

    def set_base_zoom(self, factor: float) -> None:
        """Every page, and every page opened later, at `factor`."""
        self.base_zoom = factor
        for index in range(self.tabs.count()):
            tab = self.tabs.widget(index)
            if isinstance(tab, BrowserTab):
                tab.view.setZoomFactor(factor)

    def _watch_input(self, view: QWebEngineView) -> None:
        # Input reaches a page through the view's focus proxy, which exists once it renders.
        proxy = view.focusProxy()
        if proxy is not None and not proxy.property("kioskWatched"):
            proxy.setProperty("kioskWatched", True)  # noqa: FBT003 - a Qt property value
            proxy.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt
        if event.type() in _INPUT:
            self.activity.emit()
        return super().eventFilter(watched, event)

    def _adopt_popup(self, page: QWebEnginePage) -> None:
        if isinstance(page, GuardedPage):
            self._add_tab(page)

    def _close_tab(self, index: int) -> None:
        if index < 0:
            return
        tab = self.tabs.widget(index)
        self.tabs.removeTab(index)
        if isinstance(tab, BrowserTab):
            tab.view.setPage(None)  # type: ignore[arg-type]
            tab.page.deleteLater()
            tab.deleteLater()

    def current(self) -> BrowserTab | None:
        tab = self.tabs.currentWidget()
        return tab if isinstance(tab, BrowserTab) else None

    def back(self) -> None:
        if (tab := self.current()) is not None:
            if tab.showing_refusal:
                tab.setCurrentWidget(tab.view)
            else:
                tab.view.back()

    def forward(self) -> None:
        if (tab := self.current()) is not None:
            tab.view.forward()

    def reload(self) -> None:
        if (tab := self.current()) is not None:
            tab.view.reload()

    def zoom_in(self) -> None:
        self._zoom(+1)

    def zoom_out(self) -> None:
        self._zoom(-1)

    def _zoom(self, step: int) -> None:
        if (tab := self.current()) is None:
            return
        factor = tab.view.zoomFactor()
        index = min(range(len(ZOOM_STEPS)), key=lambda i: abs(ZOOM_STEPS[i] - factor))
        tab.view.setZoomFactor(ZOOM_STEPS[max(0, min(len(ZOOM_STEPS) - 1, index + step))])

    def close_all(self) -> None:
        while self.tabs.count():
            self._close_tab(0)
