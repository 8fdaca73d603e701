"""A denial of someone's part in an event is no evidence that it took place
(reconcile._denied_part_in). Hand-written reports, real spaCy parses
(reconcile_reads.story_facets).

"The Saudi government has strongly denied any involvement in the 9/11 terror attacks" names the
attacks in a denial of its own part in them: it tells neither that they happened nor that they
did not. A denial of the event itself ("Russia denied attacking the convoy") still tells that it
did not happen.
"""

from __future__ import annotations

from reconcile_reads import story_facets


def _occurred(nlp, text):
    return {
        v.value
        for f in story_facets(nlp, [("wire", text)])
        if f.attribute == "occurred"
        for v in f.values
    }


def test_a_denied_part_in_an_attack_tells_nothing_of_it(nlp):
    text = (
        "The attempt included members of the Saudi government, which has strongly denied any "
        "involvement in the 9/11 terror attacks."
    )
    assert "happened" not in _occurred(nlp, text)


def test_a_denied_role_in_a_killing_tells_nothing_of_it(nlp):
    text = "Moscow has denied any role in the killing of Boris Nemtsov on Friday."
    assert "happened" not in _occurred(nlp, text)


def test_a_denied_attack_did_not_happen(nlp):
    assert _occurred(nlp, "Russia denied attacking the convoy on Monday.") == {"did not happen"}


def test_a_stated_attack_happened(nlp):
    assert _occurred(nlp, "The 9/11 terror attacks killed nearly 3,000 people.") == {"happened"}
