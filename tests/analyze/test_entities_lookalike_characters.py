"""Entity keys fold look-alike characters (``LOOKALIKE_FOLD`` in ``names.fold``): a typographic
apostrophe, quote or hyphen keys a name as its plain form does, so "James O’Neill" and
"O'Neill said" are one person (person:o'neill), never two voices. Attribution finds a speaker's
entity and borrows an earlier full name under the same fold. Checked on the real parse."""

from __future__ import annotations

from corroborator import names
from corroborator.analyze.attribution import extract_attributions
from corroborator.analyze.entities import entity_key, extract_entities
from corroborator.analyze.nlp import parse
from corroborator.model import Article

TWO_APOSTROPHES = (
    "NYPD Commissioner James O’Neill spoke at the scene on Saturday. "
    "O'Neill said the cause of the blast was not known."
)


def _read(nlp, text):
    article = Article(id="t", text=text, source="test")
    doc = next(parse(nlp, [text]))
    _, mentions = extract_entities(doc, article)
    return article, mentions, extract_attributions(doc, article, mentions)


def test_typographic_apostrophes_quotes_and_hyphens_fold_to_the_plain_ones():
    assert names.fold("O’Neill") == names.fold("O'Neill") == "o'neill"
    assert names.fold("Jean‐Pierre") == names.fold("Jean–Pierre") == names.fold("Jean-Pierre")
    assert names.fold("“Ramos”") == names.fold('"Ramos"')
    assert entity_key("James O’Neill", "PERSON") == entity_key("O'Neill", "PERSON")


def test_other_letters_and_the_em_dash_stay_apart():
    assert entity_key("O'Neill", "PERSON") != entity_key("O'Neal", "PERSON")
    # a break, not a joined name
    assert names.fold("Clinton — Kaine") != names.fold("Clinton - Kaine")


def test_one_person_written_with_two_apostrophes_is_one_key_and_one_speaker(nlp):
    article, mentions, atts = _read(nlp, TWO_APOSTROPHES)
    keys = {m.entity for m in mentions if "neill" in m.entity}
    assert keys == {"person:o'neill"}
    said = [a for a in atts if article.text[a.cue.start : a.cue.end] == "said"]
    assert said and said[0].source.entity == "person:o'neill"
    assert said[0].source.name == "James O’Neill"  # the full name borrowed across the fold


def test_without_the_fold_the_two_apostrophes_are_two_people(nlp, monkeypatch):
    monkeypatch.setattr(names, "LOOKALIKE_FOLD", str.maketrans({}))
    _, mentions, _ = _read(nlp, TWO_APOSTROPHES)
    assert len({m.entity for m in mentions if "neill" in m.entity}) == 2
