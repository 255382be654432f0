"""Shared fixtures. Data from ../shared is optional: tests that need it skip, saying why."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples" / "articles.jsonl"


def shared(*parts: str) -> Path:
    """A path under ../shared, or skip the test when it is not there."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent (../shared holds the evaluation data)")
    return path


@pytest.fixture(scope="session")
def nlp():
    """The real spaCy model with storygraph's components (loaded once)."""
    from storygraph.nlp import load
    return load()


@pytest.fixture(scope="session")
def nlp_fr():
    """The real French spaCy model (settings' model_fr) with storygraph's components."""
    from storygraph.nlp import load
    from storygraph.settings import Settings
    return load(Settings.load().model_fr)


@pytest.fixture(scope="session")
def artifacts() -> Path:
    path = ROOT / "test-artifacts"
    path.mkdir(exist_ok=True)
    return path
