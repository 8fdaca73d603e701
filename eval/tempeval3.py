"""Score time-expression extraction and normalisation on TempEval-3 (UzZaman et al., 2013).

Gold: ``Evaluation/te3-platinum/*.tml`` (inline TimeML). Input text and document creation time
(DCT): ``Evaluation/TE3-platinum-test/*.TE3input``. ``--split train`` scores the TimeBank and
AQUAINT training files (``Training/TBAQ-cleaned``) instead; tune there only.

Metrics, from the task paper's definitions:

- extent, strict: a system TIMEX3 matches a gold one when both offsets are equal (after
  trimming edge punctuation from both, as a token-based scorer would not count a sentence's
  final period as part of "next week."); relaxed: when the two extents overlap.
  Precision = matched system / system, recall = matched gold / gold, F1 their harmonic mean.
  Matching is one to one.
- attribute accuracy (type, value) over the relaxed matches: the share of matched pairs whose
  attribute is equal.
- attribute F1 = relaxed F1 x attribute accuracy (the TE3 ranking figure for value).

The first TIMEX3 of each file is the DCT: it is given to the system and never scored.

Diagnostics (train split): ``--errors`` lists the mismatches, ``--groups N`` the largest error
groups, ``--payoff N`` the phrase patterns that cost value F1 the most, ``--count REGEX`` how
the gold treats a phrase pattern each time it occurs (tagged or not, with which type, value
shape and extent: the count table behind following a gold convention), ``--pairs FILE`` every
pair, right or wrong, for diffing two runs (the train cases a rule changes).
``--spacy-fallback read|all`` is an experiment, not the system: it adds spaCy's DATE/TIME entities
that overlap none of ours (session 9, train: relaxed F1 95.1 -> 94.7 / 92.2, value F1 83.3 ->
82.9 / 80.4; +3 / +9 gold matched for +22 / +130 invented, mostly ages and bare numbers).
Since value F1 equals 2 x right values / (system + gold), a kind of expression pays only where
more than value F1 / 2 of what the system finds of it has the right value.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "datasets"
CACHE_DIR = Path("/tmp/corroborator-tempeval3-cache")

# Filenames whose gold and input spellings differ in the distribution.
INPUT_NAME_QUIRKS = {"nyt_20130321_sarcozy.tml": "nyt_20130321_sarkozy.tml"}

TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>")
ATTR = re.compile(r'([A-Za-z_]+)="([^"]*)"')


@dataclass(frozen=True, slots=True)
class GoldTimex:
    start: int
    end: int
    type: str
    value: str
    text: str


@dataclass(slots=True)
class TmlDoc:
    name: str
    text: str  # plain text of the <TEXT> element
    dct: str  # ISO date
    timexes: list[GoldTimex] = field(default_factory=list)


def _strip_tml(markup: str) -> tuple[str, list[tuple[int, int, dict[str, str]]]]:
    """Plain text of an inline-XML fragment and the (start, end, attrs) of its TIMEX3 tags."""
    out: list[str] = []
    length = 0
    open_timex: list[tuple[int, dict[str, str]]] = []
    found: list[tuple[int, int, dict[str, str]]] = []
    pos = 0
    for m in TAG.finditer(markup):
        piece = html.unescape(markup[pos : m.start()])
        out.append(piece)
        length += len(piece)
        pos = m.end()
        closing, name, attrs, selfclosing = m.group(1), m.group(2), m.group(3), m.group(4)
        if name != "TIMEX3" or selfclosing:
            continue
        if closing:
            start, attributes = open_timex.pop()
            found.append((start, length, attributes))
        else:
            open_timex.append((length, dict(ATTR.findall(attrs))))
    piece = html.unescape(markup[pos:])
    out.append(piece)
    return "".join(out), found


def _element(raw: str, name: str, path: Path) -> str:
    m = re.search(rf"<{name}>(.*?)</{name}>", raw, re.S)
    if not m:
        raise ValueError(f"{path}: no <{name}> element")
    return m.group(1)


def _dct(raw: str, path: Path) -> str:
    m = re.search(r"<DCT>.*?value=\"([^\"]+)\"", raw, re.S)
    if not m:
        raise ValueError(f"{path}: no DCT value")
    return m.group(1)[:10]


def load_gold(path: Path, input_path: Path | None = None) -> TmlDoc:
    """Parse one gold .tml file; text and DCT come from ``input_path`` when given."""
    raw = path.read_text(encoding="utf-8")
    text, tags = _strip_tml(_element(raw, "TEXT", path))
    dct = _dct(raw, path)
    if input_path is not None:
        raw_in = input_path.read_text(encoding="utf-8")
        in_text, _ = _strip_tml(_element(raw_in, "TEXT", input_path))
        if in_text != text:
            raise ValueError(f"{input_path}: input text differs from gold text of {path}")
        dct = _dct(raw_in, input_path)
    timexes = [
        GoldTimex(s, e, a.get("type", ""), a.get("value", ""), text[s:e])
        for s, e, a in sorted(tags, key=lambda t: (t[0], t[1]))
    ]
    return TmlDoc(path.name, text, dct, timexes)


def load_split(data: Path, split: str, corpus: str | None = None) -> list[TmlDoc]:
    """The documents of a split; for ``train``, ``corpus`` keeps only TimeBank or AQUAINT."""
    base = data / "tempeval3"
    if split == "platinum":
        gold_dir = base / "Evaluation" / "te3-platinum"
        input_dir = base / "Evaluation" / "TE3-platinum-test"
        docs = []
        for path in sorted(gold_dir.glob("*.tml")):
            name = INPUT_NAME_QUIRKS.get(path.name, path.name)
            docs.append(load_gold(path, input_dir / f"{name}.TE3input"))
        return docs
    paths = sorted((base / "Training" / "TBAQ-cleaned").glob(f"{corpus or '*'}/*.tml"))
    return [load_gold(p) for p in paths]


# --------------------------------------------------------------------------------------------
# System run
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SysTimex:
    start: int
    end: int
    type: str
    value: str


def _parses(nlp, docs: list[TmlDoc]) -> list:  # type: ignore[no-untyped-def]
    """spaCy parses of the documents, cached on disk (keyed by model and text)."""
    import hashlib

    from spacy.tokens import DocBin

    from corroborator.analyze.nlp import pipeline_id

    key = hashlib.sha256(
        pipeline_id(nlp).encode() + b"".join(d.text.encode() for d in docs)
    ).hexdigest()[:20]
    path = CACHE_DIR / f"{key}.spacy"
    if path.exists():
        return list(DocBin().from_disk(path).get_docs(nlp.vocab))
    parsed = list(nlp.pipe([d.text for d in docs], batch_size=16))
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    DocBin(store_user_data=False, docs=parsed).to_disk(path)
    return parsed


def system_timexes(doc, tml: TmlDoc) -> list[SysTimex]:  # type: ignore[no-untyped-def]
    """Run extract_times and map each TimeRef to TIMEX3 (extent, type, value) as TimeML marks
    it up (``timeml_form``: "five days after the coup" and "three days later" are DURATIONs).
    """
    from corroborator.analyze.timex import extract_times, timeml_form
    from corroborator.model import Article

    article = Article(id=tml.name, text=tml.text, source=tml.name, published=tml.dct)
    return [SysTimex(*timeml_form(t, tml.text)) for t in extract_times(doc, article)]


def fallback_timexes(  # type: ignore[no-untyped-def]
    doc, tml: TmlDoc, found: list[SysTimex], mode: str
) -> list[SysTimex]:
    """The experiment of ``--spacy-fallback``: spaCy's DATE/TIME entities that overlap none of
    ``found``, added with our normaliser's reading of the entity's own words (extract_times on
    ``ent.as_doc()`` against the same DCT). ``mode`` "read" adds only the entities our
    normaliser reads (its longest reading gives type and value, the entity the extent); "all"
    adds every entity, an unread one as DATE/TIME with an unknown value (XXXX-XX-XX)."""
    from corroborator.analyze.timex import extract_times, timeml_form
    from corroborator.model import Article

    added: list[SysTimex] = []
    for ent in doc.ents:
        if ent.label_ not in {"DATE", "TIME"}:
            continue
        if any(s.start < ent.end_char and ent.start_char < s.end for s in found):
            continue
        sub = ent.as_doc()
        article = Article(id=tml.name, text=sub.text, source=tml.name, published=tml.dct)
        reads = [timeml_form(t, sub.text) for t in extract_times(sub, article)]
        if reads:
            _, _, type_, value = max(reads, key=lambda r: (r[1] - r[0], -r[0]))
        elif mode == "all":
            type_, value = ent.label_, "XXXX-XX-XX" if ent.label_ == "DATE" else "XXXX-XX-XXTXX"
        else:
            continue
        added.append(SysTimex(ent.start_char, ent.end_char, type_, value))
    return sorted([*found, *added], key=lambda s: (s.start, s.end))


# --------------------------------------------------------------------------------------------
# Scoring
# --------------------------------------------------------------------------------------------


@dataclass(slots=True)
class Counts:
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    type_ok: int = 0
    value_ok: int = 0


def _prf(matched: int, system: int, gold: int) -> tuple[float, float, float]:
    p = matched / system if system else 0.0
    r = matched / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


# Characters trimmed from both ends of both extents before the strict comparison: the gold
# sometimes takes in the sentence's final period or a comma ("next week.", "this century,"),
# which a token-based scorer would count as a separate token, not as part of the expression.
EDGE_PUNCTUATION = " \t\n.,;:!?\"'()[]"


def _core(text: str | None, start: int, end: int) -> tuple[int, int]:
    if text is None:
        return start, end
    while end > start and text[end - 1] in EDGE_PUNCTUATION:
        end -= 1
    while start < end and text[start] in EDGE_PUNCTUATION:
        start += 1
    return start, end


def score_doc(
    gold: list[GoldTimex], system: list[SysTimex], counts: Counts, text: str | None = None
) -> list[tuple]:
    """Add one document's matches to ``counts``; returns the (gold, system|None) pairs.

    With ``text``, strict matching compares extents trimmed of edge punctuation (see
    ``EDGE_PUNCTUATION``), the same trimming for gold and system.
    """
    counts.gold += len(gold)
    counts.system += len(system)
    used: set[int] = set()
    pairs: list[tuple] = []
    for g in gold:
        g_core = _core(text, g.start, g.end)
        exact = [
            i
            for i, s in enumerate(system)
            if i not in used and _core(text, s.start, s.end) == g_core
        ]
        overlapping = [
            i for i, s in enumerate(system) if i not in used and s.start < g.end and g.start < s.end
        ]
        pick = exact[0] if exact else (overlapping[0] if overlapping else None)
        if pick is None:
            pairs.append((g, None))
            continue
        used.add(pick)
        s = system[pick]
        counts.relaxed += 1
        counts.strict += bool(exact)
        counts.type_ok += s.type == g.type
        counts.value_ok += s.value == g.value
        pairs.append((g, s))
    for i, s in enumerate(system):
        if i not in used:
            pairs.append((None, s))
    return pairs


# Error kinds, in the order a pair is checked: a gold TIMEX3 the system missed, a system one
# with no gold, an extent that only overlaps, then a wrong type, then a wrong value.
ERROR_KINDS = ("missed", "invented", "extent", "type", "value")

# Word classes that fold error texts into patterns ("Tuesday night" and "Friday night" are one
# group "WEEKDAY night"), most specific first.
PATTERN_CLASSES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("WEEKDAY", re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)),
    ("MONTH", re.compile(
        r"\b(?:january|february|march|april|may|june|july|august|september|october"
        r"|november|december|jan\.|feb\.|aug\.|sept?\.|oct\.|nov\.|dec\.)", re.I)),
    ("NUMBER", re.compile(
        r"\b(?:\d+(?:[.,/]\d+)*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
        r"|twenty|thirty|forty|fifty|hundred)\b", re.I)),
)  # fmt: skip


def error_kind(g: GoldTimex | None, s: SysTimex | None, text: str) -> str | None:
    """The kind of a (gold, system) pair (see ERROR_KINDS), None when it is right."""
    if s is None:
        return "missed"
    if g is None:
        return "invented"
    if _core(text, g.start, g.end) != _core(text, s.start, s.end):
        return "extent"
    if g.type != s.type:
        return "type"
    if g.value != s.value:
        return "value"
    return None


def error_pattern(phrase: str) -> str:
    """A phrase folded into its pattern: lower case, word classes named (PATTERN_CLASSES)."""
    folded = " ".join(phrase.lower().split()).strip(EDGE_PUNCTUATION)
    for name, pattern in PATTERN_CLASSES:
        folded = pattern.sub(name, folded)
    return folded


# Spellings of one value that differ only in annotation notation, not in meaning, found in the
# AQUAINT half of the training data (diagnostic only: the scores stay exact-match, as TE3's):
# a weekday's part of the day left out ("2000-01-05" for "Wednesday night", where TimeBank
# and the guidelines write "2000-01-05TNI"), a year padded with unknown months or days
# ("1968-XX", "1994-XX-XX"), a decade with an X ("199X" for "199"), a week number unpadded
# ("2000-W7" for "2000-W07").
NOTATION_VARIANTS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"T(?:MO|AF|EV|NI|DT)$"), ""),
    (re.compile(r"(?:-XX)+$"), ""),
    (re.compile(r"^(\d{3})X$"), r"\1"),
    (re.compile(r"-W(\d)$"), r"-W0\1"),
)


def notation_only(gold_value: str, system_value: str) -> bool:
    """Do two different values differ only in notation (NOTATION_VARIANTS)?"""

    def fold(value: str) -> str:
        for pattern, repl in NOTATION_VARIANTS:
            value = pattern.sub(repl, value)
        return value

    return gold_value != system_value and fold(gold_value) == fold(system_value)


@dataclass(slots=True)
class GoldDecisions:
    """How the gold treats one phrase pattern in a corpus (see gold_decisions)."""

    occurrences: int = 0  # matches of the pattern in the text
    tagged: int = 0  # ... that overlap a gold TIMEX3
    # (type, value shape, "exact" | "wider" | "narrower" | "other" extent) -> count; untagged
    # occurrences count under ("-", "-", "untagged")
    decisions: dict[tuple[str, str, str], int] = field(default_factory=dict)


# Characters of context on each side of a pair in the --pairs listing.
PAIR_CONTEXT = 60


def pair_line(tml: TmlDoc, g: GoldTimex | None, s: SysTimex | None) -> str:
    """One (gold, system) pair as a tab-separated line: OK when the values agree (the value
    F1 numerator), XX otherwise; document, DCT, gold and system extent/type/value, context."""
    spans = [x for x in (g, s) if x is not None]
    start, end = min(x.start for x in spans), max(x.end for x in spans)
    verdict = "OK" if g is not None and s is not None and g.value == s.value else "XX"
    gold = f"{g.text!r} {g.type} {g.value}" if g is not None else "-"
    system = f"{tml.text[s.start : s.end]!r} {s.type} {s.value}" if s is not None else "-"
    context = tml.text[max(0, start - PAIR_CONTEXT) : end + PAIR_CONTEXT]
    context = re.sub(r"\s+", " ", context)
    return f"{verdict}\t{tml.name}\t{tml.dct}\t{start}\tgold {gold}\tsys {system}\t{context}"


def value_shape(value: str) -> str:
    """A value with its digits folded to 9 ("1998-10-23TNI" -> "9999-99-99TNI")."""
    return re.sub(r"\d", "9", value)


def gold_decisions(docs: list[TmlDoc], pattern: re.Pattern[str]) -> GoldDecisions:
    """Count, over ``docs``, every match of ``pattern`` in the text, how many the gold tags,
    and with which type, value shape and extent (the match's own, wider, narrower or other).
    The untagged occurrences are counted too: a convention is what the gold does every time
    the phrase occurs, not only when it tags it."""
    out = GoldDecisions()
    for doc in docs:
        for m in pattern.finditer(doc.text):
            if m.end() == m.start():
                continue
            out.occurrences += 1
            gold = [g for g in doc.timexes if g.start < m.end() and m.start() < g.end]
            if not gold:
                key = ("-", "-", "untagged")
            else:
                g = gold[0]
                out.tagged += 1
                ms, me = _core(doc.text, m.start(), m.end())
                gs, ge = _core(doc.text, g.start, g.end)
                if (gs, ge) == (ms, me):
                    extent = "exact"
                elif gs <= ms and me <= ge:
                    extent = "wider"
                elif ms <= gs and ge <= me:
                    extent = "narrower"
                else:
                    extent = "other"
                key = (g.type, value_shape(g.value), extent)
            out.decisions[key] = out.decisions.get(key, 0) + 1
    return out


@dataclass(slots=True)
class PatternTally:
    """What the system found under one folded phrase pattern (see error_pattern)."""

    found: int = 0  # system TIMEX3s
    right: int = 0  # ... that match a gold one with the same value


def pattern_payoff(
    tallies: dict[str, PatternTally], c: Counts
) -> list[tuple[str, PatternTally, float]]:
    """Patterns ranked by what they cost value F1. Value F1 = 2 x right values / (system +
    gold), so a pattern adds to it only where the share of its finds with the right value is
    above value F1 / 2 (the break-even share); returns (pattern, tally, its effect on value F1
    in points: F1 with the pattern's finds minus F1 without them), most costly first."""
    right = c.value_ok
    total = c.system + c.gold
    if not total:
        return []
    now = 200 * right / total
    out = []
    for pattern, t in tallies.items():
        without = 200 * (right - t.right) / (total - t.found) if total > t.found else 0.0
        out.append((pattern, t, now - without))
    return sorted(out, key=lambda x: (x[2], x[0]))


# --------------------------------------------------------------------------------------------
# Tallies (--tally): what the system invents, where its extents differ, why its values differ
# --------------------------------------------------------------------------------------------

# Word kinds at the edge of an extent mismatch (extent_kind), checked in this order; a word of
# none of them is "other". "earlier"/"later" lead a part of a period ("earlier this week") and
# trail a shift ("a day earlier"), so the side decides (EDGE_TRAILING_SHIFT).
EDGE_WORD_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("determiner", re.compile(r"(?i)(?:the|a|an|its|this|that|each|of)$")),
    ("approximator", re.compile(
        r"(?i)(?:about|around|nearly|almost|some|roughly|approximately|over|more|less|than|at"
        r"|least|just|only|within|under|up|to|sometime|right|then|post-?)$")),
    ("part of a period", re.compile(
        r"(?i)(?:early|late|mid-?|earlier|later|beginning|end|middle|start|first|last|half"
        r"|part|good|flat)$")),
    ("part of the day", re.compile(
        r"(?i)(?:morning|afternoon|evening|night|tonight|noon|midnight|overnight)$")),
    ("calendar word", re.compile(
        r"(?i)(?:\d+[\d:.,]*|(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan\.?|feb\.?|march"
        r"|april|may|june|july|aug\.?|sept?\.?|oct\.?|nov\.?|dec\.?|january|february|august"
        r"|september|october|november|december|year|month|week|next|this|coming|eighth"
        r"|a\.m\.|p\.m\.|[a-z]+th)$")),
    ("unit noun", re.compile(r"(?i)(?:period|term|days?|weeks?|months?|years?|quarters?)$")),
    ("coordination", re.compile(r"(?i)(?:and|or|so|beyond|two)$")),
)  # fmt: skip
EDGE_TRAILING_SHIFT = re.compile(r"(?i)(?:ago|earlier|later|before|after|since)$")


def _edge_kind(words: list[str], trailing: bool) -> str:
    """The kinds of the words one extent has beyond the other on one side, "+"-joined."""
    kinds: list[str] = []
    for w in words:
        w = w.strip(EDGE_PUNCTUATION)
        if not w:
            continue
        if trailing and EDGE_TRAILING_SHIFT.match(w):
            kind = "shift word"
        else:
            kind = next((k for k, p in EDGE_WORD_KINDS if p.match(w)), "other")
        if kind not in kinds:
            kinds.append(kind)
    return "+".join(kinds) or "punctuation"


def extent_kind(text: str, g: GoldTimex, s: SysTimex) -> str:
    """How an overlapping system extent differs from the gold one: which side, wider or
    narrower, and the kind of the words in between (EDGE_WORD_KINDS): "system adds determiner
    before" for "the past decade" against "past decade"."""
    gs, ge = _core(text, g.start, g.end)
    ss, se = _core(text, s.start, s.end)
    parts: list[str] = []
    if ss < gs:
        parts.append(f"system adds {_edge_kind(text[ss:gs].split(), False)} before")
    elif gs < ss:
        parts.append(f"system lacks {_edge_kind(text[gs:ss].split(), False)} before")
    if se > ge:
        parts.append(f"system adds {_edge_kind(text[ge:se].split(), True)} after")
    elif ge > se:
        parts.append(f"system lacks {_edge_kind(text[se:ge].split(), True)} after")
    return "; ".join(parts) or "same"


# The grain of a TIMEX3 value, by shape (value_grain), most specific first.
VALUE_GRAINS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("time", re.compile(r"T")),
    ("reference", re.compile(r"^(?:PAST|PRESENT|FUTURE)_REF$")),
    ("duration", re.compile(r"^P")),
    ("weekend", re.compile(r"-WE$")),
    ("week", re.compile(r"-W(?:\d+|XX)$")),
    ("day", re.compile(r"^[\dX]{4}-[\dX]{2}-[\dX]{2}$")),
    ("quarter", re.compile(r"-Q[\dX]$")),
    ("half", re.compile(r"-H[\dX]$")),
    ("season", re.compile(r"-(?:SP|SU|FA|WI)$")),
    ("month", re.compile(r"^[\dX]{4}-[\dX]{2}$")),
    ("year", re.compile(r"^[\dX]{4}$")),
    ("decade", re.compile(r"^\d{3}X?$")),
    ("century", re.compile(r"^\d{2}(?:XX)?$")),
)


