"""Benchmarks that anyone can rerun with `kiosk bench …`."""
