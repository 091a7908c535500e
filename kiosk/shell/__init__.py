"""The guest shell: the Qt application a citizen uses on a free-access PC."""