def value_grain(value: str) -> str:
    return next((name for name, p in VALUE_GRAINS if p.search(value)), "other")


def value_cause(g: GoldTimex, s: SysTimex) -> str:
    """Why a matched pair's values differ: notation only (NOTATION_VARIANTS), the type, the
    grain (a week against a day, a quarter against a year), or, at one grain, the anchor (a
    different point: "day: 7 days apart" when a weekday was read a week off)."""
    if notation_only(g.value, s.value):
        return "notation"
    if g.type != s.type:
        return f"type {g.type} -> {s.type}"
    gg, sg = value_grain(g.value), value_grain(s.value)
    if gg != sg:
        return f"grain {gg} -> {sg}"
    if gg == "day" and "X" not in g.value + s.value:
        try:
            gap = abs((dt.date.fromisoformat(s.value) - dt.date.fromisoformat(g.value)).days)
        except ValueError:
            return "day: other"
        return "day: 7 days apart" if gap == 7 else f"day: {'1' if gap == 1 else '2+'} apart"
    if gg in {"year", "month", "week", "quarter"} and "X" not in g.value + s.value:
        return f"{gg}: another {gg}"
    return f"{gg}: other"


# Words that name the present or the recent past or the future (DATE PRESENT_REF, PAST_REF,
# FUTURE_REF); frequency and rate words (SET); for invented_kind.
REFERENCE_WORDS = re.compile(
    r"(?i)^(?:now|current(?:ly)?|presently|recent(?:ly)?|the (?:past|future)|soon|as soon as"
    r" possible|once|previously|formerly|lately|nowadays|these days|the current \w+)$"
)
RATE_WORDS = re.compile(
    r"(?i)^(?:daily|weekly|monthly|quarterly|annually|yearly|hourly|nightly|(?:a|per|an)"
    r" (?:second|minute|hour|day|night|week|month|quarter|year))$"
)


