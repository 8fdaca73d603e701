"""The public API of corroborator.ingest: a sorted __all__ of importable names."""

from __future__ import annotations

import importlib


def test_all_is_sorted_and_importable() -> None:
    # by module path: the package corroborator may export a function named ``ingest``
    ingest = importlib.import_module("corroborator.ingest")
    assert ingest.__all__ == sorted(ingest.__all__, key=lambda n: (not n.isupper(), n))
    for name in ingest.__all__:
        assert getattr(ingest, name) is not None
