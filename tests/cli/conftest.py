"""The command-line tests use the real store of the agent's tests."""

from tests.agent.conftest import live_store

__all__ = ["live_store"]