def invented_kind(phrase: str) -> str:
    """The kind of a phrase the system tagged where the gold has nothing."""
    p = " ".join(phrase.split()).strip(EDGE_PUNCTUATION)
    if REFERENCE_WORDS.match(p):
        return "reference word"
    if RATE_WORDS.match(p):
        return "frequency or rate"
    if re.search(r"-(?:hour|day|week|month|year|decade|quarter)s?$", p, re.I):
        return "compound modifier"
    if re.fullmatch(r"(?i)(?:the )?(?:(?:recent|coming|several|many|few|past|next|last"
                    r"|following|previous) )?(?:seconds|minutes|hours|days|weeks|months|years"
                    r"|decades|centuries)", p):  # fmt: skip
        return "bare or vague plural"
    if re.fullmatch(r"(?i)(?:the )?(?:day|week|month|year|quarter|period|night)", p):
        return "definite unit"
    if re.search(r"(?i)\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve"
                 r"|several|few|some)\s+(?:\w+\s+)?(?:seconds?|minutes?|hours?|days?|weeks?"
                 r"|months?|quarters?|years?|decades?|century|centuries)\b", p):  # fmt: skip
        return "counted period"
    return "calendar or other"


def gold_share(docs: list[TmlDoc], phrase: str) -> tuple[int, int]:
    """How often ``phrase`` occurs in ``docs`` (case-insensitive, whole words) and how many of
    those occurrences the gold tags: a phrase the gold usually tags is likely a gold omission
    where the system alone tagged it, one it usually leaves is likely not a time expression."""
    pattern = re.compile(rf"(?<!\w){re.escape(phrase.strip())}(?!\w)", re.I)
    seen = tagged = 0
    for doc in docs:
        for m in pattern.finditer(doc.text):
            seen += 1
            tagged += any(g.start < m.end() and m.start() < g.end for g in doc.timexes)
    return seen, tagged


