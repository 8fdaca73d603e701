"""Plain dataclasses shared by every stage.

No logic and no imports of stages live here. Everything a stage finds points back into
``Article.text`` through a :class:`Span`; everything a later stage decides points back to what
an earlier stage found (claims hold time references, attributions, entity keys).

Dates are ISO strings (``"2023-06-29"``), never ``datetime`` objects, so every dataclass turns
into JSON without a custom encoder and compares byte for byte across runs.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """Character offsets ``[start, end)`` into ``Article.text``."""

    start: int
    end: int


@dataclass(slots=True)
class Article:
    """One report as ingested: clean text plus metadata, with the raw input kept verbatim.

    ``id`` is a stable hash of the normalised clean text, so the same article ingested twice
    (from anywhere) gets the same id. ``raw`` holds the bytes exactly as given; ``removed``
    lists what cleaning took out of the text (boilerplate), so nothing is silently lost.
    """

    id: str
    text: str
    source: str  # path or URL it came from (first place seen)
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None  # ISO date, or None when unknown
    language: str = "en"
    raw: bytes = b""
    raw_format: str = "txt"  # txt, md, html, jsonl, csv, feed, warc
    seen_at: str | None = None  # ISO timestamp of ingestion (not part of any output)
    syndication_group: str | None = None
    removed: list[Removed] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # e.g. "publication date unknown"


# What a dossier writes after the file name of an article whose outlet is unknown (the
# reconciler labels outlets; the renderers count the unnamed ones).
UNKNOWN_OUTLET = "(outlet unknown)"


@dataclass(frozen=True, slots=True)
class Removed:
    """A piece of the delivered text that cleaning removed, and why."""

    reason: str  # "read-more", "teaser", "consent-notice", "source-footer", "date-line", ...
    text: str


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input that was not ingested: recorded as data so reports can say what was left out."""

    source: str
    reason: str


@dataclass(slots=True)
class Entity:
    """A canonical entity; ``key`` is the same across articles (``person:prigozhin``)."""

    key: str
    name: str  # the fullest name seen
    kind: str  # PERSON, ORG, GPE, LOC, NORP, FAC, EVENT, WORK_OF_ART, ...
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)  # "Kremlin spokesman", from appositions


@dataclass(frozen=True, slots=True)
class Mention:
    entity: str  # Entity.key
    span: Span


@dataclass(frozen=True, slots=True)
class TimeAnchor:
    """A time relative to another event: "five days after the failed coup attempt"."""

    event: Span  # the phrase naming the anchor event ("the failed coup attempt")
    offset: str  # ISO 8601 duration, "P5D", "P1W"
    direction: str  # "after" | "before"


@dataclass(frozen=True, slots=True)
class TimeRef:
    """A time expression normalised TIMEX3-style.

    ``value`` is the TIMEX3 value ("2023-06-29", "XXXX-07-01", "2023-W27", "P3H", "PRESENT_REF").
    ``start``/``end`` give the interval it covers as inclusive ISO dates when resolvable, and
    ``granularity`` keeps its precision (a month is not its first day).
    """

    span: Span
    type: str  # DATE, TIME, DURATION, SET
    value: str
    start: str | None = None
    end: str | None = None
    granularity: str | None = None  # day, week, month, quarter, season, year, decade, ...
    mod: str | None = None  # TIMEX3 mod: START, MID, END, APPROX, BEFORE, AFTER, ...
    anchor: TimeAnchor | None = None


@dataclass(frozen=True, slots=True)
class Quantity:
    span: Span
    value: float
    unit: str | None  # the counted noun or unit: "people", "hours", "km"
    bound: str = "exact"  # exact | about | at_least | at_most


@dataclass(frozen=True, slots=True)
class Source:
    """Who says something: an outlet, a person, an organisation, a publication, or anonymous."""

    name: str
    kind: str  # outlet | person | organisation | publication | anonymous
    span: Span | None = None
    entity: str | None = None  # Entity.key when the source is a known entity
    role: str | None = None  # "Kremlin spokesman"


