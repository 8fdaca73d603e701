"""Renderers: the same Dossier as terminal text, Markdown, one self-contained HTML file, JSON.

Shared wording lives here so every format says the same thing the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from corroborator.model import UNKNOWN_OUTLET, Dossier, Evidence, Facet, Value
from corroborator.names import (
    HONORIFICS,
    NAME_SUFFIXES,
    ORG_KEY_DROP,
    ROLE_TITLES,
    SHARED_SURNAME_MARK,
    fold,
    same_given_name,
    translit_key,
)

VERDICT_SECTIONS = (
    ("contradicted", "Contested"),
    ("updated", "Updated over time"),
    ("corroborated", "Corroborated"),
    ("single_source", "Single source"),
)
VERDICT_MARK = {"contradicted": "✗", "updated": "↻", "corroborated": "✓", "single_source": "•"}
GRADE_LABEL = {
    "asserted": "stated by the outlet",
    "on_record": "on the record",
    "named": "named source",
    "anonymous": "anonymous source",
    "hedged": "hedged",
    "speculation": "speculation",
    "denial": "denial",
}
# How a voice's grades are listed ("said as"): surest first, as GRADE_LABEL lists them. Not
# certainty.GRADE_ORDER, the precedence a claim's one grade is chosen by (a denial first).
GRADES_SUREST_FIRST = tuple(GRADE_LABEL)


def surest_first(grades: list[str]) -> list[str]:
    """A voice's grades from the surest way of saying to the least ('on the record, hedged'),
    not in the order the archive met them."""
    rank = {g: i for i, g in enumerate(GRADES_SUREST_FIRST)}
    return sorted(grades, key=lambda g: (rank.get(g, len(rank)), g))


ATTRIBUTE_LABEL = {
    "occurred": "took place",
    "date": "date",
    "duration": "duration",
    "place": "place",
    "location": "whereabouts",
    "statement": "statement",
    "role holder": "who holds it",
    "date told": "when it was said",  # reconcile.TELLING_DATE: the day one speaker said it
}


# The one person a role of an event names (the reconciler's "participant: charged"), asked as
# a reader asks it: "Charge (Shelby) · who was charged". A role not listed here that is a past
# participle reads "who was <role>"; any other stays as the reconciler names it.
PARTICIPANT_LABEL = {
    "dead": "who died",
    "winner": "who won",
    "speaker": "who spoke",
    "escaped": "who escaped",
    "resigned": "who resigned",
    "shot": "who was shot",
    "shot or killed": "who was shot or killed",
}

# What a count counts is named by its noun's lemma ("number of officer shot"); a title gives the
# plural ("number of officers shot"). Nouns whose plural is the same word, or irregular:
COUNT_NOUNS_UNCHANGED = frozenset(
    {"people", "percent", "police", "staff", "personnel", "dead", "injured", "wounded", "them"}
)
COUNT_NOUNS_IRREGULAR = {
    "child": "children",
    "man": "men",
    "woman": "women",
    "person": "people",
    "foot": "feet",
    "tooth": "teeth",
    "mouse": "mice",
}


def facet_title(facet: Facet) -> str:
    return fact_title(facet.subject, facet.attribute)


def fact_title(subject: str, attribute: str, detail: str = "") -> str:
    """'Meeting of Prigozhin and Putin · date', for a facet or a checked fact; with a
    ``detail`` that tells it from a namesake, 'Win (Sanders) — Rhode Island · took place'."""
    told = f" — {detail}" if detail else ""
    return f"{capitalized(subject)}{told} · {attribute_label(attribute)}"


# What tells a fact from its namesakes (two facts of one dossier that one title would name:
# PolNeAR's "Win (Sanders) · took place" three times, one per win): the place and the date
# the dossier gives its event, then the opening words of the sentence it is first told in.
DETAIL_ATTRIBUTES = ("place", "date")
# The fewest opening words that tell a fact; more when a namesake's sentence opens alike.
DETAIL_WORDS = 6


def facet_titles(dossier: Dossier) -> dict[str, str]:
    """Each facet's title by its id: ``facet_title``, and where two facts shown under titles
    (lone statements are shown under their speaker) would share one, each with what tells it
    from the others: its event's place, or date, or both, whichever first is its own alone
    among its namesakes', else the opening words of its first sentence."""
    titles = {f.id: facet_title(f) for f in dossier.facets}
    namesakes: dict[str, list[Facet]] = {}
    for facet in dossier.facets:
        if not lone_statement(facet):
            namesakes.setdefault(titles[facet.id], []).append(facet)
    for group in namesakes.values():
        if len(group) < 2:
            continue
        told = {f.id: _event_details(f, dossier.facets) for f in group}
        for facet in group:
            detail = _own_detail(facet.id, told) or _opening_words(facet, group)
            titles[facet.id] = fact_title(facet.subject, facet.attribute, detail)
    return titles