def gold_verdict(seen: int, tagged: int) -> str:
    """A phrase's gold treatment elsewhere (gold_share), the system's own find included in
    ``seen``: the two thirds rule of the count tables."""
    others = seen - 1
    if others <= 0:
        return "seen once"
    share = tagged / others
    if share >= 2 / 3:
        return "gold tags it elsewhere"
    if share <= 1 / 3:
        return "gold leaves it elsewhere"
    return "gold split"


def error_tallies(
    docs: list[TmlDoc],
    pairs: list[tuple[TmlDoc, GoldTimex | None, SysTimex | None]],
    examples: dict[str, dict[str, str]] | None = None,
) -> dict[str, dict[str, int]]:
    """The three tallies of --tally: invented expressions by kind and gold treatment, extent
    mismatches by kind, value errors by cause. ``examples``, when given, gets the first case
    of each kind (tally name -> kind -> "gold ... | system ...")."""

    def note(name: str, kind: str, tml: TmlDoc, g: GoldTimex | None, s: SysTimex) -> None:
        if examples is not None and kind not in examples.setdefault(name, {}):
            gold = f"{g.text!r} {g.value}" if g is not None else "-"
            examples[name][kind] = f"gold {gold} | system {tml.text[s.start : s.end]!r} {s.value}"

    invented: dict[str, int] = {}
    extents: dict[str, int] = {}
    values: dict[str, int] = {}
    shares: dict[str, tuple[int, int]] = {}
    for tml, g, s in pairs:
        if s is None:
            continue
        if g is None:
            phrase = " ".join(tml.text[s.start : s.end].split()).strip(EDGE_PUNCTUATION)
            key = phrase.lower()
            if key not in shares:
                shares[key] = gold_share(docs, phrase)
            kind = f"{invented_kind(phrase)} / {gold_verdict(*shares[key])}"
            invented[kind] = invented.get(kind, 0) + 1
            note("invented", kind, tml, g, s)
            continue
        if _core(tml.text, g.start, g.end) != _core(tml.text, s.start, s.end):
            kind = extent_kind(tml.text, g, s)
            extents[kind] = extents.get(kind, 0) + 1
            note("extent", kind, tml, g, s)
        if g.value != s.value:
            cause = value_cause(g, s)
            values[cause] = values.get(cause, 0) + 1
            note("value", cause, tml, g, s)
    return {"invented": invented, "extent": extents, "value": values}