@dataclass(frozen=True, slots=True)
class Attribution:
    """An attributed statement.

    ``chain`` runs from the speaker named at the cue to the original source: for "Libération
    has claimed secret service sources had located him" it is (Libération, secret service
    sources). The article's outlet is the implicit first link and is not repeated here.
    """

    cue: Span
    content: Span
    source: Source
    mode: str  # direct | indirect | mixed | aim (an intention, "hopes to win": no statement)
    chain: tuple[Source, ...] = ()


@dataclass(frozen=True, slots=True)
class Certainty:
    """How surely a claim is said, with the words that justify the grade."""

    grade: str  # asserted | on_record | named | anonymous | hedged | speculation | denial
    cues: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class Participant:
    role: str  # agent | patient | with | present
    entity: str  # Entity.key
    span: Span


@dataclass(frozen=True, slots=True)
class Place:
    entity: str  # Entity.key
    span: Span
    relation: str = "in"  # in | to | from | not_in


@dataclass(slots=True)
class Claim:
    """An event frame or state stated in one sentence, with who says it and how surely."""

    id: str  # "<article id>:<n>"
    article: str
    sentence: Span
    trigger: Span  # the verb or event noun
    predicate: str  # event class: "meet", "revolt", "locate", ... or "statement"
    relation: str = ""  # the word that states it: "take place", "invite", "last", "leave for"
    participants: list[Participant] = field(default_factory=list)
    time: TimeRef | None = None
    duration: TimeRef | None = None
    place: Place | None = None
    quantities: list[Quantity] = field(default_factory=list)
    negated: bool = False
    attribution: Attribution | None = None
    certainty: Certainty = field(default_factory=lambda: Certainty("asserted"))
    # lemmas of the common nouns among its arguments ("checked into rehab" -> ["rehab"]), which
    # let claims of one verb in two reports be matched when they name no one in common
    arguments: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Analysis:
    """Everything analyze/ found in one article, all pointing into ``Article.text``."""

    article: str  # Article.id
    model: str  # spaCy pipeline name and version that produced it
    sentences: list[Span] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    times: list[TimeRef] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    relayed: tuple[Source, ...] = ()  # chain the writer relays for unattributed claims
    claims: list[Claim] = field(default_factory=list)


@dataclass(slots=True)
class Story:
    id: str
    articles: list[str]  # Article ids, in order of publication then id
    first_seen: str | None = None
    last_seen: str | None = None
    related: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Evidence:
    """One article's statement of a value: the sentence, the voice chain and the grade."""

    claim: str  # Claim.id
    article: str
    outlet: str
    sentence: Span
    quote: str  # the sentence text, for display (the span is the reference)
    chain: tuple[str, ...]  # outlet first, then relays, original source last
    grade: str
    voice: str  # key of the independent voice behind it


@dataclass(slots=True)
class Value:
    value: str  # normalised value, displayable
    # date | number | place | location | duration | occurrence | statement | text |
    # participants | speaker | telling (the dossier schema's list)
    kind: str
    label: str  # how to show it to a person
    evidence: list[Evidence] = field(default_factory=list)
    voices: list[str] = field(default_factory=list)  # independent voices, sorted


@dataclass(slots=True)
class Facet:
    id: str
    subject: str  # "meeting of Putin and Prigozhin", "Prigozhin"
    attribute: str  # occurred, date, place, location, count, duration, participants, statement
    values: list[Value] = field(default_factory=list)
    verdict: str = "single_source"  # corroborated | contradicted | updated | single_source
    why: str = ""
    hedge_drift: bool = False


@dataclass(slots=True)
class TimelineEntry:
    when: str  # displayable normalised time
    start: str | None
    granularity: str | None
    event: str
    disputed: bool
    datings: list[tuple[str, str]] = field(default_factory=list)  # (value label, outlet)


@dataclass(slots=True)
class Dossier:
    schema_version: str
    story: Story
    headline: str
    facets: list[Facet]
    timeline: list[TimelineEntry]
    entities: list[Entity]
    sources: list[dict]
    articles: list[dict]
    notes: list[str] = field(default_factory=list)
