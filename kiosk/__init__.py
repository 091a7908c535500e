"""Guest workstation kiosk for the free-access PCs of French social centres."""

__version__ = "0.1.0"