def missed_and_type_tallies(
    docs: list[TmlDoc],
    pairs: list[tuple[TmlDoc, GoldTimex | None, SysTimex | None]],
    examples: dict[str, dict[str, str]] | None = None,
) -> dict[str, dict[str, int]]:
    """The other two tallies of --tally: the gold expressions the system missed, by kind
    (invented_kind) and by how the gold treats the same phrase elsewhere (a miss the gold
    leaves elsewhere is the gold's slip, one it tags elsewhere is ours), and the type errors
    of matched pairs (gold type -> system type, and the grain of the system's value)."""
    missed: dict[str, int] = {}
    types: dict[str, int] = {}
    shares: dict[str, tuple[int, int]] = {}
    for tml, g, s in pairs:
        if g is None:
            continue
        if s is None:
            phrase = " ".join(g.text.split()).strip(EDGE_PUNCTUATION)
            key = phrase.lower()
            if key not in shares:
                shares[key] = gold_share(docs, phrase)
            seen, tagged = shares[key]
            kind = f"{invented_kind(phrase)} / {gold_verdict(seen, tagged - 1)}"
            missed[kind] = missed.get(kind, 0) + 1
            if examples is not None:
                examples.setdefault("missed", {}).setdefault(kind, f"gold {g.text!r} {g.value}")
            continue
        if g.type != s.type:
            kind = f"{g.type} -> {s.type} / {value_grain(s.value)}"
            types[kind] = types.get(kind, 0) + 1
            if examples is not None:
                examples.setdefault("type", {}).setdefault(
                    kind, f"gold {g.text!r} {g.type} | system {tml.text[s.start : s.end]!r}"
                )
    return {"missed": missed, "type": types}