def _own_detail(facet_id: str, told: dict[str, dict[str, list[str]]]) -> str:
    """The facet's event's place, else its date, else both ('Maryland, 2016-04-26'): the first
    that no namesake's event shares (``told``: each namesake's ``_event_details``), or ''."""
    for kind in (("place",), ("date",), DETAIL_ATTRIBUTES):
        details = {f: ", ".join(v for a in kind for v in told[f][a]) for f in told}
        mine = details[facet_id]
        if mine and list(details.values()).count(mine) == 1:
            return mine
    return ""


def _sentences(evidence: list[Evidence]) -> set[tuple[str, int]]:
    return {(e.article, e.sentence.start) for e in evidence}


def _event_details(facet: Facet, facets: list[Facet]) -> dict[str, list[str]]:
    """The places and dates the dossier gives the facet's event ({'place': ['Maryland'], 'date':
    ['2016-04-26']}): the values of the facets of its subject told in a sentence of its own
    evidence. A date's namesakes are dates: only its place tells it."""
    said = _sentences([e for v in facet.values for e in v.evidence])
    details: dict[str, list[str]] = {a: [] for a in DETAIL_ATTRIBUTES}
    for other in facets:
        if other.subject != facet.subject or other.attribute == facet.attribute:
            continue
        labels = details.get(other.attribute)
        for value in other.values if labels is not None else ():
            if value.label not in labels and _sentences(value.evidence) & said:
                labels.append(value.label)
    return details


def _opening_words(facet: Facet, namesakes: list[Facet]) -> str:
    """The opening words of the facet's first sentence, quoted: DETAIL_WORDS of them, or as
    many more as tell it from every namesake's ('“Sanders also won Rhode Island, the…”')."""
    words = facet.values[0].evidence[0].quote.split()
    others = [n.values[0].evidence[0].quote.split() for n in namesakes if n.id != facet.id]
    count = DETAIL_WORDS
    while count < len(words) and any(o[:count] == words[:count] for o in others):
        count += 1
    cut = "…" if count < len(words) else ""
    return f"“{' '.join(words[:count])}{cut}”"


def capitalized(text: str) -> str:
    """An event named as a fact's title names it ('killing (Crutcher)' -> 'Killing (Crutcher)'),
    in a title and in a timeline row alike."""
    return text[:1].upper() + text[1:]


def attribute_label(attribute: str) -> str:
    """How a facet's attribute reads in a title: 'whereabouts', 'Putin present', 'who was
    charged', 'number of officers shot'."""
    if attribute.startswith("attendee: "):
        return f"{attribute.removeprefix('attendee: ')} present"
    if attribute.startswith("participant: "):
        role = attribute.removeprefix("participant: ")
        if role in PARTICIPANT_LABEL:
            return PARTICIPANT_LABEL[role]
        return f"who was {role}" if role.endswith("ed") else attribute
    if attribute.startswith("number of "):
        noun, _, rest = attribute.removeprefix("number of ").partition(" ")
        return " ".join(w for w in ("number of", counted_plural(noun), rest) if w)
    return ATTRIBUTE_LABEL.get(attribute, attribute)


