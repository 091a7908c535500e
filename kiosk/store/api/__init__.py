"""The store's versioned HTTP API (/api/v1)."""