def figures(c: Counts) -> dict[str, float | int]:
    sp, sr, sf = _prf(c.strict, c.system, c.gold)
    rp, rr, rf = _prf(c.relaxed, c.system, c.gold)
    type_acc = c.type_ok / c.relaxed if c.relaxed else 0.0
    value_acc = c.value_ok / c.relaxed if c.relaxed else 0.0
    return {
        "gold": c.gold,
        "system": c.system,
        "strict_p": 100 * sp,
        "strict_r": 100 * sr,
        "strict_f1": 100 * sf,
        "relaxed_p": 100 * rp,
        "relaxed_r": 100 * rr,
        "relaxed_f1": 100 * rf,
        "type_accuracy": 100 * type_acc,
        "value_accuracy": 100 * value_acc,
        "type_f1": 100 * rf * type_acc,
        "value_f1": 100 * rf * value_acc,
    }


def _print_counts(data: Path, regex: str, corpus: str | None, as_json: bool) -> int:
    """Print gold_decisions of a phrase pattern for each training corpus and both together."""
    pattern = re.compile(regex, re.I)
    corpora = [corpus] if corpus else ["TimeBank", "AQUAINT"]
    results = {c: gold_decisions(load_split(data, "train", c), pattern) for c in corpora}
    if as_json:
        print(json.dumps({c: {"occurrences": r.occurrences, "tagged": r.tagged,
                              "decisions": [[*k, n] for k, n in sorted(r.decisions.items())]}
                          for c, r in results.items()}, sort_keys=True))  # fmt: skip
        return 0
    total = sum(r.occurrences for r in results.values())
    tagged = sum(r.tagged for r in results.values())
    print(f"pattern {regex!r}: {total} occurrences, {tagged} tagged by the gold")
    for name, r in results.items():
        print(f"  {name}: {r.occurrences} occurrences, {r.tagged} tagged")
        for (type_, shape, extent), n in sorted(r.decisions.items(), key=lambda kv: -kv[1]):
            print(f"    {n:4d}  {type_:9}{shape:18}{extent}")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="datasets root")
    ap.add_argument("--split", choices=["platinum", "train"], default="platinum")
    ap.add_argument(
        "--corpus",
        choices=["TimeBank", "AQUAINT"],
        default=None,
        help="with --split train: score one training corpus only (AQUAINT is newswire)",
    )
    ap.add_argument("--model", default=None, help="spaCy pipeline (default: the settings' model)")
    ap.add_argument("--json", action="store_true", help="print one JSON object of the figures")
    ap.add_argument("--errors", action="store_true", help="list the mismatches")
    ap.add_argument(
        "--groups",
        type=int,
        default=0,
        metavar="N",
        help="print the N largest error groups (kind and folded phrase, see error_pattern)",
    )
    ap.add_argument(
        "--payoff",
        type=int,
        default=0,
        metavar="N",
        help="print the N system phrase patterns that cost value F1 the most (see pattern_payoff)",
    )
    ap.add_argument(
        "--count",
        default=None,
        metavar="REGEX",
        help="with --split train: how the gold treats a phrase pattern (case-insensitive), "
        "per corpus: occurrences, gold-tagged, and by type / value shape / extent",
    )
    ap.add_argument(
        "--pairs",
        type=Path,
        default=None,
        metavar="FILE",
        help="with --split train: write every (gold, system) pair, right or wrong, with its "
        "context, one per line (see pair_line); diff two runs' files to count the cases a "
        "change of the rules moved",
    )
    ap.add_argument(
        "--tally",
        action="store_true",
        help="with --split train: tally the invented and the missed expressions (by kind, and "
        "by how the gold treats the same phrase elsewhere), the extent mismatches (by side and "
        "kind of word), the value errors (by cause) and the type errors (by types and grain); "
        "see error_tallies and missed_and_type_tallies",
    )
    ap.add_argument(
        "--spacy-fallback",
        choices=["read", "all"],
        default=None,
        help="experiment: add spaCy DATE/TIME entities our rules miss (read: only those our"
        " normaliser reads; all: every one)",
    )
    ap.add_argument("--min-value-f1", type=float, default=None, help="exit 1 below this floor")
    ap.add_argument("--min-strict-f1", type=float, default=None, help="exit 1 below this floor")
    args = ap.parse_args(argv)

    base = args.data / "tempeval3"
    if not base.is_dir():
        print(f"skipped: dataset not found at {base}")
        return 0
    sys.path.insert(0, str(ROOT / "src"))
    from corroborator.analyze.nlp import load_pipeline
    from corroborator.settings import Settings

    if args.count is not None:
        if args.split != "train":
            print("--count reads the gold of the train split only (--split train)")
            return 2
    if args.tally and args.split != "train":
        print("--tally reads the train split only (--split train)")
        return 2
    if args.pairs is not None and args.split != "train":
        print("--pairs lists the train split only (--split train)")
        return 2
    if args.count is not None:
        return _print_counts(args.data, args.count, args.corpus, args.json)
    docs = load_split(args.data, args.split, args.corpus if args.split == "train" else None)
    nlp = load_pipeline(args.model or Settings().model)
    t0 = time.perf_counter()
    parses = _parses(nlp, docs)
    t1 = time.perf_counter()
    counts = Counts()
    notation = 0  # value errors that differ only in notation (see NOTATION_VARIANTS)
    errors: list[str] = []
    groups: dict[tuple[str, str], list[str]] = {}
    tallies: dict[str, PatternTally] = {}
    pair_lines: list[str] = []
    all_pairs: list[tuple[TmlDoc, GoldTimex | None, SysTimex | None]] = []
    for tml, doc in zip(docs, parses, strict=True):
        found = system_timexes(doc, tml)
        if args.spacy_fallback:
            found = fallback_timexes(doc, tml, found, args.spacy_fallback)
        pairs = score_doc(tml.timexes, found, counts, tml.text)
        all_pairs.extend((tml, g, s) for g, s in pairs)
        if args.pairs is not None:
            pair_lines.extend(pair_line(tml, g, s) for g, s in pairs)
        for g, s in pairs:
            if g is not None and s is not None and notation_only(g.value, s.value):
                notation += 1
            if s is not None:
                tally = tallies.setdefault(error_pattern(tml.text[s.start : s.end]), PatternTally())
                tally.found += 1
                tally.right += g is not None and g.value == s.value
            if (
                g is not None
                and s is not None
                and (g.start, g.end, g.type, g.value) == (s.start, s.end, s.type, s.value)
            ):
                continue
            kind = error_kind(g, s, tml.text)
            if kind is not None:
                phrase = g.text if g is not None else tml.text[s.start : s.end]
                example = f"{phrase!r} gold {g.value if g else '-'} sys {s.value if s else '-'}"
                groups.setdefault((kind, error_pattern(phrase)), []).append(example)
            gtxt = f"{g.text!r} {g.type} {g.value}" if g else "-"
            stxt = f"{tml.text[s.start : s.end]!r} {s.type} {s.value}" if s else "-"
            errors.append(f"{tml.name}\t{tml.dct}\tgold {gtxt}\tsys {stxt}")
    t2 = time.perf_counter()
    if args.pairs is not None:
        args.pairs.write_text("".join(f"{line}\n" for line in pair_lines), encoding="utf-8")
    result = figures(counts)
    result.update(split=args.split, documents=len(docs), timex_seconds=round(t2 - t1, 3))
    result.update(
        value_errors=counts.relaxed - counts.value_ok, notation_only_value_errors=notation
    )
    if args.split == "train" and args.corpus:
        result.update(corpus=args.corpus)
    tally_examples: dict[str, dict[str, str]] = {}
    tally = error_tallies(docs, all_pairs, tally_examples) if args.tally else None
    if tally is not None:
        tally.update(missed_and_type_tallies(docs, all_pairs, tally_examples))
    if tally is not None and args.json:
        result.update(tally=tally)
    if args.json:
        print(json.dumps(result, sort_keys=True))
    else:
        print(
            f"TempEval-3 {args.split}: {len(docs)} documents, {counts.gold} gold TIMEX3, "
            f"{counts.system} found"
        )
        print(f"{'':10}{'P':>8}{'R':>8}{'F1':>8}")
        for name in ("strict", "relaxed"):
            p, r, f = (result[f"{name}_{k}"] for k in ("p", "r", "f1"))
            print(f"{name:10}{p:8.1f}{r:8.1f}{f:8.1f}")
        print(f"{'':10}{'accuracy':>10}{'F1':>8}")
        for name in ("type", "value"):
            print(f"{name:10}{result[f'{name}_accuracy']:10.1f}{result[f'{name}_f1']:8.1f}")
        print(
            f"value errors: {result['value_errors']}, of which differ in notation only "
            f"(NOTATION_VARIANTS, not scored as right): {notation}"
        )
        print(f"time stage: {t2 - t1:.2f}s (parsing {t1 - t0:.2f}s, cached under {CACHE_DIR})")
        if args.errors:
            print("\n".join(errors))
        if args.groups:
            by_kind = {k: sum(len(v) for (kk, _), v in groups.items() if kk == k)
                       for k in ERROR_KINDS}  # fmt: skip
            print("errors by kind: " + ", ".join(f"{k} {n}" for k, n in by_kind.items()))
            ranked = sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))
            for (kind, pattern), examples in ranked[: args.groups]:
                print(f"{len(examples):5d}  {kind:9}{pattern!r:34} e.g. {examples[0]}")
        if tally is not None:
            titles = {"invented": "invented (no gold): kind / gold treatment of the phrase "
                      "elsewhere in train", "extent": "extent mismatches (relaxed, not strict)",
                      "value": "value errors by cause", "missed": "missed (gold, no system): "
                      "kind / gold treatment of the phrase elsewhere in train",
                      "type": "type errors: gold -> system / grain of system value"}  # fmt: skip
            for name, rows in tally.items():
                print(f"{titles[name]}: {sum(rows.values())}")
                for kind, n in sorted(rows.items(), key=lambda kv: (-kv[1], kv[0])):
                    print(f"{n:6d}  {kind:58} e.g. {tally_examples[name][kind]}")
        if args.payoff:
            print(f"patterns that cost value F1 (break-even share of right values "
                  f"{result['value_f1'] / 200:.2f}):")  # fmt: skip
            for pattern, t, effect in pattern_payoff(tallies, counts)[: args.payoff]:
                print(f"{effect:+7.2f}  {t.right:4d}/{t.found:<4d} right  {pattern!r}")
    failed = False
    if args.min_value_f1 is not None and result["value_f1"] < args.min_value_f1:
        print(
            f"value F1 {result['value_f1']:.1f} is below the floor {args.min_value_f1}",
            file=sys.stderr,
        )
        failed = True
    if args.min_strict_f1 is not None and result["strict_f1"] < args.min_strict_f1:
        print(
            f"strict F1 {result['strict_f1']:.1f} is below the floor {args.min_strict_f1}",
            file=sys.stderr,
        )
        failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
