"""The whitelist's three gates inside QtWebEngine (design §5).

1. Every request of every page of a session's profile goes through `WhitelistInterceptor`
   (pages and frames decided as navigation, everything else as sub-requests), on
   QtWebEngine's network thread.
2. `GuardedPage.acceptNavigationRequest` refuses a page before it is even requested, so the
   shell can show its own explanation instead of an error.
3. `GuardedPage.createWindow` never opens a free window: a pop-up becomes a guarded page of
   the same profile (a tab of the shell), whose every navigation passes gate 2.

The Qt callbacks only turn what Qt gives them into a URL string and hand it to the policy;
all decisions are the policy's. Refusals are reported with the host only (never a path,
never a query: they can hold personal data).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtWebEngineCore import (
    QWebEngineDownloadRequest,
    QWebEnginePage,
    QWebEngineProfile,
    QWebEngineSettings,
    QWebEngineUrlRequestInfo,
    QWebEngineUrlRequestInterceptor,
)
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QWidget

from kiosk.core.policy import Policy, RequestKind
from kiosk.core.urls import UrlRefused, parse_web_url
from kiosk.shell.dialogs import MessageDialog
from kiosk.shell.sessionfs import SessionFolder, safe_file_name, unique_path

_PAGE_RESOURCES = frozenset({
    QWebEngineUrlRequestInfo.ResourceType.ResourceTypeMainFrame,
    QWebEngineUrlRequestInfo.ResourceType.ResourceTypeSubFrame,
    QWebEngineUrlRequestInfo.ResourceType.ResourceTypeNavigationPreloadMainFrame,
    QWebEngineUrlRequestInfo.ResourceType.ResourceTypeNavigationPreloadSubFrame,
})

# Attributes that would let a page reach outside the whitelist or the shell.
_LOCKED_DOWN = {
    QWebEngineSettings.WebAttribute.LocalContentCanAccessFileUrls: False,
    QWebEngineSettings.WebAttribute.LocalContentCanAccessRemoteUrls: False,
    QWebEngineSettings.WebAttribute.NavigateOnDropEnabled: False,
    QWebEngineSettings.WebAttribute.ScreenCaptureEnabled: False,
    QWebEngineSettings.WebAttribute.PluginsEnabled: False,
    QWebEngineSettings.WebAttribute.AllowRunningInsecureContent: False,
    QWebEngineSettings.WebAttribute.AllowGeolocationOnInsecureOrigins: False,
    QWebEngineSettings.WebAttribute.JavascriptCanAccessClipboard: False,
    QWebEngineSettings.WebAttribute.JavascriptCanPaste: False,
    QWebEngineSettings.WebAttribute.AllowWindowActivationFromJavaScript: False,
    QWebEngineSettings.WebAttribute.HyperlinkAuditingEnabled: False,
    QWebEngineSettings.WebAttribute.DnsPrefetchEnabled: False,
    QWebEngineSettings.WebAttribute.PdfViewerEnabled: True,  # the in-shell PDF viewer
}


def host_of(url: str) -> str:
    """The host of a URL for a refusal report, or "" when it has none worth reporting."""
    try:
        return parse_web_url(url).host
    except UrlRefused:
        return ""


def qurl_text(url: QUrl) -> str:
    # Fully encoded: the form closest to what the network stack will send.
    return url.toString(QUrl.ComponentFormattingOption.FullyEncoded)


class WhitelistInterceptor(QWebEngineUrlRequestInterceptor):
    """Gate 1: every request of the profile. Runs on QtWebEngine's network thread."""

    # host, kind ("navigation" or "subresource"), reason; queued to the receiver's thread.
    blocked = Signal(str, str, str)

    def __init__(self, policy: Policy, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.policy = policy

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:  # noqa: N802 - Qt
        kind = (RequestKind.NAVIGATION if info.resourceType() in _PAGE_RESOURCES
                else RequestKind.SUBRESOURCE)
        url = qurl_text(info.requestUrl())
        decision = self.policy.decide(url, kind)
        if not decision.allowed:
            info.block(True)  # noqa: FBT003 - Qt's API
            self.blocked.emit(host_of(url), kind.value, decision.reason or "")


class GuardedPage(QWebEnginePage):
    """Gates 2 and 3, and every permission request refused."""

    # host, reason, whether the main frame was refused (the shell then explains it)
    navigation_blocked = Signal(str, str, bool)
    # a pop-up for the shell to show as a tab (when `popups_in_tabs` is set)
    popup_opened = Signal(QWebEnginePage)
    popup_refused = Signal()  # a pop-up beyond the cap on tabs

    def __init__(self, profile: QWebEngineProfile, policy: Policy,
                 parent: QObject | None = None) -> None:
        super().__init__(profile, parent)
        self.policy = policy
        # Without tabs to show them in, an allowed pop-up opens in this page instead.
        self.popups_in_tabs = False
        # Set by the browser: whether one more tab may open (the cap on tabs).
        self.may_open_popup: Callable[[], bool] = lambda: True
        self._opener: GuardedPage | None = None
        # Set by the shell: what the file picker of web forms may offer (nothing otherwise).
        self.pick_files: Callable[[bool], list[Path]] | None = None
        self.documents: Path | None = None
        self.permissionRequested.connect(lambda permission: permission.deny())

    def acceptNavigationRequest(  # noqa: N802 - Qt's name
        self,
        url: QUrl | str,
        _navigation_type: QWebEnginePage.NavigationType,
        is_main_frame: bool,  # noqa: FBT001 - Qt's signature
    ) -> bool:
        text = url if isinstance(url, str) else qurl_text(url)
        decision = self.policy.decide(text, RequestKind.NAVIGATION)
        opener = self._opener
        if opener is not None and text != "about:blank":
            # A pop-up with nowhere to show: its address goes to the page that opened it.
            self._opener = None
            self.deleteLater()
            if decision.allowed:
                opener.setUrl(QUrl(text))
            else:
                opener.navigation_blocked.emit(host_of(text), decision.reason or "",
                                               True)  # noqa: FBT003 - a signal argument
            return False
        if decision.allowed:
            return True
        self.navigation_blocked.emit(host_of(text), decision.reason or "", is_main_frame)
        return False

    def chooseFiles(  # noqa: N802 - Qt's name
        self,
        mode: QWebEnginePage.FileSelectionMode,
        _old_files: Sequence[str],
        _accepted_mime_types: Sequence[str],
    ) -> list[str]:
        """Web forms see the session's documents only, whatever the picker returns."""
        if self.pick_files is None or self.documents is None:
            return []
        several = mode == QWebEnginePage.FileSelectionMode.FileSelectOpenMultiple
        inside = self.documents.resolve()
        return [str(path) for path in self.pick_files(several)
                if path.resolve().parent == inside and path.is_file() and not path.is_symlink()]

    # JavaScript's alert, confirm and prompt: asked inside the shell, never in a window of
    # their own, and without the page's address as a title.
    def _dialog_parent(self) -> QWidget | None:
        view = QWebEngineView.forPage(self)
        return view.window() if view is not None else None

    def javaScriptAlert(self, _origin: QUrl | str, message: str) -> None:  # noqa: N802 - Qt
        MessageDialog(message, parent=self._dialog_parent()).exec()

    def javaScriptConfirm(self, _origin: QUrl | str, message: str) -> bool:  # noqa: N802 - Qt
        dialog = MessageDialog(message, cancel=True, parent=self._dialog_parent())
        return dialog.exec() == MessageDialog.DialogCode.Accepted

    def javaScriptPrompt(self, _origin: QUrl | str, message: str,  # noqa: N802 - Qt
                         default: str) -> tuple[bool, str]:
        dialog = MessageDialog(message, cancel=True, answer=default,
                               parent=self._dialog_parent())
        accepted = dialog.exec() == MessageDialog.DialogCode.Accepted
        return accepted, dialog.answer.text() if accepted and dialog.answer else ""

    # Qt takes a null page: nothing opens.
    def createWindow(  # type: ignore[override]  # noqa: N802 - Qt's name
            self, _window_type: QWebEnginePage.WebWindowType,
    ) -> QWebEnginePage | None:
        if self.popups_in_tabs and not self.may_open_popup():
            self.popup_refused.emit()
            return None  # the page's window.open() gets null; nothing opens
        popup = GuardedPage(self.profile(), self.policy, self)
        popup.may_open_popup = self.may_open_popup
        popup.pick_files, popup.documents = self.pick_files, self.documents
        if self.popups_in_tabs:
            popup.popups_in_tabs = True
            self.popup_opened.emit(popup)
        else:
            popup._opener = self
        return popup


def harden(profile: QWebEngineProfile, interceptor: WhitelistInterceptor) -> None:
    """Lock a session's profile down: the interceptor, and nothing that reaches outside."""
    settings = profile.settings()
    for attribute, value in _LOCKED_DOWN.items():
        settings.setAttribute(attribute, value)
    profile.setUrlRequestInterceptor(interceptor)


class SessionDownloads(QObject):
    """Downloads go to the session's Documents folder only, under a safe name; saving a
    whole page is refused. A download from an address the whitelist refuses is cancelled.

    Downloads and scans share the session's disk quota: a download whose announced size
    does not fit is refused before it starts, and every download is measured while it is
    written (what the folder holds plus what is arriving), so one without an announced size,
    or one that lied about it, is stopped as soon as it passes the quota."""

    saved = Signal(str)  # the file's name in Documents, for "My documents" (never sent)
    refused = Signal(str)  # the host
    stopped = Signal(str)  # a sentence for the guest: why a download was stopped

    def __init__(self, profile: QWebEngineProfile, policy: Policy, folder: SessionFolder,
                 quota_bytes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.policy = policy
        self.folder = folder
        self.quota_bytes = quota_bytes
        self._active: dict[Path, QWebEngineDownloadRequest] = {}
        profile.downloadRequested.connect(self._requested)

    @property
    def documents(self) -> Path:
        return self.folder.documents

    def _requested(self, download: QWebEngineDownloadRequest) -> None:
        url = qurl_text(download.url())
        from_page_itself = url.startswith(("blob:", "data:"))
        if download.isSavePageDownload() or not (
                from_page_itself or self.policy.decide(url, RequestKind.SUBRESOURCE).allowed):
            download.cancel()
            self.refused.emit(host_of(url))
            return
        announced = download.totalBytes()
        if announced > 0 and self._used_bytes() + announced > self.quota_bytes:
            download.cancel()
            self.stopped.emit(self.tr(
                "This document is too large for the space left in your session (%1). It was "
                "not downloaded. Delete documents in My documents to make room.")
                .replace("%1", self._size_text(self.quota_bytes - self._used_bytes())))
            return
        target = unique_path(self.documents, safe_file_name(download.suggestedFileName()))
        download.setDownloadDirectory(str(self.documents))
        download.setDownloadFileName(target.name)
        self._active[target] = download
        download.receivedBytesChanged.connect(lambda: self._measure(download, target))
        download.isFinishedChanged.connect(lambda: self._finished(download, target))
        download.accept()

    def _used_bytes(self) -> int:
        """What the folder holds, with what is still arriving counted as received."""
        arriving = {path: download.receivedBytes() for path, download in self._active.items()}
        return self.folder.used_bytes(excluding=set(arriving)) + sum(arriving.values())

    def _measure(self, download: QWebEngineDownloadRequest, target: Path) -> None:
        if target not in self._active or self._used_bytes() <= self.quota_bytes:
            return
        del self._active[target]
        download.cancel()
        target.unlink(missing_ok=True)
        self.stopped.emit(self.tr(
            "The download was stopped: the space for your session's documents (%1) is full. "
            "Delete documents in My documents to make room.")
            .replace("%1", self._size_text(self.quota_bytes)))

    def _finished(self, download: QWebEngineDownloadRequest, target: Path) -> None:
        self._active.pop(target, None)
        state = download.state()
        if state == QWebEngineDownloadRequest.DownloadState.DownloadCompleted:
            self.saved.emit(download.downloadFileName())
        elif state == QWebEngineDownloadRequest.DownloadState.DownloadInterrupted:
            target.unlink(missing_ok=True)
            self.stopped.emit(self.tr("The download did not finish. Try again, or ask at the "
                                      "reception."))

    def _size_text(self, count: int) -> str:
        megabytes = max(count, 0) / 1_000_000
        return self.tr("%1 MB").replace("%1", f"{megabytes:.0f}" if megabytes >= 10
                                        else f"{megabytes:.1f}")
