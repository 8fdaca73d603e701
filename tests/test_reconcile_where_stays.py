"""A stay of one moment told in a "where" clause makes no life story of its report: the report's
earlier move and its stay still dispute another report's stay (_told_as_moves)."""

from __future__ import annotations

import json

from corroborator import Settings, Store, run


def whereabouts(tmp_path, reports):
    """The whereabouts facets of one story of the given (outlet, text) reports."""
    corpus = tmp_path / "story.jsonl"
    corpus.write_text(
        "\n".join(
            json.dumps({"text": text, "outlet": outlet, "published": "2023-07-06"})
            for outlet, text in reports
        )
    )
    with Store(tmp_path / "a.db") as store:
        report = run([corpus], store, Settings())
    return [f for d in report.dossiers for f in d.facets if f.attribute == "location"]


def test_a_stay_after_a_move_still_disputes_another_report(tmp_path):
    (where,) = whereabouts(
        tmp_path,
        [
            (
                "Tabloid",
                "Yevgeny Prigozhin left for Belarus after the mutiny. On Saturday the generals "
                "gathered at the Kremlin, where Prigozhin was summoned.",
            ),
            ("Wire", "Yevgeny Prigozhin is in St Petersburg, Alexander Lukashenko said Thursday."),
        ],
    )
    assert where.verdict == "contradicted"
    labels = {v.label for v in where.values}
    assert {"in Belarus", "in the Kremlin", "in Saint Petersburg"} <= labels
