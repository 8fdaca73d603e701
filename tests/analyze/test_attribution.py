"""Attribution on the two seed articles and on literal sentences, with the real spaCy parse."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from corroborator.analyze.attribution import (
    CUE_NOUNS,
    PUBLICATION_NOUNS,
    SPEECH_VERBS,
    cue_relation,
    extract_attributions,
    find_quotes,
    is_statement,
    relayed_chain,
    split_name_role,
)
from corroborator.analyze.certainty import assess_certainty
from corroborator.model import Article, Mention, Span

DATE_PREFIX = " date 2023-07-10 "


def _article(text: str, **meta: object) -> Article:
    return Article(id="t", text=text, source="test", **meta)


@pytest.fixture(scope="module")
def wion(nlp, examples_dir):
    raw = next(examples_dir.glob("002_*.txt")).read_text(encoding="utf-8")
    assert raw.startswith(DATE_PREFIX)
    article = _article(raw[len(DATE_PREFIX) :], published="2023-07-10", outlet="WION")
    doc = nlp(article.text)
    return article, doc, extract_attributions(doc, article, [])


@pytest.fixture(scope="module")
def tabloid(nlp, examples_dir):
    text = next(examples_dir.glob("000_*.txt")).read_text(encoding="utf-8")
    article = _article(text)
    doc = nlp(article.text)
    return article, doc, extract_attributions(doc, article, [])


def _find(article: Article, atts, content_part: str):
    """The attribution whose content contains ``content_part``."""
    start = article.text.index(content_part)
    hits = [a for a in atts if a.content.start <= start < a.content.end]
    assert hits, f"no attribution covers {content_part!r}"
    return min(hits, key=lambda a: a.content.end - a.content.start)


def _text(article: Article, span: Span) -> str:
    return article.text[span.start : span.end]


def _one(nlp, sentence: str, learned: bool = True):
    article = _article(sentence)
    doc = nlp(sentence)
    return article, doc, extract_attributions(doc, article, [], learned=learned)


# --- the WION article (002) -----------------------------------------------------------------


def test_wion_kremlin_said_on_monday(wion):
    article, _, atts = wion
    a = _find(article, atts, "Russian President Vladimir Putin met")
    assert a.source.name == "Kremlin" and a.source.kind == "organisation"
    assert _text(article, a.cue) == "said"


def test_wion_peskov_indirect_on_record(wion):
    article, doc, atts = wion
    a = _find(article, atts, "the meeting took place on June 29")
    assert a.mode == "indirect"
    assert (a.source.name, a.source.kind, a.source.role) == (
        "Dmitry Peskov",
        "person",
        "Kremlin spokesman",
    )
    assert assess_certainty(doc, a.content, a).grade == "on_record"


def test_wion_pronouns_resolve_to_peskov(wion):
    article, _, atts = wion
    assert _find(article, atts, "the meeting lasted three hours").source.name == "Dmitry Peskov"
    added = _find(article, atts, "listened to accounts")
    assert added.source.name == "Dmitry Peskov"
    assert _text(article, added.cue) == "added"


def test_wion_mixed_quote(wion):
    article, _, atts = wion
    a = _find(article, atts, "gave his assessment")
    assert a.source.name == "Dmitry Peskov"
    assert a.mode in ("mixed", "direct")
    assert _text(article, a.content).startswith("Putin “gave")


def test_wion_lukashenko_told_reporters(wion):
    article, _, atts = wion
    a = _find(article, atts, "it was unclear if the Wagner fighters")
    assert a.source.name == "Alexander Lukashenko"
    assert a.source.role == "Belarusian President"
    assert _text(article, a.cue) == "told"


def test_wion_two_sentence_quote_he_is_lukashenko(wion):
    article, doc, atts = wion
    a = _find(article, atts, "As for Prigozhin")
    assert a.mode == "direct"
    assert a.source.name == "Alexander Lukashenko"
    assert _text(article, a.content) == (
        "“As for Prigozhin, he's in St Petersburg. He is not on the territory of Belarus,\""
    )
    assert assess_certainty(doc, a.content, a).grade == "on_record"


def test_wion_kremlin_not_following(wion):
    article, _, atts = wion
    a = _find(article, atts, "not following")
    assert a.source.kind == "organisation" and a.source.name == "Kremlin"
    assert a.mode == "mixed"


def test_wion_peskov_told_reporters_direct(wion):
    article, _, atts = wion
    a = _find(article, atts, "No, we do not follow his movements")
    assert a.mode == "direct"
    assert a.source.name == "Dmitry Peskov" and a.source.role == "Kremlin spokesman"


def test_wion_lukashenko_claimed_is_hedged(wion):
    article, doc, atts = wion
    a = _find(article, atts, "to have intervened")
    assert a.source.name == "Alexander Lukashenko"
    c = assess_certainty(doc, a.content, a)
    assert c.grade == "hedged" and _text(article, c.cues[0]) == "claimed"


def test_attributions_sorted_and_offsets_valid(wion):
    article, _, atts = wion
    starts = [a.content.start for a in atts]
    assert starts == sorted(starts)
    for a in atts:
        assert 0 <= a.cue.start < a.cue.end <= len(article.text)
        assert 0 <= a.content.start < a.content.end <= len(article.text)


def test_deterministic(nlp, wion):
    article, _, atts = wion
    assert extract_attributions(nlp(article.text), article, []) == atts


def test_mentions_give_entity_keys(nlp, wion):
    article, doc, _ = wion
    start = article.text.index("Dmitry Peskov")
    mentions = [Mention("person:peskov", Span(start, start + len("Dmitry Peskov")))]
    atts = extract_attributions(doc, article, mentions)
    a = _find(article, atts, "the meeting took place on June 29")
    assert a.source.entity == "person:peskov"


# --- the tabloid article (000) --------------------------------------------------------------


def test_tabloid_liberation_chain(tabloid):
    article, _, atts = tabloid
    a = _find(article, atts, "secret service sources had located")
    assert [(s.name, s.kind) for s in a.chain] == [
        ("Libération", "publication"),
        ("secret service sources", "anonymous"),
    ]


def test_tabloid_relayed_chain_and_allegedly(tabloid):
    article, doc, atts = tabloid
    chain = relayed_chain(doc, article, atts)
    assert [s.name for s in chain] == ["Libération", "secret service sources"]
    sent = next(s for s in doc.sents if "it allegedly took place" in s.text)
    c = assess_certainty(doc, Span(sent.start_char, sent.end_char), None)
    assert c.grade == "hedged"
    assert [_text(article, x) for x in c.cues] == ["allegedly"]


def test_tabloid_reports_say_anonymous(tabloid):
    article, doc, atts = tabloid
    a = _find(article, atts, "Sergei Naryshkin, the head")
    assert a.source.kind == "anonymous" and a.source.name == "reports"
    assert assess_certainty(doc, a.content, a).grade in ("anonymous", "hedged")


def test_tabloid_according_to_muratov(tabloid):
    article, doc, atts = tabloid
    a = _find(article, atts, "the Wagner chief may have been tasked")
    assert _text(article, a.cue) == "According to"
    assert (a.source.name, a.source.role) == ("Dmitry Muratov", "Nobel prize-winner")
    c = assess_certainty(doc, a.content, a)
    assert c.grade == "speculation" and "may" in [_text(article, x) for x in c.cues]


def test_tabloid_colon_quote_over_paragraphs(tabloid):
    article, doc, atts = tabloid
    a = _find(article, atts, "I think [Yevgeny Prigozhin]")
    assert a.mode == "direct" and a.source.name == "Dmitry Muratov"
    content = _text(article, a.content)
    assert content.startswith("“I think") and content.endswith("Russia’.”")
    assert "assassination attempt" in content
    assert assess_certainty(doc, a.content, a).grade == "speculation"


def test_wion_has_no_relayed_chain(wion):
    article, doc, atts = wion
    assert relayed_chain(doc, article, atts) == ()


# --- quotations on the characters -----------------------------------------------------------

QUOTE_POSITIVE = [
    ('"We will win," he said.', '"We will win,"'),
    ("“We will win,” he said.", "“We will win,”"),
    ("«Nous gagnerons», a-t-il dit.", "«Nous gagnerons»"),
    ("‘We will win,’ he said.", "‘We will win,’"),
    ('“Mixed marks," he said.', '“Mixed marks,"'),
]


@pytest.mark.parametrize(("text", "quote"), QUOTE_POSITIVE)
def test_find_quotes_styles(text, quote):
    spans = find_quotes(text)
    assert [text[s:e] for s, e in spans] == [quote]


def test_find_quotes_apostrophes_are_not_quotes():
    assert find_quotes("Putin’s chef isn’t in Belarus, it's said.") == []


def test_find_quotes_multi_paragraph():
    text = "He said: “One.\n\n“Two.\n\n“Three.”\n\nNot quoted."
    assert [text[s:e] for s, e in find_quotes(text)] == ["“One.\n\n“Two.\n\n“Three.”"]


def test_find_quotes_unclosed_paragraph_not_continued():
    text = "He said: “One.\n\nPlain paragraph."
    assert find_quotes(text) == []


# --- literal sentences for each rule list ---------------------------------------------------

CUE_POSITIVE = [
    ("The minister said that taxes would rise.", "said", "The minister"),
    ("The minister says taxes will rise.", "says", "The minister"),
    ("Officials told reporters that the border was closed.", "told", "Officials"),
    ("The company confirmed that it had been hacked.", "confirmed", "The company"),
    ("The senator warned that the bill would fail.", "warned", "The senator"),
    ("The army denied that troops had crossed the border.", "denied", "The army"),
    ("Smith insisted that he was innocent.", "insisted", "Smith"),
    ("Jones announced that she would run for office.", "announced", "Jones"),
    ("The mayor admitted that mistakes were made.", "admitted", "The mayor"),
    ("Lukashenko claimed to have intervened in the matter.", "claimed", "Lukashenko"),
    ("It was reported that the plant had closed.", "was reported", None),
]


@pytest.mark.parametrize(("sentence", "cue", "source"), CUE_POSITIVE)
def test_cue_verbs_positive(nlp, sentence, cue, source):
    article, _, atts = _one(nlp, sentence)
    assert atts, sentence
    a = atts[0]
    assert _text(article, a.cue) == cue
    if source is None:
        assert a.source.kind == "anonymous"
    else:
        assert a.source.span is not None and _text(article, a.source.span) == source


CUE_NEGATIVE = [
    "Prigozhin, often referred to as “Putin’s chef,” has gained prominence.",  # a naming
    "READ MORE: Putin puppet is here\n\nBody.",  # a page label, not a headline speaker
    "She added salt to the soup.",  # "add" without a clause is not speech
    "The plant closed in June after a long strike.",
    "Prigozhin was promised security under the deal.",  # passive without hearsay
    "The report was published on Monday.",  # a noun cue without a that-clause
]


@pytest.mark.parametrize("sentence", CUE_NEGATIVE)
def test_cue_verbs_negative(nlp, sentence):
    _, _, atts = _one(nlp, sentence)
    assert atts == [], sentence


def test_quote_split_around_cue(nlp):
    text = '"We are ready," the general said, "and we will not wait."'
    article, _, atts = _one(nlp, text)
    assert atts and atts[0].source.name == "the general"
    # One span from the first half to the end of the second (the cue sits inside it).
    assert _text(article, atts[0].content) == text


def test_quote_continues_in_next_sentence(nlp):
    text = '"I love us," Bond said on Tuesday. "I want us to walk confidently."'
    article, _, atts = _one(nlp, text)
    assert _text(article, atts[0].content) == text


def test_next_quote_with_its_own_cue_is_not_a_continuation(nlp):
    text = '"We are ready," Smith said. "We are not," Jones said.'
    article, _, atts = _one(nlp, text)
    assert [(_text(article, a.content), a.source.name) for a in atts] == [
        ('"We are ready,"', "Smith"),
        ('"We are not,"', "Jones"),
    ]


def test_said_passive_to_infinitive_is_anonymous(nlp):
    article, doc, atts = _one(nlp, "Prigozhin is said to have returned to Moscow.")
    assert atts and atts[0].source.kind == "anonymous"
    assert assess_certainty(doc, atts[0].content, atts[0]).grade == "hedged"


def test_noun_cue_claims_that(nlp):
    article, _, atts = _one(nlp, "Zelensky's claims that Russia planned the attack were denied.")
    a = next(a for a in atts if _text(article, a.cue) == "claims")
    assert a.source.name == "Zelensky"
    assert _text(article, a.content) == "that Russia planned the attack"


def test_source_entity_is_the_named_person_not_the_role(nlp, wion):
    article, doc, _ = wion
    text = article.text
    start = text.index("Kremlin spokesman Dmitry Peskov said")
    peskov = text.index("Dmitry Peskov", start)
    mentions = [
        Mention("org:kremlin", Span(start, start + len("Kremlin"))),
        Mention("person:peskov", Span(peskov, peskov + len("Dmitry Peskov"))),
    ]
    a = _find(article, extract_attributions(doc, article, mentions), "took place on June 29")
    assert a.source.entity == "person:peskov"


def test_headline_colon(nlp):
    article, _, atts = _one(nlp, "Graham: Trump's rhetoric is hateful\n\nBody text follows here.")
    a = atts[0]
    assert _text(article, a.cue) == ":" and a.source.name == "Graham"


def test_the_spokesman_resolves_to_named_spokesman(nlp):
    text = (
        "Kremlin spokesman Dmitry Peskov said the talks were over. "
        "Later, the spokesman said that no date had been set."
    )
    article, _, atts = _one(nlp, text)
    later = _find(article, atts, "no date had been set")
    assert later.source.name == "Dmitry Peskov" and later.source.role == "Kremlin spokesman"


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Sources close to the president said the plan was dropped.", "anonymous"),
        ("Officials said the plan was dropped.", "anonymous"),
        ("The Kremlin said the plan was dropped.", "organisation"),
        ("The newspaper reported that the plan was dropped.", "publication"),
        ("President Joe Biden said the plan was dropped.", "person"),
    ],
)
def test_source_kinds(nlp, sentence, kind):
    _, _, atts = _one(nlp, sentence)
    assert atts and atts[0].source.kind == kind


def test_rule_lists_are_disjoint_enough():
    assert "say" in SPEECH_VERBS and "claim" in CUE_NOUNS and "newspaper" in PUBLICATION_NOUNS
    assert "source" not in PUBLICATION_NOUNS


def test_belief_inside_a_statement_is_one_attribution(nlp):
    article, _, atts = _one(nlp, "Dayton told reporters that he thinks Clinton would win.")
    assert [_text(article, a.cue) for a in atts] == ["told"]


@pytest.mark.parametrize(
    ("sentence", "cue", "content"),
    [
        # the writer's own opinion or knowledge: the first person speaks (PolNeAR marks it)
        (
            "I think he is trying to campaign as a racial healer.",
            "think",
            "he is trying to campaign as a racial healer",
        ),
        (
            "We now know that the bureau is also investigating the foundation.",
            "now know",
            "that the bureau is also investigating the foundation",
        ),
    ],
)
def test_writers_own_opinion_is_an_attribution_to_the_first_person(nlp, sentence, cue, content):
    article, doc, atts = _one(nlp, sentence)
    assert [(_text(article, a.cue), _text(article, a.content)) for a in atts] == [(cue, content)]
    assert atts[0].source.name in ("I", "We") and atts[0].source.kind == "anonymous"
    if cue == "think":
        assert assess_certainty(doc, atts[0].content, atts[0]).grade == "speculation"


def test_writers_plain_statement_is_no_attribution(nlp):
    _, _, atts = _one(nlp, "I went to the rally and the hall was full.")
    assert atts == []


def test_third_party_belief_is_an_attribution(nlp):
    article, _, atts = _one(nlp, "Democrats believe that the bill will pass.")
    assert [(_text(article, a.cue), a.source.name) for a in atts] == [("believe", "Democrats")]


# --- accuracy floor on PolNeAR (when the shared dataset is present) -------------------------

POLNEAR = Path(__file__).resolve().parents[2].parent / "shared" / "datasets" / "polnear"


@pytest.mark.slow
@pytest.mark.skipif(not (POLNEAR / "dev").is_dir(), reason="PolNeAR not present")
def test_polnear_dev_floor():
    """The eval harness run on dev, 40 articles: pinned overlap-F1 floors (raise as it improves)."""
    repo = Path(__file__).resolve().parents[2]
    proc = subprocess.run(
        [
            sys.executable,
            str(repo / "eval" / "polnear.py"),
            "--split",
            "dev",
            "--limit",
            "40",
            "--json",
            "--min-source-overlap",
            "81",
            "--min-content-overlap",
            "82",
            "--min-all-exact",
            "67",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    result = json.loads(proc.stdout)
    assert result["articles"] == 40
    assert result["roles"]["all"]["overlap"]["p"] >= 85


def _polnear_module():
    import importlib.util

    path = Path(__file__).resolve().parents[2] / "eval" / "polnear.py"
    spec = importlib.util.spec_from_file_location("eval_polnear", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_polnear_scorer_exact_overlap_one_to_one():
    pn = _polnear_module()
    text = "Alpha beta gamma delta epsilon"
    gold = {((0, 10),), ((11, 16),), ((17, 22), (23, 30))}  # last one discontinuous
    # (0, 10) exact; (0, 16) overlaps two gold spans but matches only one; (17, 30) is the
    # hull of the discontinuous span: exact too.
    assert pn.match_counts(text, gold, {(0, 10)}) == (1, 1)
    assert pn.match_counts(text, gold, {(0, 16)}) == (0, 1)
    assert pn.match_counts(text, gold, {(17, 30)}) == (1, 1)
    assert pn.match_counts(text, gold, {(5, 6)}) == (0, 0)  # only a space shared


def test_polnear_errors_list_misses_and_extras():
    import io

    pn = _polnear_module()
    errors = [
        {"article": "a", "role": "cue", "span": [0, 4], "gold": "said", "sentence": "s"},
        {"article": "a", "role": "cue", "span": [9, 14], "extra": "hopes", "sentence": "s"},
    ]
    out = io.StringIO()
    pn.print_errors(errors, out)
    text = out.getvalue()
    assert "[cue] a 0-4: 'said'" in text
    assert "[+cue] a 9-14: 'hopes'" in text
    assert "missed: 1 spans" in text
    assert "extra (predicted, matched to no gold span): 1 spans" in text


def test_polnear_token_counts_are_citron_shares(nlp):
    pn = _polnear_module()
    doc = nlp("Alpha beta gamma delta epsilon")
    gold = {((0, 10),), ((17, 22), (23, 30))}  # "Alpha beta", "delta" + "epsilon"
    # "beta gamma": beta shared, gamma not in gold -> 1 shared of 2 predicted, 4 gold
    assert pn.token_counts(doc, gold, {(6, 16)}) == (1, 2, 4)
    # two predictions over one token count it once
    assert pn.token_counts(doc, gold, {(0, 5), (0, 10)}) == (2, 2, 4)
    assert pn.token_counts(doc, set(), {(0, 5)}) == (0, 1, 0)


def test_polnear_reads_brat_and_skips_without_data(tmp_path, capsys):
    pn = _polnear_module()
    ann = tmp_path / "a_x.ann"
    ann.write_text(
        "T1\tSource 0 5\tAlpha\nT2\tCue 6 10\tbeta\nT3\tContent 11 16;17 22\tgamma delta\n"
        "T4\tAttribution 6 10\tbeta\nE1\tAttribution:T4 Source:T1 Cue:T2 Content:T3\n",
        encoding="utf-8",
    )
    gold = pn.read_gold(ann)
    assert gold == {
        "source": {((0, 5),)},
        "cue": {((6, 10),)},
        "content": {((11, 16), (17, 22))},
    }
    assert pn.main(["--data", str(tmp_path / "missing")]) == 0
    assert "skipped: dataset not found" in capsys.readouterr().out


def test_parse_of_other_text_is_refused(nlp):
    from corroborator.errors import AnalysisError

    with pytest.raises(AnalysisError):
        extract_attributions(nlp("Short."), _article("A different, longer text."), [])


# --- recall rules added for PolNeAR (issue 5) -----------------------------------------------

# (sentence, cue, source span text, a word the content must hold)
RECALL_POSITIVE = [
    # parenthetical cue: content is the clause around it, speaker kept
    (
        "The museum, Mr. Obama said, would make visitors face hard truths.",
        "said",
        "Mr. Obama",
        "museum",
    ),
    (
        "But to prevent problems, he said, local officials should be vigilant.",
        "said",
        "he",
        "vigilant",
    ),
    # "as X noted": the main clause is the content
    (
        "As Mr. Bown observed, the early days of a new administration are quiet.",
        "observed",
        "Mr. Bown",
        "quiet",
    ),
    # relative-clause speaker: PolNeAR's source span is the relative pronoun
    ("The builder hired an architect who said he was never paid.", "said", "who", "paid"),
    # cue verbs learnt from train, with object content
    ("Senator Jones decried the new rules.", "decried", "Senator Jones", "rules"),
    ("The governor expressed concern about the budget.", "expressed", "The governor", "concern"),
    # speech verbs whose object is the content
    ("Mr. Smith acknowledged the uphill battle.", "acknowledged", "Mr. Smith", "battle"),
    # an embedded question hung as an adverbial clause
    (
        "Lawmakers have not said when they would take up the bill.",
        "have not said",
        "Lawmakers",
        "bill",
    ),
    # light-verb cues: a non-cue verb made a cue by its object noun
    ("Senator Cruz took aim at the new tax plan.", "took aim", "Senator Cruz", "plan"),
    (
        "The governor drew a sharp contrast with his rival.",
        "drew a sharp contrast",
        "The governor",
        "rival",
    ),
    # the one who asks is the source of a passive "was asked … by"
    (
        "Rubio was asked by moderator Gerard Baker whether his plan would cost too much.",
        "was asked",
        "moderator Gerard Baker",
        "cost",
    ),
    # a colon before a quotation, a name before the colon, no cue verb
    (
        "The surge does not surprise pollster Daron Shaw: “Lesser-known candidates gain.”",
        ":",
        "pollster Daron Shaw",
        "candidates",
    ),
    # a sentence-initial document frame without a cue verb
    (
        "In a CNN poll released Monday, half of the voters chose Clinton.",
        "In",
        "a CNN poll released Monday",
        "Clinton",
    ),
    # the addressee's noun phrase between the cue and the colon before the quotation
    ("He tells the crowd: “It is possible to be kind and tough.”", "tells", "He", "kind"),
    # a one-word answer
    ("Asked if he was bullied, the candidate said no.", "said", "the candidate", "no"),
    # a cue verb the tagger took for a plural noun keeps its subject
    ("But Trump claims that he should be the exception.", "claims", "Trump", "exception"),
    # a purpose infinitive shares its host verb's subject
    ("She went on a tour to talk about ways to mend relations.", "to talk about", "She", "ways"),
    # transcript speaker label (a turn of a few words alone on the title line is borderline
    # for the reading model: 0.41 under the round-7 model, 0.38 retrained in round 8)
    (
        "WALLACE: Let us start with the breaking news, and then we will talk about the debate.",
        ":",
        "WALLACE",
        "news",
    ),
]


CUE_EXTENT = [
    # PolNeAR's cue extent: auxiliaries, negation, adjacent adverbs, the content's preposition
    ("Jones had previously announced that she would run.", "had previously announced"),
    ("The senator still says the bill will fail.", "still says"),
    ("The union called for a strike.", "called for"),
    ("She spoke about her deep ties to the church.", "spoke about"),
    ("The minister said that taxes would rise.", "said"),  # nothing to add
    ("The ministry announced Tuesday that it would close the plant.", "announced Tuesday"),
    ('He said: "We will win the vote."', "said:"),
    ('He said in an interview that "we will win."', "said in an interview"),
    (
        "Trump has steadfastly refused to disclose his tax returns.",
        "has steadfastly refused to disclose",
    ),
]


@pytest.mark.parametrize(("sentence", "cue"), CUE_EXTENT)
def test_cue_extent(nlp, sentence, cue):
    article, _, atts = _one(nlp, sentence)
    assert [_text(article, a.cue) for a in atts] == [cue]


def test_agentless_passive_judgement(nlp):
    text = "Mr. Quiros was accused of using $50 million for personal expenses."
    article, _, atts = _one(nlp, text)
    assert [_text(article, a.cue) for a in atts] == ["was accused of"]
    a = atts[0]
    assert a.source.kind == "anonymous" and a.source.span is None
    assert _text(article, a.content).startswith("Mr. Quiros")


def test_title_line_with_cue_word(nlp):
    text = "Sanders Vows To Eliminate Tax Breaks For Developers.\n\nThe plan is new.\n"
    article, _, atts = _one(nlp, text)
    hits = [a for a in atts if _text(article, a.cue) == "Vows"]
    assert hits and "Tax Breaks" in _text(article, hits[0].content)


def test_title_line_without_cue_word(nlp):
    text = "Clinton Plan for Taxes Is Expansive but Complex.\n\nThe plan is new.\n"
    _, _, atts = _one(nlp, text)
    assert atts == []


@pytest.mark.parametrize(("sentence", "cue", "source", "word"), RECALL_POSITIVE)
def test_recall_rules_positive(nlp, sentence, cue, source, word):
    article, _, atts = _one(nlp, sentence)
    hits = [a for a in atts if _text(article, a.cue) == cue]
    assert hits, (sentence, [(_text(article, a.cue), _text(article, a.content)) for a in atts])
    a = hits[0]
    assert a.source.span is not None and _text(article, a.source.span) == source
    assert word in _text(article, a.content)


def test_relative_speaker_resolves_to_antecedent(nlp):
    _, _, atts = _one(nlp, "The builder hired an architect who said he was never paid.")
    assert atts[0].source.name == "an architect"


def test_signed_quotation(nlp):
    text = "“How did we get this low?” ― Jacklyn Ashley\n"
    article, _, atts = _one(nlp, text)
    assert atts, text
    a = atts[0]
    assert _text(article, a.cue) == "―"
    assert _text(article, a.source.span) == "Jacklyn Ashley"
    assert _text(article, a.content) == "“How did we get this low?”"


RECALL_NEGATIVE = [
    "The museum, which opened in 2016, would make visitors face hard truths.",  # no cue
    "She told reporters nothing.",  # the object of "tell" is the addressee, not content
    "BREAKING NEWS: The plant closed.",  # a capitalised label, not a transcript speaker
    "The war ended in 1945 ― decades before the treaty.",  # a dash, not a signature
    "The clubhouse, which cost $3 million, was designed by an architect.",
    "The team took a long break after the game.",  # light verb, object not a stance noun
    "He made the case in the kitchen.",  # "make the case" with no content
    "It was asked for by the council.",  # impersonal passive "ask", nobody asked
    "The menu had three parts: “starters”, mains and desserts.",  # no name before the colon
    "The Democrats maintained a narrow lead in the state.",  # "maintain" takes no object
    "In a small town in Ohio, the factory closed.",  # "In" + a place is no document
    "Having said that, the economy grew.",  # set phrases with "say" have no speaker
    "Let's say a degree will cost $160,000.",
]


@pytest.mark.parametrize("sentence", RECALL_NEGATIVE)
def test_recall_rules_negative(nlp, sentence):
    _, _, atts = _one(nlp, sentence)
    assert atts == [], sentence


def test_quote_split_around_cue_with_speaker_apposition(nlp):
    text = (
        '"We are on a knife\'s edge," said David Wasserman, an editor at the Cook Report. '
        '"It could go either way."'
    )
    article, _, atts = _one(nlp, text)
    a = next(a for a in atts if _text(article, a.cue) == "said")
    assert _text(article, a.content).endswith('"It could go either way."')


def test_next_paragraph_quote_continues_the_speaker(nlp):
    text = '"We are ready," the general said.\n"And we will not wait."\n'
    article, _, atts = _one(nlp, text)
    a = next(a for a in atts if _text(article, a.cue) == "said")
    assert _text(article, a.content).endswith('"And we will not wait."')


def test_next_paragraph_with_its_own_words_is_not_a_continuation(nlp):
    text = '"We are ready," the general said.\n"And we will not wait," the colonel added.\n'
    article, _, atts = _one(nlp, text)
    a = next(a for a in atts if _text(article, a.cue) == "said")
    assert _text(article, a.content) == '"We are ready,"'


def test_find_quotes_doubled_apostrophes():
    text = "He said, ''Of course, I pay federal taxes.'' Then he left."
    ((s, e),) = find_quotes(text)
    assert text[s:e] == "''Of course, I pay federal taxes.''"


def test_which_never_stands_for_a_person_speaker(nlp):
    text = (
        "A deal was reportedly struck with Putin \u2013 which saw Prigozhin forced to leave for "
        "neighbouring Belarus."
    )
    doc = nlp(text)
    found = extract_attributions(doc, Article(id="t", text=text, source="t"), [])
    assert not [a for a in found if a.source.name.startswith("Putin")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the seed tabloid: the parser hangs "which could explain" on "the former army boss"
        (
            "French publication Lib\u00e9ration has claimed secret service sources had located "
            "the former army boss, which could explain why speculation had arisen over his "
            "return to Russia.",
            None,
        ),
        # an organisation can be a "which": it stays the speaker
        (
            "The agency, which said the figures were wrong, published new ones.",
            "The agency",
        ),
        # a role noun with "who" is the speaker
        ("The boss, who said the plant would close, resigned on Friday.", "The boss"),
    ],
)
def test_which_speaks_for_things_and_organisations_not_role_holders(nlp, text, speaker):
    doc = nlp(text)
    found = extract_attributions(doc, Article(id="t", text=text, source="t"), [])
    boss = [a for a in found if "boss" in a.source.name.lower()]
    if speaker is None:
        assert not boss
    else:
        assert any(a.source.name == speaker for a in found), [a.source.name for a in found]


# FRAME_CUES: verbs read as cues by their complement and subject kind.
FRAME_POSITIVE = [
    ("Trump laid out his plan for the economy.", "laid out", "Trump", "his plan"),
    ("Senator Sanders pushed for a vote on the bill.", "pushed for", "Senator Sanders", "vote"),
    ("The senator sided with the unions on trade.", "sided with", "The senator", "unions"),
    ("The governor doubled down on his claim.", "doubled down", "The governor", "his claim"),
    ("The campaign released a statement on Friday night.", "released", "The campaign", "statement"),
    ("The mayor learned that the budget was short.", "learned", "The mayor", "budget was short"),
]


@pytest.mark.parametrize(("sentence", "cue", "source", "word"), FRAME_POSITIVE)
def test_frame_cues_positive(nlp, sentence, cue, source, word):
    article, _, atts = _one(nlp, sentence)
    hits = [a for a in atts if _text(article, a.cue) == cue]
    assert hits, (sentence, [(_text(article, a.cue), _text(article, a.content)) for a in atts])
    a = hits[0]
    assert a.source.span is not None and _text(article, a.source.span) == source
    assert word in _text(article, a.content)


def test_frame_cue_without_subject_is_unnamed(nlp):
    article, _, atts = _one(nlp, "Warren is known as a fierce critic of the banks.")
    (a,) = atts
    assert _text(article, a.cue) == "is known as"
    assert a.source.span is None and a.source.kind == "anonymous"
    assert _text(article, a.content) == "a fierce critic of the banks"


FRAME_NEGATIVE = [
    "The river pushed for miles through the valley.",  # "push for" needs a person
    "He laid the book on the table.",  # "lay" is a cue only as "lay out"
    "She looks at the sky.",  # "look at" is not in the table (under half on train)
]


@pytest.mark.parametrize("sentence", FRAME_NEGATIVE)
def test_frame_cues_negative(nlp, sentence):
    _, _, atts = _one(nlp, sentence)
    assert atts == [], sentence


# TRAILING_CLAUSE_DEPS / TRAILING_MARKS: a trailing clause with its own cue ends a content.
TRAILING_CUT = [
    (
        "The minister said the plan was sound and warned that costs would rise.",
        "said",
        "the plan was sound",
    ),
    (
        "She said the demands erase barriers, though she noted clients are changing.",
        "said",
        "the demands erase barriers",
    ),
]
TRAILING_KEPT = [
    # a statement inside the complement is nested, not trailing
    ("Trump said Clinton claimed the vote was rigged.", "said", "Clinton claimed the vote"),
    # a restrictive relative clause belongs to its noun
    (
        "He said that those who question the police stoke tension.",
        "said",
        "that those who question the police stoke tension",
    ),
]


@pytest.mark.parametrize(("sentence", "cue", "content"), TRAILING_CUT + TRAILING_KEPT)
def test_trailing_statement_ends_content(nlp, sentence, cue, content):
    article, _, atts = _one(nlp, sentence)
    a = next(a for a in atts if _text(article, a.cue) == cue)
    if (sentence, cue, content) in TRAILING_CUT:
        assert _text(article, a.content) == content
    else:
        assert content in _text(article, a.content)


def test_second_cue_on_the_complement_keeps_the_speaker(nlp):
    text = "The minister said the plan was sound and warned that costs would rise."
    article, _, atts = _one(nlp, text)
    a = next(a for a in atts if _text(article, a.cue) == "warned")
    assert _text(article, a.source.span) == "The minister"


# CORE_SPEECH_VERBS: the rest of the sentence when the parser attached no complement.
SENTENCE_REST = [
    (
        "Then, in 2017, Kerry said that 100,000 would be accepted.",
        "said",
        "that 100,000 would be accepted",
    ),
    (
        "Language unclear on whether single mothers are covered, experts say.",
        "say",
        "Language unclear on whether single mothers are covered",
    ),
]


@pytest.mark.parametrize(("sentence", "cue", "content"), SENTENCE_REST)
def test_core_speech_verb_reports_the_rest_of_the_sentence(nlp, sentence, cue, content):
    article, _, atts = _one(nlp, sentence)
    a = next(a for a in atts if _text(article, a.cue) == cue)
    assert _text(article, a.content) == content


@pytest.mark.parametrize("sentence", ["He added salt to the soup.", "Mexico said enough."])
def test_sentence_rest_needs_a_core_verb_and_words(nlp, sentence):
    _, _, atts = _one(nlp, sentence)
    assert atts == [], sentence


def test_poll_speaks_through_in(nlp):
    text = (
        "Hillary Clinton held a 24-point lead over Barack Obama among black voters in a CNN poll."
    )
    article, _, atts = _one(nlp, text)
    (a,) = atts
    assert _text(article, a.cue) == "in"
    assert _text(article, a.source.span) == "a CNN poll"
    assert _text(article, a.content) == (
        "Hillary Clinton held a 24-point lead over Barack Obama among black voters"
    )


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("Mrs. Clinton enjoys a strong lead in the polls.", None),  # a standing, not a poll
        ("The senator said she was ahead in a new Fox poll.", "said"),  # the verb's statement
    ],
)
def test_poll_frame_negative(nlp, sentence, cue):
    article, _, atts = _one(nlp, sentence)
    assert [_text(article, a.cue) for a in atts] == ([cue] if cue else [])


# RAISING_CUES: impressions with no one named; the subject belongs to the content.
RAISING = [
    ("Trump's supporters seemed equally unperturbed.", "seemed", "Trump's supporters seemed"),
    (
        "The politician appears to be shrinking in political stature.",
        "appears",
        "The politician appears to be shrinking",
    ),
    ("It seems that the deal is off.", "seems", "that the deal is off"),
]


@pytest.mark.parametrize(("sentence", "cue", "content"), RAISING)
def test_raising_verbs_have_no_source(nlp, sentence, cue, content):
    article, _, atts = _one(nlp, sentence)
    (a,) = atts
    assert _text(article, a.cue) == cue
    assert a.source.span is None and a.source.kind == "anonymous"
    assert _text(article, a.content).startswith(content)


def test_appearing_somewhere_is_no_impression(nlp):
    _, _, atts = _one(nlp, "Trump appeared at a rally in Ohio.")
    assert atts == []


# --- what was said is not who said it (QA 1) ------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Police said 12 people were injured when a bus overturned in Springfield on Monday.",
            "Police",
        ),
        (
            "Twelve people were injured when a bus overturned in Springfield on Monday, "
            "police said.",
            "police",
        ),
        ("Police said at least three people, a man and two women, were arrested.", "Police"),
        ("Trump said my people were treated unfairly.", "Trump"),
        ("Officials said residents were evacuated overnight.", "Officials"),
    ],
)
def test_content_subject_is_no_nested_source(nlp, sentence, speaker):
    article, doc, atts = _one(nlp, sentence)
    (a,) = atts
    assert [s.name for s in a.chain] == [speaker]
    assert a.source.name == speaker


@pytest.mark.parametrize(
    ("sentence", "chain"),
    [
        # an informant noun as the content's subject is a nested link
        (
            "French publication Libération has claimed secret service sources had located him.",
            ["Libération", "secret service sources"],
        ),
        ("The newspaper said insiders believed the deal was dead.", None),
    ],
)
def test_informant_subject_extends_the_chain(nlp, sentence, chain):
    article, doc, atts = _one(nlp, sentence)
    a = min(atts, key=lambda a: a.cue.start)
    names = [s.name for s in a.chain]
    if chain is not None:
        assert names == chain
    else:
        assert len(names) == 2 and names[1] == "insiders"


def test_trailing_cue_keeps_the_whole_clause(nlp):
    sentence = (
        "Twelve people were injured when a bus overturned in Springfield on Monday, police said."
    )
    article, doc, atts = _one(nlp, sentence)
    (a,) = atts
    assert _text(article, a.content) == (
        "Twelve people were injured when a bus overturned in Springfield on Monday"
    )
    assert _text(article, a.source.span) == "police"


@pytest.mark.parametrize(
    "sentence",
    [
        "Police said the driver was arrested.",
        "Prosecutors said the driver was arrested.",
        "The authorities said the driver was arrested.",
        "The ministry said the driver was arrested.",
        "The army said the driver was arrested.",
    ],
)
def test_institutions_named_by_common_nouns_are_on_record(nlp, sentence):
    article, doc, atts = _one(nlp, sentence)
    (a,) = atts
    assert a.source.kind == "organisation"
    assert assess_certainty(doc, a.content, a).grade == "on_record"


@pytest.mark.parametrize(
    "sentence", ["A prosecutor said the driver was arrested.", "Sources said the driver lied."]
)
def test_institution_nouns_negative(nlp, sentence):
    article, doc, atts = _one(nlp, sentence)
    (a,) = atts
    assert a.source.kind != "organisation"


# --- bare names, roles apart (QA 2) ---------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("Lt. Col. Alexander Vindman said the call was improper.", "Alexander Vindman", "Lt. Col."),
        ("Mr. Trump said the deal was done.", "Trump", None),
        ("Prince Andrew said he never met her.", "Andrew", "Prince"),
        ("China's ambassador said the talks would continue.", "China's ambassador", None),
        (
            "NASA Administrator Jim Bridenstine said the launch would go ahead.",
            "Jim Bridenstine",
            "NASA Administrator",
        ),
        ("Lohan's lawyer said she would appeal.", "Lohan's lawyer", None),
        ("Economist Monica de Bolle said inflation would rise.", "Monica de Bolle", "Economist"),
        ("Dominique Strauss-Kahn said he was innocent.", "Dominique Strauss-Kahn", None),
        ("Dick Clark Productions said the show would go on.", "Dick Clark Productions", None),
        (
            "Kremlin spokesman Dmitry Peskov said the meeting lasted three hours.",
            "Dmitry Peskov",
            "Kremlin spokesman",
        ),
        # negatives: no title to move, the name stays whole
        ("John Smith said the fire was out.", "John Smith", None),
        ("Generalissimo Garcia said the fire was out.", "Generalissimo Garcia", None),
    ],
)
def test_source_name_and_role_do_not_overlap(nlp, sentence, name, role):
    article, doc, atts = _one(nlp, sentence)
    (a,) = atts
    assert (a.source.name, a.source.role) == (name, role)
    label = f"{a.source.role} {a.source.name}" if a.source.role else a.source.name
    words = label.split()
    assert all(words[i : i + 2] != words[i + 2 : i + 4] for i in range(len(words)))
    assert words[0] != words[1] if len(words) > 1 else True


@pytest.mark.parametrize(
    ("name", "role", "expected"),
    [
        ("Lt. Col. Alexander Vindman", "Lt. Col.", ("Alexander Vindman", "Lt. Col.")),
        ("Prince Andrew", None, ("Andrew", "Prince")),
        ("Prince Andrew", "Prince", ("Andrew", "Prince")),
        ("Mr. Trump", None, ("Trump", None)),
        ("Monica de Bolle", "Economist Monica de", ("Monica de Bolle", "Economist")),
        ("China's ambassador", "China's ambassador", ("China's ambassador", None)),
        ("Administrator Jim Bridenstine", "NASA", ("Jim Bridenstine", "NASA Administrator")),
        # negatives: nothing to move or cut
        ("Dmitry Peskov", "Kremlin spokesman", ("Dmitry Peskov", "Kremlin spokesman")),
        ("Prince", None, ("Prince", None)),
        ("Kremlin", None, ("Kremlin", None)),
    ],
)
def test_split_name_role(name, role, expected):
    assert split_name_role(name, role) == expected


def test_possessor_is_not_the_source_entity(nlp):
    sentence = "Lindsay Lohan arrived. Lohan's lawyer said she would appeal."
    article = _article(sentence)
    doc = nlp(sentence)
    from corroborator.analyze.entities import extract_entities

    _, mentions = extract_entities(doc, article)
    (a,) = extract_attributions(doc, article, mentions)
    assert a.source.name == "Lohan's lawyer" and a.source.entity is None


# --- pronoun speakers (QA 3) ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "name", "kind", "span"),
    [
        # resolved: the antecedent's name, the pronoun's span (PolNeAR's source span)
        ("John Smith arrived on Monday. He said the fire was out.", "John Smith", "person", "He"),
        ("Acme Corp was founded in 1990. It said profits rose.", "Acme Corp", "organisation", "It"),
        (
            "We said the route was dangerous, a resident told the paper.",
            "a resident",
            "anonymous",
            "We",
        ),
        # unresolved: the pronoun, anonymous (never graded or counted as a named voice)
        ("He said the fire was out.", "He", "anonymous", "He"),
        ("It said profits rose.", "It", "anonymous", "It"),
        ("We said the plan would work.", "We", "anonymous", "We"),
        ("They said profits rose.", "They", "anonymous", "They"),
    ],
)
def test_pronoun_speakers(nlp, sentence, name, kind, span):
    # the rules alone: the cue model drops "We said" nested in the resident's statement, as
    # PolNeAR would; the speaker resolution is what is tested here
    article, doc, atts = _one(nlp, sentence, learned=False)
    a = next(a for a in atts if _text(article, a.source.span) == span)
    assert (a.source.name, a.source.kind) == (name, kind)
    if kind == "anonymous":
        assert assess_certainty(doc, a.content, a).grade == "anonymous"
    assert [s.name for s in a.chain].count(name) == 1


def test_pronoun_needs_a_compatible_antecedent(nlp):
    # "it" is not the person named before; "he" is not the organisation
    article, doc, atts = _one(nlp, "John Smith arrived on Monday. It said profits rose.")
    assert atts[-1].source.kind == "anonymous"


@pytest.mark.parametrize(
    ("sentence", "speaker", "content"),
    [
        (
            '"I don\'t think Brian Nichols won," said Christina Greenway, daughter of the court '
            "reporter Nichols murdered.",
            "Christina Greenway",
            '"I don\'t think Brian Nichols won,"',
        ),
        ('"The plan works," said John Smith.', "John Smith", '"The plan works,"'),
    ],
)
def test_speaker_after_the_verb_of_a_quotation(nlp, sentence, speaker, content):
    article, doc, atts = _one(nlp, sentence)
    a = min(atts, key=lambda a: a.content.start)
    assert a.source.name == speaker
    assert _text(article, a.content) == content


def test_speaker_of_a_passive_perception(nlp):
    sentence = "An angry Nichols was recorded saying he did not regret the murders."
    article, doc, atts = _one(nlp, sentence)
    (a,) = atts
    assert (a.source.name, a.source.role) == ("Nichols", None)
    # negative: an active verb's own subject, not a passive one
    article, doc, atts = _one(nlp, "Nichols left the room, saying he was tired.")
    assert atts[0].source.name == "Nichols"


# --- statements versus topics (QA 4) --------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "statement"),
    [
        ("The Kremlin responded to Lukashenko's remarks.", False),
        ("Kremlin responds: “Lukashenko's remarks”", False),
        ("Putin accused his former ally.", False),
        ("The senator praised the deal.", False),
        (
            "Putin and Prigozhins secret meeting after sinister Zelensky claims surface\n\n"
            "Wagner troops were seen in the capital.",
            False,
        ),
        # statements: a clause, or a quoted fragment after a verb of saying
        ("The Kremlin responded that the remarks were false.", True),
        ("“A disgrace,” the senator said.", True),
        ("Police said 12 people were injured.", True),
        ("According to police, the driver fled.", True),
    ],
)
def test_is_statement(nlp, sentence, statement):
    article, doc, atts = _one(nlp, sentence)
    a = min(atts, key=lambda a: a.cue.start)
    assert is_statement(doc, a) is statement


@pytest.mark.parametrize(
    ("sentence", "relation"),
    [
        ("According to police, the driver fled.", "say"),
        ("According to the ministry, the plan failed.", "say"),
        ("The Kremlin denied that the meeting took place.", "deny"),
        ("Libération has claimed secret service sources had located him.", "claim"),
        ("Police said the driver fled.", "say"),
    ],
)
def test_cue_relation(nlp, sentence, relation):
    article, doc, atts = _one(nlp, sentence)
    a = min(atts, key=lambda a: a.cue.start)
    assert cue_relation(doc, a) == relation


def test_honorific_is_no_role(nlp):
    sentence = "Mr. Nichols was captured. Mr. Nichols said that he was legally insane."
    article, doc, atts = _one(nlp, sentence)
    assert {(a.source.name, a.source.role) for a in atts} == {("Nichols", None)}
    assert split_name_role("Nichols", "Mr.") == ("Nichols", None)
    assert split_name_role("Nichols", "Dr.") == ("Nichols", None)
    assert split_name_role("Nichols", "Sen.") == ("Nichols", "Sen.")  # a title is a role


def test_speakerless_cue_inside_a_statement_adds_no_link(nlp):
    sentence = (
        "Tara Reid said she needed to be checked in without really saying why she was going in."
    )
    # the rules alone: the cue model drops the nested "saying" (PolNeAR leaves it unmarked);
    # the chain of a nested reading is what is tested here
    article, doc, atts = _one(nlp, sentence, learned=False)
    assert all("unnamed" not in [s.name for s in a.chain[1:]] for a in atts)
    inner = [a for a in atts if _text(article, a.cue).endswith("saying")]
    assert inner and [s.name for s in inner[0].chain] == ["Tara Reid"]


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        (
            "The spokesman, Dmitry Peskov, said the meeting lasted hours.",
            "Dmitry Peskov",
            "spokesman",
        ),
        ("Her lawyer, John Doe, said the appeal was filed.", "John Doe", "lawyer"),
        # negative: an apposition that is no role noun gives no role
        ("The man, John Doe, said the appeal was filed.", "John Doe", None),
    ],
)
def test_role_before_an_appositive_name(nlp, sentence, name, role):
    article, doc, atts = _one(nlp, sentence)
    (a,) = atts
    assert (a.source.name, a.source.role) == (name, role)


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # with the real entity mentions: a company name stays an organisation even when the
        # parser reads a person's first name in it; a person stays a person
        ("Dick Clark Productions said the show would go on.", "organisation"),
        ("Kremlin spokesman Dmitry Peskov said the meeting lasted hours.", "person"),
        ("The Kremlin said the meeting lasted hours.", "organisation"),
    ],
)
def test_source_kind_with_entity_mentions(nlp, sentence, kind):
    from corroborator.analyze.entities import extract_entities

    article = _article(sentence)
    doc = nlp(sentence)
    _, mentions = extract_entities(doc, article)
    (a,) = extract_attributions(doc, article, mentions)
    assert a.source.kind == kind
