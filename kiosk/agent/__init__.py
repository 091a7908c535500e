"""The station agent: what a guest PC runs beside the shell to talk to the central store."""
