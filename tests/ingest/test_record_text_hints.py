"""A record whose text field is empty is named as empty, without a --field hint (the field is
there, nothing maps it wrong); a missing text field still says how to map one."""

from __future__ import annotations

import json
from pathlib import Path

from corroborator.ingest import read_sources
from corroborator.settings import Settings


def test_an_empty_text_gets_no_mapping_hint_and_a_missing_one_does(tmp_path: Path) -> None:
    path = tmp_path / "articles.jsonl"
    records = [{"text": "  ", "outlet": "Gazette"}, {"body": "The mayor resigned on Monday."}]
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    empty, missing = read_sources([path], Settings()).skipped
    assert empty.reason == f"{path}:1: text field 'text' empty (keys: outlet, text)"
    assert missing.reason == (
        f"{path}:2: text field 'text' missing (keys: body); pass --field text=KEY"
    )