def counted_plural(noun: str) -> str:
    """'officer' -> 'officers', 'punch' -> 'punches', 'child' -> 'children', 'people' stays."""
    if noun in COUNT_NOUNS_IRREGULAR:
        return COUNT_NOUNS_IRREGULAR[noun]
    if noun in COUNT_NOUNS_UNCHANGED or noun.endswith("s") or not noun.isalpha():
        return noun
    if noun.endswith(("ch", "sh", "x", "z")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"


def chain_text(evidence: Evidence) -> str:
    """'WION ← Kremlin spokesman Dmitry Peskov · on the record'."""
    return copies_chain_text([evidence])


# Copies: one sentence printed word for word by several articles (a wire story each outlet runs,
# "One man was shot and killed but the other partygoers managed to escape…" in four of twelve
# reports) is one line naming each article's outlet and span, not a line per copy: the same
# words, chain and grade four times over bury the sentences that differ.


def copies_together(evidence: list[Evidence]) -> list[list[Evidence]]:
    """``evidence`` as lines: the statements of one sentence with the same words, the same
    relays past the outlet and the same grade are one line (their copies in reading order);
    lines in the order their first copy comes."""
    lines: dict[tuple, list[Evidence]] = {}
    for e in evidence:
        lines.setdefault((e.quote, e.chain[1:], e.grade), []).append(e)
    return list(lines.values())


def each_voice_first(lines: list[list[Evidence]]) -> list[list[Evidence]]:
    """``lines`` (``copies_together``) with, first, each line that brings an independent voice
    no line before it has, then the rest, each part in its order: a view that shows only the
    first few lines shows every voice a value's count of independent sources counts, not three
    sentences of its first."""
    first, rest, heard = [], [], set()
    for line in lines:
        voices = {e.voice for e in line}
        (first if voices - heard else rest).append(line)
        heard |= voices
    return first + rest


def copies_chain(copies: list[Evidence]) -> str:
    """The chain of a line of copies: each outlet that prints it, then the relays they share
    ('nyt, politico ← AP')."""
    outlets = ", ".join(dict.fromkeys(e.chain[0] for e in copies))
    return " ← ".join((outlets, *copies[0].chain[1:]))


def copies_chain_text(copies: list[Evidence]) -> str:
    """``chain_text`` of a line of copies: 'nyt, politico ← AP · on the record'."""
    grade = copies[0].grade
    return f"{copies_chain(copies)} · {GRADE_LABEL.get(grade, grade)}"


# How reconcile says why a fact one voice tells is single-source: under the heading "Single
# source", above its one value's "1 article · 1 independent source", it says nothing new, so a
# dossier does not print it (nine times in the seeds' dossier, a hundred in a long story's).
ONE_SOURCE_WHY = "one independent source"


def why_text(facet: Facet) -> str:
    """The reason a dossier prints under a fact's title: reconcile's ``why``, or '' where it
    only repeats the section's heading and the value's count (``ONE_SOURCE_WHY``)."""
    if facet.why == ONE_SOURCE_WHY and len(facet.values) == 1:
        return ""
    return facet.why


def support_text(value: Value) -> str:
    return support_counts(len({e.article for e in value.evidence}), len(value.voices))


def support_counts(articles: int, voices: int) -> str:
    """'3 articles · 1 independent source'."""
    return f"{plural(articles, 'article')} · {plural(voices, 'independent source')}"


# How `check` heads the archive's values beside a statement's, by the fact's outcome.
CHECK_AGREEING = "the same in the archive"
CHECK_OTHERS = {"contradicted": "against it", "contested": "against it"}
CHECK_OTHERS_DEFAULT = "other values"


def check_others_heading(outcome: str) -> str:
    return CHECK_OTHERS.get(outcome, CHECK_OTHERS_DEFAULT)


def shortened(quote: str, value: Value, limit: int) -> str:
    """``quote`` cut to ``limit`` characters for a narrow view, keeping the words that state
    the value: when the value is written in the quote past the cut ("Belarusian President
    Alexan…" for "Alexander Lukashenko"), the cut leads into them instead ("… brokered by
    Belarusian President Alexander Lukashenko."). A value not written as its label (a date
    "2023-06-29" written "June 29") keeps the quote's start."""
    if len(quote) <= limit:
        return quote
    where = _written_at(quote, value)
    if where is None or where[1] <= limit - 3:
        return quote[: limit - 3] + "…"
    start, end = where
    # the value's words, with what comes before them to fill the room (from a word's start)
    first = max(0, min(start, end + 1 - (limit - 2)))
    if first > 0 and quote[first - 1] != " ":
        space = quote.find(" ", first, start)
        first = space + 1 if space != -1 else first
    last = min(len(quote), first + limit - 2)
    return f"…{quote[first:last]}" + ("…" if last < len(quote) else "")


# Words of a value's label that say how it holds rather than what it is ("not in Belarus").
LABEL_FRAME = ("not in ", "in ", "not ")


def _written_at(quote: str, value: Value) -> tuple[int, int] | None:
    """Where the value's label is first written in the quote (case folded), or
    None."""
    label = value.label
    for frame in LABEL_FRAME:
        label = label.removeprefix(frame)
    if len(label) < 3:
        return None
    at = quote.lower().find(label.lower())
    return (at, at + len(label)) if at != -1 else None


def span_ref(evidence: Evidence) -> str:
    return f"{evidence.article}:{evidence.sentence.start}-{evidence.sentence.end}"


# Where a dossier lists the statements only one voice makes, after every fact: on a long story
# they are most of the facets (PolNeAR: 1,058 of 1,377), and each is one speaker's words, not a
# fact to weigh, so they are listed under their speaker rather than one heading each.
STATEMENTS_HEADING = "Statements by speaker"


def lone_statement(facet: Facet) -> bool:
    """A statement only one voice makes (listed under its speaker, after the facts)."""
    return facet.verdict == "single_source" and facet.attribute == "statement"


# The facts no two voices confirm are of two kinds, each a section of its own: those one voice
# tells ("Single source"), and those several voices tell where none confirms another (of
# different happenings, one report's one telling, or values told of different instances):
# PolNeAR's "Win (Clinton) · took place" told by 4 voices of 4 wins is not single-source.
SEVERAL_SOURCES = "several_sources"
SEVERAL_SOURCES_HEADING = "Several sources, none confirming another"
# (key, verdict, heading) of each section, in the order a dossier shows them
SECTIONS = (
    *((verdict, verdict, heading) for verdict, heading in VERDICT_SECTIONS),
    (SEVERAL_SOURCES, "single_source", SEVERAL_SOURCES_HEADING),
)


@dataclass(frozen=True, slots=True)
class Section:
    """A part of the dossier's facts as shown: its key (the HTML anchor), the verdict of its
    facts, its heading and its facts."""

    key: str  # a verdict, or SEVERAL_SOURCES
    verdict: str
    heading: str
    facets: list[Facet]


def several_voices(facet: Facet) -> bool:
    """A facet told by more than one independent voice, whatever its verdict."""
    return len({voice for value in facet.values for voice in value.voices}) > 1


def section_key(facet: Facet) -> str:
    """The section a facet is shown in: its verdict's, or SEVERAL_SOURCES for a single-source
    facet that several voices tell."""
    if facet.verdict == "single_source" and several_voices(facet):
        return SEVERAL_SOURCES
    return facet.verdict


def sections(dossier: Dossier) -> list[Section]:
    """The dossier's facts in the order a dossier shows them: disputes first, the facts no two
    voices confirm last (one voice's, then several voices'). Lone statements are not among
    them: ``speakers`` lists those."""
    facets = [f for f in dossier.facets if not lone_statement(f)]
    parts = []
    for key, verdict, heading in SECTIONS:
        held = [f for f in facets if section_key(f) == key]
        if held:
            parts.append(Section(key, verdict, heading, held))
    return parts


# Voices that name one person or organisation ("person:rendell", "org:white house"): the
# statements of one such voice are one speaker however the text introduces them ("Former
# Pennsylvania Gov. Ed Rendell", "Clinton surrogate Ed Rendell"). Other voices (an outlet's
# unnamed sources, a group, a place) are grouped by their words as written.
SPEAKER_VOICE_PREFIXES = ("person:", "org:")
# Given names read before a surname, at most: "Joseph R. Biden" (initials do not count); a
# capitalised word further back is a description ("Rival Hillary Clinton").
GIVEN_NAMES_MAX = 2
# Capitalised words written before a name that describe rather than name: "Former", "Rival",
# "Democrat Hillary Clinton", "Republican nominee …".
NAME_DESCRIPTIONS = frozenset(
    "former rival democrat democratic republican gop independent libertarian green the a an"
    " late then acting".split()
)
_INITIAL = re.compile(r"^[A-Z]\.$")


def _name_words(subject: str, surname_key: str) -> list[str] | None:
    """The words of the person's name in ``subject`` that end at the voice's surname ("Ed
    Rendell" in "Former Pennsylvania Gov. Ed Rendell", "Joseph R. Biden Jr."), or None when the
    surname is not written there ("the senator")."""
    words = subject.split()
    ends = [i for i, w in enumerate(words) if translit_key(_bare(w)) == surname_key]
    if not ends:
        return None
    end = ends[-1] + 1
    while end < len(words) and fold(words[end]).strip(".,") in NAME_SUFFIXES:
        end += 1
    start, given = ends[-1], 0
    while start > 0 and given < GIVEN_NAMES_MAX:
        word = _bare(words[start - 1])
        folded = fold(word).strip(".")
        if not word[:1].isupper() or folded in ROLE_TITLES | HONORIFICS | NAME_DESCRIPTIONS:
            break
        if not _INITIAL.match(word):
            given += 1
        start -= 1
    return words[start:end]


def _surname_key(voice: str) -> str:
    """The surname of a person voice: "clinton" of person:clinton and of person:clinton~bill
    (a second person of that surname in one article, entities.SHARED_SURNAME_RULE)."""
    return voice.removeprefix("person:").partition(SHARED_SURNAME_MARK)[0]


def _bare(word: str) -> str:
    """A word without the punctuation and possessive around it."""
    return re.sub(r"(?:['’]s)$", "", word.strip("‘’“”\"'(),;:"))


def _given_name(name: list[str]) -> str | None:
    """The first given name of a name read by ``_name_words`` ("Ed" of "Ed Rendell", "Joseph"
    of "Joseph R. Biden Jr."), or None for a surname alone."""
    for word in name[:-1]:
        if not _INITIAL.match(word):
            return fold(_bare(word))
    return None


def _speaker_keys(facets: list[Facet]) -> dict[str, str]:
    """Each lone statement's speaker key: its voice when that names a person or organisation
    and no other person of the same surname speaks (two given names under one voice, "Bill
    Clinton" and "Hillary Clinton", are two speakers, and a bare "Clinton" then stays apart);
    otherwise its subject as written."""
    keys: dict[str, str] = {}
    by_voice: dict[str, list[tuple[Facet, list[str] | None]]] = {}
    for facet in facets:
        voice = facet.values[0].evidence[0].voice
        keys[facet.id] = f"subject:{fold(facet.subject)}"
        if voice.startswith("person:"):
            name = _name_words(facet.subject, _surname_key(voice))
            by_voice.setdefault(voice, []).append((facet, name))
        elif voice.startswith("org:") and _is_org_name(facet.subject, voice):
            keys[facet.id] = voice
    for voice, named in by_voice.items():
        givens: list[str] = []
        for _, name in named:
            given = _given_name(name) if name else None
            if given and not any(same_given_name(given, g) for g in givens):
                givens.append(given)
        for facet, name in named:
            if name is None:
                continue  # the surname is not written: the subject as written
            given = _given_name(name)
            if given is None and len(givens) > 1:
                continue  # which of the two people? the subject as written
            known = next((g for g in givens if given and same_given_name(given, g)), "")
            keys[facet.id] = f"{voice}{SHARED_SURNAME_MARK}{known}" if len(givens) > 1 else voice
    return keys


def _is_org_name(subject: str, voice: str) -> bool:
    """The subject is the organisation's name itself ("the Clinton campaign", "NATO"), not a
    person speaking for it ("White House spokesman Josh Earnest")."""
    words = [w for w in fold(subject).split() if w not in ORG_KEY_DROP]
    if words[:1] == ["the"]:
        words = words[1:]
    return " ".join(words) == voice.removeprefix("org:")


def speakers(dossier: Dossier) -> list[tuple[str, list[Facet]]]:
    """The lone statements grouped by who makes them (one voice naming a person or
    organisation is one speaker, see ``_speaker_keys``; 'Video' and 'video' are one), the
    speaker with most statements first, each speaker's in reading order (article, then place
    in it). A speaker is labelled with the fullest name written for them, the first such."""
    article_rank = {a["id"]: i for i, a in enumerate(dossier.articles)}

    def reading_order(facet: Facet) -> tuple[int, int, str]:
        first = facet.values[0].evidence[0]
        return (article_rank.get(first.article, len(article_rank)), first.sentence.start, facet.id)

    lone = sorted((f for f in dossier.facets if lone_statement(f)), key=reading_order)
    keys = _speaker_keys(lone)
    groups: dict[str, list[Facet]] = {}
    for facet in lone:
        groups.setdefault(keys[facet.id], []).append(facet)

    def fullness(facet: Facet) -> int:
        voice = facet.values[0].evidence[0].voice
        if not voice.startswith("person:"):
            return 0
        return len(_name_words(facet.subject, _surname_key(voice)) or [])

    # an outlet speaking in its own voice is named as every chain names it ('nyt', not 'Nyt')
    outlets = {a["outlet"] for a in dossier.articles}
    named = []
    for facets in groups.values():
        most = max(fullness(f) for f in facets)
        subject = next(f.subject for f in facets if fullness(f) == most)
        named.append((subject if subject in outlets else capitalized(subject), facets))
    return sorted(named, key=lambda group: (-len(group[1]), fold(group[0])))


ONE_STATEMENT_HEADING = "Speakers with one statement"


@dataclass(frozen=True, slots=True)
class SpeakerBlock:
    """A heading of the statements list and what it holds: one speaker's statements, or (for
    the speakers quoted once, so each gets no heading of its own) one per speaker."""

    heading: str
    statements: list[tuple[str, Facet]]  # (speaker, facet)
    one_speaker: bool


def speaker_blocks(dossier: Dossier) -> list[SpeakerBlock]:
    """The statements list as shown: a block per speaker with several, most first, then one
    block for the speakers with one statement each."""
    blocks, once = [], []
    for speaker, facets in speakers(dossier):
        if len(facets) > 1:
            heading = f"{speaker} — {plural(len(facets), 'statement')}"
            blocks.append(SpeakerBlock(heading, [(speaker, f) for f in facets], True))
        else:
            once.append((speaker, facets[0]))
    if once:
        blocks.append(SpeakerBlock(ONE_STATEMENT_HEADING, once, False))
    return blocks


def statements_line(blocks: list[SpeakerBlock]) -> str:
    """'192 statements by 80 speakers, each from one source' of ``speaker_blocks``, or '' when
    there are none."""
    if not blocks:
        return ""
    count = sum(len(b.statements) for b in blocks)
    people = sum(1 if b.one_speaker else len(b.statements) for b in blocks)
    return f"{plural(count, 'statement')} by {plural(people, 'speaker')}, each from one source"


def claim_matrix(dossier: Dossier) -> tuple[list[str], list[tuple[Facet, list[list[str]]]]]:
    """Who says what: the outlets of the story, and for each fact that more than one voice
    speaks to (contested, updated, corroborated), the value labels each outlet gives, one cell
    per outlet (empty when the outlet does not speak to it). Order as in ``sections``."""
    outlets = sorted({a["outlet"] for a in dossier.articles})
    rows = []
    for section in sections(dossier):
        if section.verdict == "single_source":
            continue
        for facet in section.facets:
            said: dict[str, list[str]] = {outlet: [] for outlet in outlets}
            for value in facet.values:
                for outlet in sorted({e.outlet for e in value.evidence}):
                    if value.label not in said.setdefault(outlet, []):
                        said[outlet].append(value.label)
            rows.append((facet, [said[outlet] for outlet in outlets]))
    return outlets, rows


def verdict_counts(dossier: Dossier) -> dict[str, int]:
    """How many facets have each verdict, in VERDICT_SECTIONS order."""
    return {v: sum(1 for f in dossier.facets if f.verdict == v) for v, _ in VERDICT_SECTIONS}


def weighed_first(counts: dict[str, int], articles: int) -> tuple[int, ...]:
    """A story's place in a list that leads with what a reader weighs first: contested, updated,
    then corroborated facts, then the stories more articles tell (sort key, ascending)."""
    return (-counts["contradicted"], -counts["updated"], -counts["corroborated"], -articles)


def plural(n: int, word: str) -> str:
    """'1 story', '2 stories', '3 articles'."""
    if n != 1 and word.endswith("y") and word[-2:-1] not in "aeiou":
        return f"{n} {word[:-1]}ies"
    return f"{n} {word}{'' if n == 1 else 's'}"


def summary_line(dossier: Dossier) -> str:
    counts = verdict_counts(dossier)
    unnamed = [a for a in dossier.articles if a["outlet"].endswith(UNKNOWN_OUTLET)]
    outlets = {a["outlet"] for a in dossier.articles} - {a["outlet"] for a in unnamed}
    sources = f"{plural(len(dossier.articles), 'article')} · {plural(len(outlets), 'outlet')}"
    if unnamed:
        sources += f" ({plural(len(unnamed), 'article')} with no outlet named)"
    lone = sum(1 for f in dossier.facets if lone_statement(f))
    of_them = f" ({lone} of them statements)" if lone else ""
    several = sum(
        1 for f in dossier.facets if section_key(f) == SEVERAL_SOURCES and not lone_statement(f)
    )
    from_several = f" · {several} from {SEVERAL_SOURCES_HEADING.lower()}" if several else ""
    return (
        f"{sources} · "
        f"{counts['contradicted']} contested · {counts['updated']} updated · "
        f"{counts['corroborated']} corroborated · "
        f"{counts['single_source'] - several} single-source{of_them}{from_several}"
    )


@dataclass(frozen=True, slots=True)
class GraphNode:
    id: str
    label: str
    column: int  # 0 for outlets; a relayed voice sits right of everything that relays it
    outlet: bool
    original: bool  # the last link of some chain: a voice that is counted
    sentences: int  # sentences it is the original voice of (sentences_by_chain)


@dataclass(frozen=True, slots=True)
class GraphEdge:
    source: str  # node ids: the relaying voice and the voice it relays
    target: str
    sentences: int


def source_graph(dossier: Dossier) -> tuple[list[GraphNode], list[GraphEdge]]:
    """Who relays whom: each chain of the dossier's sources as a path from the outlet to the
    original voice. A voice relayed by several outlets (the Kremlin quoted by two papers) is one
    node with several edges in, so a shared upstream source shows as one. Past
    HEARD_ONCE_DRAWN, the voices one outlet alone quotes once are one node.

    Nodes are returned column by column, each column ordered by the mean row of the nodes that
    relay it (fewer crossings when drawn), then by label; edges in node order."""

    # the last link of a chain is known by its independence key; the same label elsewhere in a
    # chain is the same voice
    voice_of_label = {}
    for row in dossier.sources:
        voice_of_label.setdefault(fold(row["chain"][-1]), row["voice"])
    labels: dict[str, list[str]] = {}  # a voice may be named several ways (Kremlin, its spokesman)
    sentences: dict[str, int] = {}
    through: dict[str, int] = {}  # sentences on chains that pass through a node
    said = sentences_by_chain(dossier)
    outlets: set[str] = set()
    originals: set[str] = set()
    edges: dict[tuple[str, str], int] = {}
    for row in dossier.sources:
        chain = row["chain"]
        heard = len(said.get(tuple(chain), ()))
        ids = [f"outlet:{chain[0]}"] + [
            row["voice"] if i == len(chain) - 1 else voice_of_label.get(fold(x), f"label:{fold(x)}")
            for i, x in enumerate(chain[1:], start=1)
        ]
        outlets.add(ids[0])
        for node, label in zip(ids, chain, strict=True):
            if label not in labels.setdefault(node, []):
                labels[node].append(label)
            through[node] = through.get(node, 0) + heard
        originals.add(ids[-1])
        sentences[ids[-1]] = sentences.get(ids[-1], 0) + heard
        for a, b in zip(ids, ids[1:], strict=False):
            if a != b:
                edges[(a, b)] = edges.get((a, b), 0) + heard
    heard_once = _gather_heard_once(labels, sentences, outlets, edges)
    for node in heard_once:
        through[node] = edges[(node.removeprefix("heard-once:"), node)]
    column = {node: 0 for node in labels}
    for _ in range(len(labels)):  # longest path from an outlet; bounded, so a cycle cannot spin
        changed = False
        for a, b in edges:
            if b not in outlets and column[b] < column[a] + 1 <= len(labels):
                column[b] = column[a] + 1
                changed = True
        if not changed:
            break
    row_of: dict[str, float] = {}
    ordered: list[str] = []
    for c in range(max(column.values(), default=-1) + 1):
        keys = {}
        for node in (n for n in labels if column[n] == c):
            parents = [row_of[a] for a, b in edges if b == node and a in row_of]
            if c == 0:
                keys[node] = (-through[node], False, labels[node][0])
            else:  # under the voices that relay it: fewer crossing lines
                keys[node] = (
                    sum(parents) / len(parents) if parents else 0.0,
                    node in heard_once,  # below the voices drawn one by one
                    labels[node][0],
                )
        for i, node in enumerate(sorted(keys, key=keys.__getitem__)):
            row_of[node] = i
            ordered.append(node)
    nodes = [
        GraphNode(
            id=n,
            label=" / ".join(labels[n]),
            column=column[n],
            outlet=n in outlets,
            original=n in originals,
            sentences=sentences.get(n, 0),
        )
        for n in ordered
    ]
    rank = {n: i for i, n in enumerate(ordered)}
    graph_edges = [
        GraphEdge(a, b, k)
        for (a, b), k in sorted(edges.items(), key=lambda e: (rank[e[0][0]], rank[e[0][1]]))
    ]
    return nodes, graph_edges


# The most voices heard once that a graph draws one box each under one outlet: a long story
# has dozens that only their outlet quotes, once each (40 of a two-report PolNeAR story's 55
# voices), and a box apiece makes the graph screens tall with nothing on relays to see; past
# this many they are one box, "43 voices heard once" (the sources table lists each).
HEARD_ONCE_DRAWN = 8


def _gather_heard_once(labels, sentences, outlets, edges) -> set[str]:
    """Replace, under each outlet that quotes more than HEARD_ONCE_DRAWN voices heard once (one
    sentence, quoted by that outlet alone, relaying no one), those voices by one node
    'heard-once:<outlet id>'; returns the new nodes. Mutates the graph being built."""
    into: dict[str, list[str]] = {}
    relays = {a for a, _ in edges}
    for a, b in edges:
        into.setdefault(b, []).append(a)
    lone: dict[str, list[str]] = {}
    for node in labels:
        parents = into.get(node, [])
        if (
            node not in outlets
            and sentences.get(node) == 1
            and node not in relays
            and len(parents) == 1
            and parents[0] in outlets
        ):
            lone.setdefault(parents[0], []).append(node)
    gathered = set()
    for outlet, nodes in lone.items():
        if len(nodes) <= HEARD_ONCE_DRAWN:
            continue
        for node in nodes:
            del labels[node], sentences[node], edges[(outlet, node)]
        summary = f"heard-once:{outlet}"
        labels[summary] = [f"{len(nodes)} voices heard once"]
        edges[(outlet, summary)] = len(nodes)
        gathered.add(summary)
    return gathered


def sentences_by_chain(dossier: Dossier) -> dict[tuple[str, ...], set[tuple[str, int, int]]]:
    """The sentences (article, start, end) each chain of the dossier's sources is heard in.
    What a reader counts is sentences: one sentence backs several values ("met on June 29" is
    the meeting's date and that it took place), so the evidence a source row counts (21 for
    the seeds' "secret service sources") is more than the sentences behind it (8)."""
    said: dict[tuple[str, ...], set[tuple[str, int, int]]] = {}
    for facet in dossier.facets:
        for value in facet.values:
            for e in value.evidence:
                said.setdefault(e.chain, set()).add((e.article, e.sentence.start, e.sentence.end))
    return said


def voice_names(dossier: Dossier) -> dict[str, str]:
    """Each independent voice as a reader knows it: the original source its most heard chain
    names ("Kremlin spokesman Dmitry Peskov", "a NY1 representative"), not its key
    ("org:kremlin", "outlet:west-journal~a ny1 representative")."""
    names: dict[str, str] = {}
    for row in dossier.sources:  # most statements first
        names.setdefault(row["voice"], row["chain"][-1])
    return names


@dataclass(frozen=True, slots=True)
class SourceRow:
    """A row of a dossier's sources table: a chain, the independent voice it counts as (named,
    see ``voice_names``), the sentences it is heard in and how surely they are said."""

    chain: str  # 'WION ← Kremlin spokesman Dmitry Peskov'
    voice: str
    sentences: int
    grades: list[str]  # GRADE_LABEL keys, surest first


def source_rows(dossier: Dossier) -> list[SourceRow]:
    """The sources table, the chains heard in most sentences first."""
    said = sentences_by_chain(dossier)
    names = voice_names(dossier)
    rows = [
        SourceRow(
            chain=" ← ".join(row["chain"]),
            voice=names[row["voice"]],
            sentences=len(said.get(tuple(row["chain"]), ())),
            grades=surest_first(row["grades"]),
        )
        for row in dossier.sources
    ]
    return sorted(rows, key=lambda r: -r.sentences)  # stable: ties keep the dossier's order


def voices(dossier: Dossier) -> list[dict]:
    """The dossier's independent voices, most sentences first: how each is named, which
    outlets carry it, how many sentences it is heard in, and how surely they are said."""
    by_voice: dict[str, dict] = {}
    heard: dict[str, set[tuple[str, int, int]]] = {}
    said = sentences_by_chain(dossier)
    for row in dossier.sources:
        voice = by_voice.setdefault(row["voice"], {"names": [], "outlets": [], "grades": []})
        name = row["chain"][-1]
        if name not in voice["names"]:
            voice["names"].append(name)
        if row["chain"][0] not in voice["outlets"]:
            voice["outlets"].append(row["chain"][0])
        heard.setdefault(row["voice"], set()).update(said.get(tuple(row["chain"]), set()))
        voice["grades"] += [g for g in row["grades"] if g not in voice["grades"]]
    return sorted(
        (
            {"voice": k, **v, "sentences": len(heard[k]), "grades": surest_first(v["grades"])}
            for k, v in by_voice.items()
        ),
        key=lambda v: (-v["sentences"], v["voice"]),
    )
