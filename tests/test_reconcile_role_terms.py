"""Two terms of a one-person role (reconcile.TERMS_VOICES, _two_terms): when each of two
holders of a title is named in it by several independent reports, the story tells a
predecessor and a successor, not reports that disagree on who holds it; one report naming a
stranger in the title against several naming the holder is still disputed. Hand-written
reports, real spaCy parses (reconcile_reads.story_facets)."""

from __future__ import annotations

import corroborator.reconcile as reconcile
from reconcile_reads import contradicted, story_facets

# each report in its own words: a sentence two reports print alike is one voice (COPIED_SENTENCES)
KEMPTHORNE = (
    "Interior Secretary {name} announced changes to the Endangered Species Act {when}Thursday. "
    "Environmental groups criticised the move."
)
SALAZAR = (
    "Interior Secretary {name} rescinded the changes to the Endangered Species Act {when}Tuesday. "
    "Environmental groups welcomed the move."
)


def _reports(first: list[str], second: list[str]):
    outlets = iter(("Wire", "Daily", "Post", "Herald", "Times", "Ledger"))
    when = ("on ", "late on ", "early on ")
    return [
        (next(outlets), KEMPTHORNE.format(name=n, when=w))
        for n, w in zip(first, when, strict=False)
    ] + [
        (next(outlets), SALAZAR.format(name=n, when=w)) for n, w in zip(second, when, strict=False)
    ]


def test_two_holders_each_named_by_several_reports_are_two_terms(nlp):
    facets = story_facets(
        nlp,
        _reports(["Dirk Kempthorne", "Dirk Kempthorne"], ["Ken Salazar", "Ken Salazar"]),
    )
    holders = [f for f in facets if f.attribute == reconcile.ROLE_HOLDER]
    assert holders  # the title is a facet, with both holders ...
    assert {v.label for f in holders for v in f.values} >= {"Dirk Kempthorne", "Ken Salazar"}
    assert not contradicted(facets, reconcile.ROLE_HOLDER)  # ... and no dispute


def test_one_report_naming_a_stranger_in_the_title_is_disputed(nlp):
    facets = story_facets(
        nlp,
        _reports(["Dirk Kempthorne", "Dirk Kempthorne"], ["Ingrid Solberg"]),
    )
    (holder,) = contradicted(facets, reconcile.ROLE_HOLDER)
    assert {v.label for v in holder.values} == {"Dirk Kempthorne", "Ingrid Solberg"}


def test_two_terms_need_the_voices_on_each_side(nlp, monkeypatch):
    """With fewer voices than TERMS_VOICES on a side, the two holders are disputed again."""
    monkeypatch.setattr(reconcile, "TERMS_VOICES", 3)
    facets = story_facets(
        nlp,
        _reports(["Dirk Kempthorne", "Dirk Kempthorne"], ["Ken Salazar", "Ken Salazar"]),
    )
    assert contradicted(facets, reconcile.ROLE_HOLDER)
