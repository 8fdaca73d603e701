"""The "Statements by speaker" part groups a person's statements by their voice, however the
text introduces them ("Former Pennsylvania Gov. Ed Rendell", "Clinton surrogate Ed Rendell"),
labelled with the fullest name written; two people sharing a surname stay apart."""

from __future__ import annotations

import pytest

from corroborator import Settings, Store, run
from corroborator.render import speakers
from corroborator.render.markdown import render_markdown

STORY = """Rendell Backs Clinton Plan

PHILADELPHIA — Former Pennsylvania Gov. Ed Rendell said on Monday that the campaign would open \
twelve new offices in the state.

Clinton surrogate Ed Rendell told reporters that the candidate would visit Pittsburgh next week.

Former President Bill Clinton said the economy had grown faster under Democrats.

Hillary Clinton said she would raise the minimum wage to $15 an hour.

Hillary Clinton also said she would protect Social Security.
"""


@pytest.fixture(scope="module")
def dossier(tmp_path_factory):
    folder = tmp_path_factory.mktemp("speakers")
    (folder / "rendell.txt").write_text(STORY, encoding="utf-8")
    with Store(folder / "a.db") as store:
        (found,) = run([str(folder)], store, Settings()).dossiers
    return found


def by_label(dossier) -> dict[str, list[str]]:
    return {label: [f.subject for f in facets] for label, facets in speakers(dossier)}


def test_one_voice_introduced_two_ways_is_one_speaker(dossier):
    groups = by_label(dossier)
    rendell = [label for label in groups if "Rendell" in label]
    assert rendell == ["Former Pennsylvania Gov. Ed Rendell"]  # the first of the fullest names
    assert groups[rendell[0]] == [
        "Former Pennsylvania Gov. Ed Rendell",
        "Clinton surrogate Ed Rendell",
    ]
    assert "### Former Pennsylvania Gov. Ed Rendell — 2 statements" in render_markdown(dossier)


def test_two_people_of_one_surname_stay_apart(dossier):
    # both are person:clinton to the reconciler; their given names tell them apart
    voices = {
        f.values[0].evidence[0].voice
        for _, facets in speakers(dossier)
        for f in facets
        if f.subject.endswith(" Clinton")
    }
    assert voices == {"person:clinton"}
    clinton = [label for label in by_label(dossier) if label.endswith("Clinton")]
    assert len(clinton) == 2
    assert any("Bill" in label for label in clinton) and any(
        "Hillary" in label for label in clinton
    )


def test_a_bare_surname_joins_the_one_person_of_that_voice():
    from corroborator.render import _given_name, _name_words

    assert _name_words("Former Pennsylvania Gov. Ed Rendell", "rendell") == ["Ed", "Rendell"]
    assert _name_words("Vice President Joseph R. Biden Jr.", "biden") == [
        "Joseph",
        "R.",
        "Biden",
        "Jr.",
    ]
    assert _name_words("Rival Hillary Clinton", "clinton") == ["Hillary", "Clinton"]
    assert _name_words("the senator", "cruz") is None
    assert _given_name(["Joseph", "R.", "Biden", "Jr."]) == "joseph"
    assert _given_name(["Rendell"]) is None


NICKNAMED = """Clinton Campaigns In Ohio

COLUMBUS — Former President William Clinton said on Monday that the campaign would open \
twelve new offices in the state.

Bill Clinton told reporters that the candidate would visit Toledo next week.
"""


def test_a_given_name_and_its_nickname_are_one_speaker(tmp_path):
    # "William" and "Bill" are one given name (names.NICKNAMES), as in the entity keys
    (tmp_path / "ohio.txt").write_text(NICKNAMED, encoding="utf-8")
    with Store(tmp_path / "a.db") as store:
        (found,) = run([str(tmp_path)], store, Settings()).dossiers
    clinton = {label: n for label, n in by_label(found).items() if label.endswith("Clinton")}
    assert list(clinton) == ["Former President William Clinton"]
    assert len(clinton["Former President William Clinton"]) == 2


def test_an_outlet_in_its_own_voice_is_named_as_its_chains_name_it(tmp_path, examples_dir):
    # the tabloid seed says things in its own voice ("… was also reportedly heard by General
    # Viktor Zolotov"); with an outlet named in lower case, as a feed or sidecar may name it, its
    # statements are headed 'daily-express', as every chain names it, not 'Daily-express'
    tabloid = "000_3952b77df38d3d1b.txt"
    (tmp_path / tabloid).write_bytes((examples_dir / tabloid).read_bytes())
    (tmp_path / "sources.csv").write_text(
        f"file,outlet,url,published,title\n{tabloid},daily-express,,2023-07-06,\n",
        encoding="utf-8",
    )
    with Store(tmp_path / "a.db") as store:
        (found,) = run([str(tmp_path)], store, Settings()).dossiers
    labels = [label for label, _ in speakers(found)]
    assert "daily-express" in labels and "Daily-express" not in labels
    markdown = render_markdown(found)
    assert "- daily-express **says: “was also reportedly heard by General" in markdown
    assert "Daily-express" not in markdown
