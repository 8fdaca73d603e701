"""Named entities, canonicalised within and across articles, with roles from appositions.

Keys are computed from the name alone, so the same person gets the same key in every article
of the archive without a global pass: a person is keyed by the transliteration-normalised
surname ("person:prigozhin" for Evgeny Prigozhin, Yevgeny Prigozhin and bare "Prigozhin"),
a place by its normalised name, an organisation by its name without generic suffixes
("org:wagner" for "Wagner", "the Wagner Group's"). Every key goes through ``fold``, which
also folds look-alike apostrophes, quotes and hyphens (``LOOKALIKE_FOLD``): "James O’Neill"
and "O'Neill" are one person:o'neill.
A lone name the tagger mislabels is read by where the syntax puts it (PERSON_POSITION_RULE):
"Putin met Prigozhin" (tagged a place) and "Klitschko defended his title" (tagged a
nationality) name people. So do names tagged places that the article shows are people's: by a
surname it names alone too (SURNAME_ALONE_RULE: "Wladimir Klitschko" then "Klitschko"), a
surname read as a person's elsewhere (SAME_ARTICLE_PERSON_RULE), or a first name of a person
it names in full (FIRST_NAME_RULE: "his wife, Melania"). The name whose death, killing or arrest
news reports is a person's (VICTIM_OF_RULE: "the fatal shooting of Keith Lamont Scott", tagged
an organisation), and so is that person's surname the tagger calls an organisation elsewhere.
A lone name the article gives a title is a person's surname (TITLED_SURNAME_RULE: "President
Obama" ... "Obama's aides", though the gazetteer knows Obama, Japan).
Two people of one surname in one article are two keys (SHARED_SURNAME_RULE): the one named
first keeps the surname key with every bare surname, another is "person:clinton~bill";
``story_person_keys`` says how to rename them so that a story keys its main person one way.
A courtesy title tells them apart (TITLED_SHARED_SURNAME_RULE): "Mr. Clinton" in an article that
names Hillary Clinton first and shows her a woman is Bill Clinton.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from corroborator.analyze.attribution import PRONOUN_GENDERS, title_gender
from corroborator.model import Article, Entity, Mention, Span
from corroborator.names import (
    NAME_SUFFIXES,
    ORG_KEY_DROP,
    SHARED_SURNAME_MARK,
    fold,
    same_given_name,
    translit_key,
)

# spaCy labels we keep, and the key prefix each maps to.
KIND_PREFIX = {
    "PERSON": "person",
    "ORG": "org",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "NORP": "group",
    "EVENT": "event",
}

# Labels the small English model sometimes gives to person names ("Dmitry Muratov" as ORG,
# "Yevgeny Prigozhin" as WORK_OF_ART, "Wladimir Klitschko" as GPE, "Neera Tanden" as FAC,
# "Madeline Kafoury" as LOC); such spans become persons when the evidence below says so.
MISLABELLED_AS = ("ORG", "WORK_OF_ART", "PRODUCT", "NORP", "GPE", "LOC", "FAC")

# Nouns that, placed before a name, make it a person and give them a role:
# "Kremlin spokesman Dmitry Peskov", "Nobel prize-winner Dmitry Muratov".
ROLE_NOUNS = frozenset(
    """
    spokesman spokeswoman spokesperson president minister chief head leader commander general
    secretary chairman chairwoman chair director founder ceo governor mayor senator
    ambassador envoy prosecutor judge officer official adviser advisor aide analyst expert
    journalist reporter editor correspondent writer author boss owner premier chancellor
    king queen prince princess pope admiral colonel captain lieutenant sergeant marshal
    prize-winner winner laureate activist lawyer attorney economist professor scientist
    candidate lawmaker mp deputy speaker representative negotiator mediator dictator
    """.split()
)

# Titles and ranks, written out or abbreviated: a "name" made of these alone names no one
# ("and Sgt." where the sentence was cut after the abbreviation, "Gov.", "Deputy").
TITLE_WORDS = frozenset(
    """
    sgt sergeant lt lieutenant col colonel capt captain cpl corporal gen general maj major adm
    admiral cmdr commander pvt private dr doctor gov governor sen senator rep representative
    mr mrs ms miss mme sir dame rev reverend prof professor pres president supt det detective
    insp inspector ofc officer dep deputy judge justice atty attorney st
    """.split()
)

# Words after which a spaCy ORG is an organisation for sure, never a person.
ORG_WORDS = frozenset(
    """
    group party council ministry agency company corp corporation inc ltd bank union army
    guard service services news times post journal press committee commission office court
    university institute forces navy police department government parliament assembly
    federation association organisation organization network channel tv radio club league
    """.split()
)

# Words of places' and buildings' names, never of a person's: "Scarborough Shoal", "Fifth
# Avenue", "Valley Dairy" are no persons though the article names a Scarborough or a Dairy.
# Words that are common surnames too ("Hill", "Park", "Hall", "Lane", "Church", "Street",
# "Tower") are not here: "Anita Hill" tagged a place is still a person.
PLACE_NAME_WORDS = frozenset(
    """
    avenue ave road rd boulevard blvd drive highway square plaza county township district
    province region island islands isle sea ocean gulf bay coast shoal river lake valley
    mountain mountains peninsula desert centre stadium arena airport station hospital
    cemetery memorial mall cathedral mosque prison jail city town village inn hotel gardens
    heights springs falls beach harbor harbour
    """.split()
)

# NOT_A_NAME_WORDS_RULE: a name of two words or more that the tagger called a person but that
# ends in a word of organisations' or places' names is the body's or the place's ("Surrey
# Police", "the Central Mat-Su Fire Department", "Bloomington Sam's Club", "Snyder Avenue",
# "Trump Plaza", "the Stonewall Inn"), unless that word is a common surname too ("Michael Bay",
# "Marjorie Merriweather Post").
SURNAME_LIKE_NAME_WORDS = frozenset({"bay", "post", "times", "press", "union", "service"})


def _named_as_body_or_place(name: str) -> str | None:
    """NOT_A_NAME_WORDS_RULE: "ORG" or "FAC" for a person-tagged name ending in a word of
    organisations' or places' names, else None."""
    words = name.split(" ")
    last = fold(POSSESSIVE.sub("", words[-1]))
    if len(words) < 2 or last in SURNAME_LIKE_NAME_WORDS:
        return None
    if last in ORG_WORDS:
        return "ORG"
    if last in PLACE_NAME_WORDS:
        return "FAC"
    return None


# PERSON_POSITION_RULE: a lone name the tagger called a place, a nationality or an organisation,
# which the gazetteer does not know as a place, is a person where the syntax wants one: the
# object of a verb done to people ("Putin met Prigozhin", "police arrested Navalny", "met with
# Prigozhin"), the subject of a verb only people do (PERSON_SUBJECT_VERBS: "Bettie Page died"),
# of a verb of saying ("Medvedev said", not "Google said": only names tagged a place or a
# nationality), or a subject whose verb refers back to it as "his", "her", "himself" or
# "herself" ("Klitschko defended his title"). A name after "the" or "a" is left as tagged ("the
# Democrat defended his seat").
PERSON_OBJECT_VERBS = frozenset(
    """meet interview marry arrest detain hire fire sack appoint nominate elect succeed replace
    kill murder assassinate shoot stab beat defeat knock outpoint sign greet host""".split()
)
# Prepositions whose object is a verb's partner: "met with Prigozhin".
PARTNER_PREPOSITIONS = frozenset({"with"})
SAYING_VERBS = frozenset(
    "say tell add deny claim insist announce tweet warn vow admit confirm write".split()
)
SPEAKER_LABELS = frozenset({"GPE", "LOC", "NORP"})
# COORDINATED_PERSON_RULE: a list coordinates like things, so a name tagged a place that is
# coordinated with a name tagged a person is a person's ("starlets like Lindsay Lohan and
# Paris Hilton", "Obama and Netanyahu"), unless the gazetteer knows it (PERSON_POSITION_RULE's
# test: "Obama and Paris" keeps its place). Only names tagged a place or a person: a company,
# a body or a nationality in a list of people ("Pfizer and Allergan", "Congress and Obama")
# stays as tagged, and so does a name in capitals ("POLITICO").
COORDINATION_DEPS = frozenset({"conj"})
COORDINATED_LABELS = frozenset({"GPE", "LOC", "FAC", "PERSON"})
# The words that join a list of like things ("Clinton and Obama", "Clinton or Sanders"); a list
# the parser builds from commas alone joins nothing ("Jessica Valenzuela, 32, of Buckeye").
COORDINATING_AND = frozenset({"and", "or", "nor", "&"})
# LEADER_OF_RULE: the government, cabinet or regime "of" a name of two words is a
# person's when the gazetteer knows neither the name nor any of its words ("the center-right
# government of Costas Karamanlis", "the regime of Bashar Assad"); a country's or a city's
# ("the government of Greece") is known, and one word is left as tagged ("the government of
# Catalonia": regions the gazetteer does not hold).
LEADER_OF_NOUNS = frozenset(
    {"government", "administration", "cabinet", "regime", "presidency", "premiership"}
)
LEADER_OF_PREPOSITION = "of"
# Verbs only people do, whose subject is a person whatever its tag: "Bettie Page died" (tagged
# an organisation), "Navalny pleaded guilty", "was born" (the passive subject of "bear").
PERSON_SUBJECT_VERBS = frozenset({"die", "resign", "retire", "marry", "plead", "bear"})
PERSON_BACK_REFERENCES = frozenset({"his", "her", "himself", "herself"})
# Tags of a singular proper noun: "Klitschko" (NNP), not "Ukrainians" (NNPS).
SINGULAR_NAME_TAGS = frozenset({"NNP"})

LEADING_DETERMINERS = ("the ", "a ", "an ")
# A sentence in headline case ("Hillary Clinton Slams Donald Trump On Trade"): at least this
# many words, nearly all capitalised. The parser's names there run into the verbs around them
# ("Hillary Clinton Slams Donald Trump" as one person, "Wins" as another), so a name read
# there counts only when the rest of the article names the same one (see _confirmed).
HEADLINE_MIN_WORDS = 4
HEADLINE_CAPITALISED = 0.8  # the share of its words that start with a capital
# A hyphen with spaces around it inside a name: "Strauss - Kahn".
SPACED_HYPHEN = re.compile(r"(?<=[A-Za-z])\s+-\s+(?=[A-Z])")
POSSESSIVE = re.compile(r"(?:['’]s|['’])$")


def clean_name(text: str) -> str:
    """The display form of a mention: no leading article, no possessive, single spaces."""
    name = re.sub(r"\s+", " ", text.replace("\xa0", " ")).strip()
    name = SPACED_HYPHEN.sub("-", name)  # "Strauss - Kahn" (tokenised text) is "Strauss-Kahn"
    for det in LEADING_DETERMINERS:
        if name.lower().startswith(det):
            name = name[len(det) :]
    name = POSSESSIVE.sub("", name).strip(" ,.;:-—")
    name = re.sub(r"^St\.? ", "Saint ", name)
    return name


def surname(name: str) -> str:
    """The last word of a person's name that is no generational suffix ("Comeaux" of "Arcade
    Joseph Comeaux Jr")."""
    words = name.split(" ")
    while len(words) > 1 and fold(words[-1]).strip(".,") in NAME_SUFFIXES:
        words.pop()
    return words[-1]


def entity_key(name: str, kind: str) -> str:
    """The archive-wide key for a cleaned name of a given spaCy kind."""
    prefix = KIND_PREFIX.get(kind, kind.lower())
    folded = fold(name)
    if prefix == "person":
        return f"person:{translit_key(surname(folded))}"
    if prefix == "org":
        words = [w for w in folded.split(" ") if w not in ORG_KEY_DROP] or folded.split(" ")
        return "org:" + " ".join(words)
    return f"{prefix}:{folded}"


def _role_before(ent: SpacySpan) -> tuple[str | None, int]:
    """A role phrase right before the name ("Kremlin spokesman"), and where it starts."""
    doc = ent.doc
    i = ent.start - 1
    if i < 0:
        return None, ent.start_char
    tok = doc[i]
    if tok.lower_ not in ROLE_NOUNS and not tok.lower_.endswith(("-winner", "-elect")):
        return None, ent.start_char
    start = i
    # extend left over the role's modifiers: "Kremlin", "Nobel prize-", "Wagner group's"
    while start - 1 >= 0:
        prev = doc[start - 1]
        hyphen = prev.text == "-" and not prev.whitespace_
        if not hyphen and (
            prev.dep_ not in ("compound", "amod", "nmod", "poss", "case")
            or prev.ent_type_ in ("DATE", "CARDINAL", "ORDINAL")
        ):
            break
        start -= 1
    role = doc[start : i + 1].text.replace("\xa0", " ")
    return role, doc[start].idx


def _role_after(ent: SpacySpan) -> str | None:
    """An appositive role after the name: "Sergei Naryshkin, the head of the Russian ..."."""
    head = ent.root
    for child in head.children:
        if child.dep_ == "appos" and child.i >= ent.end and child.pos_ == "NOUN":
            sub = list(child.subtree)
            text = ent.doc[sub[0].i : sub[-1].i + 1].text.replace("\xa0", " ")
            text = re.sub(r"^(the|a|an) ", "", text)
            if len(text) <= 80:
                return text
    return None


def _could_be_a_name(words: list[str]) -> bool:
    """Whether words could be a person's name: capitalised words of letters (and hyphens),
    none a word of organisations' names (ORG_WORDS: "Police", "Department")."""
    return (
        bool(words)
        and not any(fold(w) in ORG_WORDS or fold(w) in PLACE_NAME_WORDS for w in words)
        and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words)
    )


def _looks_like_person(ent: SpacySpan, person_surnames: set[str], role: str | None) -> bool:
    """Whether a span spaCy did not label PERSON is a person's name all the same."""
    words = clean_name(ent.text).split(" ")
    if not _could_be_a_name(words):
        return False
    if translit_key(surname(" ".join(words))) in person_surnames:
        return True
    return role is not None and 2 <= len(words) <= 3


def extract_entities(doc: Doc, article: Article) -> tuple[list[Entity], list[Mention]]:
    """Canonical entities of one article and every mention of them, in text order."""
    ents = [e for e in doc.ents if e.label_ in KIND_PREFIX or e.label_ in MISLABELLED_AS]
    # Surnames of people named in full here: a bare "Prigozhin" labelled ORG is that person.
    person_surnames = {
        translit_key(surname(clean_name(e.text)))
        for e in ents
        if e.label_ == "PERSON" and clean_name(e.text) and not _only_titles(clean_name(e.text))
    }
    # names given in full as persons here ("Ahmet Kaya"): never re-read as places
    person_names = {
        part for e in ents if e.label_ == "PERSON" for part in clean_name(e.text).split(" ")[:-1]
    }
    person_surnames |= _surnames_said_alone(ents)
    first_names = _first_names(ents)
    found = _read_names(article, ents, person_surnames, person_names, first_names, set(), set())
    # SAME_ARTICLE_PERSON_RULE: a surname read as a person's anywhere in the article (by a role,
    # by where the syntax puts it) makes the names the tagger called places with that surname
    # the same person ("Podliska's lawsuit", tagged a place, where "Gowdy fired Podliska" is
    # read a person), unless the gazetteer knows the name or its surname as a place
    read_as_people = {key.removeprefix("person:") for key, *_ in found if key.startswith("person:")}
    read_in_full = {
        key.removeprefix("person:")
        for key, name, *_ in found
        if key.startswith("person:") and " " in name
    }
    if read_as_people - person_surnames:
        found = _read_names(
            article, ents, person_surnames, person_names, first_names, read_as_people, read_in_full
        )

    found += _unlabelled_surnames(doc, article, ents, person_surnames)
    found = _confirmed(found, _headline_spans(doc))
    found = _split_shared_surnames(doc, found)
    names: dict[str, Counter[str]] = defaultdict(Counter)
    first_at: dict[tuple[str, str], int] = {}
    roles: dict[str, list[str]] = defaultdict(list)
    mentions: list[Mention] = []
    for key, name, span, found_roles in found:
        names[key][name] += 1
        first_at[key, name] = min(first_at.get((key, name), span.start), span.start)
        roles[key] += [r for r in found_roles if r not in roles[key]]
        mentions.append(Mention(entity=key, span=span))
    entities = []
    for key in sorted(names):
        counts = names[key]
        display = min(counts, key=lambda n: _display_rank(n, counts[n], first_at[key, n]))
        kind = {"person": "PERSON", "org": "ORG", "place": "GPE", "group": "NORP"}.get(
            key.split(":")[0], "EVENT"
        )
        entities.append(
            Entity(key=key, name=display, kind=kind, aliases=sorted(counts), roles=roles[key])
        )
    return entities, sorted(mentions, key=lambda m: (m.span.start, m.span.end))


# SHARED_SURNAME_RULE: people are keyed by surname, but political news often names two people
# of one surname ("Hillary Clinton" and "Bill Clinton", "Ted Cruz" and his wife "Heidi Cruz",
# "Donald Trump" and "Ivanka Trump"; PolNeAR train: 127 articles, 74 of them two Clintons, 17
# two Bushes, 12 two Trumps). Where an article writes two given names under one surname, the one
# it names first (in full or by the given name alone) keeps the surname's key, as does every
# bare surname: the lede introduces the article's main figure, whom it then calls by the
# surname, and a relative or namesake comes later, named in full each time to tell them apart
# ("Hillary Clinton ... her husband, former President Bill Clinton ... Clinton said"). Each
# other person is keyed by surname and given name (``person:clinton~bill``), as is the first name
# alone that FIRST_NAME_RULE reads as theirs ("his wife, Melania"; a first name the tagger calls a
# person keeps its own key, as before: "Bill" in a list of children is not Bill Clinton). One
# given name is the common case: the surname key as before (names.SHARED_SURNAME_MARK joins
# the two).
# The tagger's labels of a person's name whose first word may be a given name: its person, and
# the labels it gives people's names it misreads ("Ivanka Trump" as a work of art); not an
# organisation's or a group's ("the Stop Trump movement", "Gay Republicans").
GIVEN_NAME_LABELS = frozenset({"PERSON", "WORK_OF_ART", "PRODUCT", "GPE", "LOC", "FAC"})


def _given_name_at(doc: Doc, name: str, span: Span, capitalised_within: set[str]) -> str | None:
    """SHARED_SURNAME_RULE: the folded given name of a person's name of two words or more
    ("bill" of "Bill Clinton"), or None: a surname alone, a title ("Gen. Petraeus", "AG
    Lynch"), an initial ("E. J. Mannix"), or a word the tagger ran into the name, which is no
    proper noun or is a common word ("Will Sanders come down", "Said Comey", "Neither Cruz"), a
    name before a noun ("Young Sanders supporters", "the George W. Bush years"), or a word
    that opens a sentence and that the article capitalises nowhere inside one."""
    words = name.split(" ")
    while len(words) > 1 and fold(words[-1]).strip(".,") in NAME_SUFFIXES:
        words.pop()
    first = words[0]
    if (
        len(words) < 2
        or not first[:1].isupper()
        or first.isupper()
        or not first.replace("-", "").isalpha()
        or fold(first) in TITLE_WORDS
        or fold(first) in ROLE_NOUNS
        or fold(first) in PLACE_NAME_MODIFIERS  # "New Hampshire Sanders": the parser's run
    ):
        return None
    words_at = doc.char_span(span.start, span.end, alignment_mode="expand")
    if words_at is None or not len(words_at) or _quoted(words_at):
        return None
    token = words_at[0]
    if (
        token.ent_type_ not in GIVEN_NAME_LABELS
        or token.tag_ not in SINGULAR_NAME_TAGS
        or token.is_stop
    ):
        return None
    last = words_at[-1]
    if last.dep_ == "compound" and last.head.pos_ == "NOUN":
        return None  # a name before a noun names its kind: "Young Sanders supporters"
    if _opens_sentence(token) and fold(first) not in capitalised_within:
        return None  # "Bashing Trump may be job one", "Classic Clinton: optimistic"
    return fold(first)


def _opens_sentence(token) -> bool:
    """Whether a word opens its sentence, or a quotation that opens it."""
    doc = token.doc
    return token.is_sent_start or (
        token.i > 0 and doc[token.i - 1].text in QUOTE_MARKS and doc[token.i - 1].is_sent_start
    )


def _capitalised_within(doc: Doc) -> set[str]:
    """The folded words the article capitalises inside a sentence (names, not openers)."""
    return {fold(t.text) for t in doc if t.is_title and not _opens_sentence(t)}


# Quotation marks around a name alone: a title or a slogan ('a shirt that read "Fascist
# Trump,"', 'a play called "Los Hijos de Trump"'), not a person named.
QUOTE_MARKS = frozenset({'"', "''", "``", "\u201c", "\u201d", "'", "\u2018", "\u2019"})


def _quoted(words: SpacySpan) -> bool:
    """Whether a name stands alone between quotation marks (a comma may close it first)."""
    doc = words.doc
    after = [t.text for t in doc[words.end : words.end + 2]]
    return (
        words.start > 0
        and doc[words.start - 1].text in QUOTE_MARKS
        and bool(after)
        and (
            after[0] in QUOTE_MARKS or (after[0] in ",." and after[1:2] and after[1] in QUOTE_MARKS)
        )
    )


def _split_shared_surnames(
    doc: Doc, found: list[tuple[str, str, Span, list[str]]]
) -> list[tuple[str, str, Span, list[str]]]:
    """SHARED_SURNAME_RULE: the mentions of a surname key under which the article writes two
    given names or more, each other than the main person's keyed by surname and given name."""
    # a word written after the first in some name of the key is part of the surname ("Le" of
    # "Marine Le Pen", "Wasserman" of "Debbie Wasserman Schultz"), not a given name
    inner: dict[str, set[str]] = defaultdict(set)
    for key, name, _, _ in found:
        if key.startswith("person:"):
            inner[key] |= {fold(w) for w in name.split(" ")[1:]}
    givens: dict[int, str] = {}  # index in found -> folded given name
    capitalised_within = _capitalised_within(doc)
    for n, (key, name, span, _) in enumerate(found):
        if key.startswith("person:"):
            given = _given_name_at(doc, name, span, capitalised_within)
            if given is not None and given not in inner[key]:
                givens[n] = given
    people: dict[str, list[str]] = defaultdict(list)  # key -> its given names, first written
    for n, given in givens.items():
        named = people[found[n][0]]
        if not any(same_given_name(given, g) for g in named):
            named.append(given)
    shared = {key: named for key, named in people.items() if len(named) > 1}
    if not shared:
        return found
    lone = {g: key for key, named in shared.items() for g in named}
    lone_keys = Counter(g for named in shared.values() for g in named)

    def person_of(n: int) -> tuple[str, str] | None:
        """(surname key, given name) of the person a mention names by given name."""
        key, name, _, _ = found[n]
        if n in givens and key in shared:
            return key, next(g for g in shared[key] if same_given_name(givens[n], g))
        first = fold(name)
        if " " not in name and lone_keys[first] == 1 and key == lone[first]:
            return key, first  # FIRST_NAME_RULE's "his wife, Melania"
        return None

    named_by = {n: person for n in range(len(found)) if (person := person_of(n)) is not None}
    main: dict[str, str] = {}  # surname key -> the given name of the person named first
    for n in sorted(named_by, key=lambda n: found[n][2].start):
        main.setdefault(*named_by[n])
    named_by |= _titled_shared_surnames(doc, found, named_by, main)
    result = []
    for n, (key, name, span, roles) in enumerate(found):
        if n in named_by:
            surname_key, given = named_by[n]
            key = surname_key
            if given != main[surname_key]:
                key = f"{surname_key}{SHARED_SURNAME_MARK}{translit_key(given)}"
        result.append((key, name, span, roles))
    return result


# TITLED_SHARED_SURNAME_RULE: news writes each of two people of one surname by a courtesy title
# and the surname ("Mrs. Clinton", "Mr. Clinton"), the title telling them apart. A titled bare
# surname whose title is of the other gender than the article shows the person named first to be
# is the one other person of that surname it does not show to be of that other gender ("Hillary
# Clinton ... with her husband, Bill Clinton ... Mr. Clinton said": Bill); a bare surname without
# a title stays with the person named first. The article shows a person's gender by a courtesy
# title before the name ("Mr. Bill Clinton"), a noun of kin or sex set beside it ("his wife,
# Hillary Clinton": GENDERED_NOUNS), or a he/she (his/her) told after the name in its clause,
# with no other person named between ("Bill Clinton came ... and recounted his wife's life");
# signs of both genders show none. Where two people bear the surname, the article titles it
# both ways and shows one's gender, the other is of the other gender (TITLES_OF_BOTH_GENDERS).
# No titled surname moves where the article names a bearer by given name alone ("Khizr and
# Ghazala Khan ... Mr. Khan": Khizr, not the son Humayun Khan). PolNeAR train: of 393 titled
# bare surnames of a shared surname, 65 had gone to the person of the other gender; 35 now go
# to the right one, and one goes newly wrong ("'Mrs. Bush, ..." after a quote mark is Laura,
# where the article means Barbara, whom it never names in a way that gives her a key).
GENDERED_NOUNS: dict[str, str] = {
    "husband": "m", "wife": "f", "son": "m", "daughter": "f", "father": "m", "mother": "f",
    "brother": "m", "sister": "f", "widow": "f", "widower": "m", "grandson": "m",
    "granddaughter": "f", "grandfather": "m", "grandmother": "f", "uncle": "m", "aunt": "f",
    "nephew": "m", "niece": "f", "lady": "f", "man": "m", "woman": "f", "boy": "m", "girl": "f",
    "businessman": "m", "businesswoman": "f", "congressman": "m", "congresswoman": "f",
    "chairman": "m", "chairwoman": "f", "spokesman": "m", "spokeswoman": "f",
}  # fmt: skip
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def _title_gender(doc: Doc, name: str, span: Span) -> str | None:
    """TITLED_SHARED_SURNAME_RULE: the gender of the courtesy title written before a name or as
    its first word ("Mr. Clinton"), or None; "Mr. and Mrs. Clinton" names both."""
    words = name.split(" ")
    if len(words) == 2:
        return title_gender(words[0])
    if len(words) > 2:
        return None
    at = doc.char_span(span.start, span.end, alignment_mode="expand")
    if at is None or at.start == 0:
        return None
    title = doc[at.start - 1]
    if at.start > 1 and doc[at.start - 2].lower_ in COORDINATING_AND:
        return None
    return title_gender(title.text)


def _shown_genders(doc: Doc, span: Span, people_at: list[Span]) -> set[str]:
    """TITLED_SHARED_SURNAME_RULE: the genders the article shows at a mention of a person by
    given name: a title before it, a gendered noun beside it, the he/she its sentence tells of it
    as its subject (``people_at``: where the article names people)."""
    at = doc.char_span(span.start, span.end, alignment_mode="expand")
    if at is None:
        return set()
    shown: set[str] = set()
    if at.start > 0 and (title := title_gender(doc[at.start - 1].text)):
        shown.add(title)
    root = at.root
    beside = [root.head] if root.dep_ in ("appos", "compound") else []
    # not past a person joined by "and": "Bill Clinton and Melania Trump, Donald Trump's wife"
    joined = min((t.i for t in root.children if t.dep_ == "conj"), default=len(doc))
    beside += [
        t for t in root.children if t.dep_ in ("appos", "compound") and t not in at and t.i < joined
    ]
    shown |= {GENDERED_NOUNS[t.lower_] for t in beside if t.lower_ in GENDERED_NOUNS}
    if root.dep_ in SUBJECT_DEPS:
        clause = list(root.head.subtree)
        told = next((t for t in clause if t.i >= at.end and _tells_of_subject(t)), None)
        if told is not None:
            between = doc[at.end : told.i]
            others = [p for p in people_at if between.start_char <= p.start < told.idx]
            if not others and not any(t.text in QUOTE_MARKS for t in between):
                shown.add(PRONOUN_GENDERS[told.lower_])
    return shown


def _tells_of_subject(token) -> bool:
    """TITLED_SHARED_SURNAME_RULE: whether a pronoun may tell of its sentence's subject: a
    he/she subject or a his/her before a noun ("and recounted his wife's life")."""
    if token.lower_ in ("he", "she"):
        return token.dep_ in SUBJECT_DEPS
    return token.lower_ in ("his", "her") and token.tag_ == "PRP$"


def _titled_shared_surnames(
    doc: Doc,
    found: list[tuple[str, str, Span, list[str]]],
    named_by: dict[int, tuple[str, str]],
    main: dict[str, str],
) -> dict[int, tuple[str, str]]:
    """TITLED_SHARED_SURNAME_RULE: (surname key, given name) of each titled bare surname of a
    shared surname that names another person than the one named first, by index in found."""
    people_at = [span for key, _, span, _ in found if key.startswith("person:")]
    shown: dict[tuple[str, str], set[str]] = defaultdict(set)
    unkeyed: set[str] = set()  # surname keys a person named by given name alone bears
    for n, person in named_by.items():
        shown[person] |= _shown_genders(doc, found[n][2], people_at)
        partner = _coordinated_given_name(doc, found[n][2])
        if partner is not None and not any(
            same_given_name(partner, given) for key, given in named_by.values() if key == person[0]
        ):
            unkeyed.add(person[0])
    gender = {person: next(iter(g)) for person, g in shown.items() if len(g) == 1}
    titles = [(n, _title_gender(doc, name, span)) for n, (key, name, span, _) in enumerate(found)]
    titles = [(n, g) for n, g in titles if g is not None and n not in named_by]
    for key in main:
        bearers = {person for person in named_by.values() if person[0] == key}
        titled_as = {g for n, g in titles if found[n][0] == key}
        known = [p for p in bearers if p in gender]
        if len(bearers) == 2 and titled_as == {"m", "f"} and len(known) == 1:
            (other,) = bearers - {known[0]}  # TITLES_OF_BOTH_GENDERS: two people, one of each
            gender[other] = "f" if gender[known[0]] == "m" else "m"
    titled: dict[int, tuple[str, str]] = {}
    for n, title in titles:
        key = found[n][0]
        if key not in main or key in unkeyed:
            continue
        first = (key, main[key])
        if gender.get(first, title) == title:
            continue  # the person named first may be of the title's gender
        others = {p for p in named_by.values() if p[0] == key and p != first}
        of_title = [p for p in others if gender.get(p, title) == title]
        if len(of_title) == 1:
            titled[n] = of_title[0]
    return titled


def _coordinated_given_name(doc: Doc, span: Span) -> str | None:
    """TITLED_SHARED_SURNAME_RULE: the folded given name written alone before a person's name
    and joined to it by "and" ("Khizr" of "Khizr and Ghazala Khan"): a person of the surname."""
    at = doc.char_span(span.start, span.end, alignment_mode="expand")
    if at is None or at.start < 2 or doc[at.start - 1].lower_ not in COORDINATING_AND:
        return None
    given = doc[at.start - 2]
    if at.root.dep_ != "conj" or at.root.head != given or given.pos_ != "PROPN":
        return None
    return fold(given.text)


def _read_names(
    article: Article,
    ents: list[SpacySpan],
    person_surnames: set[str],
    person_names: set[str],
    first_names: dict[str, str],
    read_as_people: set[str],
    read_in_full: set[str],
) -> list[tuple[str, str, Span, list[str]]]:
    """(key, name, span, roles) of each entity mention the tagger found, its kind corrected by
    the article's people (their surnames and first names, the surnames ``read_as_people``, of
    them those ``read_in_full``) and by the syntax."""
    found: list[tuple[str, str, Span, list[str]]] = []  # key, name, span, roles
    full_surnames = _full_name_surnames(ents)
    for ent in ents:
        name = clean_name(ent.text)
        if not name or not name[0].isupper() or _only_titles(name):
            continue
        before, _ = _role_before(ent)
        after = _role_after(ent)
        role = before or after
        kind = ent.label_
        key = None
        if kind == "PERSON":
            kind = _named_as_body_or_place(name) or kind  # NOT_A_NAME_WORDS_RULE
        if kind != "PERSON":
            stem = name[:-1] if name.endswith("s") and name[:-1] else name
            if _looks_like_person(ent, person_surnames, role) or _in_person_position(ent):
                kind = "PERSON"
            elif translit_key(stem.split(" ")[-1]) in person_surnames and " " not in stem:
                kind, name = "PERSON", stem  # "Prigozhins secret meeting" (apostrophe lost)
            elif _read_as_person_here(ent, name, read_as_people) or _organisation_tagged_surname(
                ent, name, read_in_full
            ):
                kind = "PERSON"
            elif _victim_named(ent, name):
                kind = "PERSON"  # VICTIM_OF_RULE: "the fatal shooting of Keith Lamont Scott"
            elif _first_name_of(ent, name, first_names):
                kind, key = "PERSON", f"person:{first_names[name]}"  # "his wife, Melania"
        if (
            kind == "PERSON"
            and key is None
            and " " not in name
            and name not in person_names
            and not _acts_as_person(ent)
            and not _surname_of_someone_named(ent, name, full_surnames)
            and _is_place(name)
        ):
            kind = "GPE"  # "struck Izmir": a lone name the gazetteer knows as a place
        elif kind == "PERSON" and key is None and _place_named_whole(ent, name, role):
            kind = "GPE"  # PLACE_NAMED_WHOLE_RULE: "60 km southwest of Bandar Abbas"
        if kind not in KIND_PREFIX:
            continue
        span = _trimmed_span(article.text, ent.start_char, ent.end_char)
        if kind != "PERSON":
            before = after = None
        key = key or entity_key(name, kind)
        found.append((key, name, span, [r for r in (before, after) if r]))
    return found


# NAMED_SURNAME_RULE: news names a person in full once ("Hillary Clinton", "Marco Rubio") and
# then by the surname alone; that lone surname is the person, though the gazetteer knows a town
# of the name (Clinton, Iowa; Rubio, Venezuela; Obama, Japan), unless it stands where a place
# does, after a preposition of place ("flew to Washington" beside "Harold Washington"), or is
# written in capitals ("GOP") or names a country or a US state ("Iowa"). PolNeAR train: about
# 3,900 lone surnames had been read as places ("Clinton" 2,512, "Obama" 366, "Rubio" 289,
# "Bush" 130, "Carson" 127, "Ryan" 92).
PLACE_POSITION_PREPOSITIONS = frozenset(
    {"in", "at", "to", "from", "near", "into", "across", "outside", "inside", "through"}
)


# TITLED_SURNAME_RULE: news gives a person a title or an office before the surname ("President
# Obama", "Mr. Obama", "Mrs. Clinton", "Sen. Rubio"), which no place takes; a lone name given one
# anywhere in the article is that person's surname, as a name in full is (NAMED_SURNAME_RULE),
# though the gazetteer knows a town of the name (Obama, Japan; Clinton, Iowa) and the tagger
# calls it a place.
def _titled(ent: SpacySpan) -> bool:
    """TITLED_SURNAME_RULE: whether a title or an office stands right before a lone name."""
    if ent.start == 0 or len(ent) != 1:
        return False
    before = fold(ent.doc[ent.start - 1].text).strip(".")
    return before in TITLE_WORDS or before in ROLE_NOUNS


def _full_name_surnames(ents: list[SpacySpan]) -> set[str]:
    """NAMED_SURNAME_RULE: surname keys of the names of two words or more tagged people, and
    of the lone names given a title (TITLED_SURNAME_RULE)."""
    found = set()
    for e in ents:
        name = clean_name(e.text)
        if e.label_ == "PERSON" and " " in name and not _only_titles(name):
            found.add(translit_key(surname(name)))
        elif name and " " not in name and _titled(e) and _could_be_a_name([name]):
            found.add(translit_key(name))
    return found


def _surname_of_someone_named(ent: SpacySpan, name: str, full_surnames: set[str]) -> bool:
    """NAMED_SURNAME_RULE: whether a lone name is the surname of a person the article names in
    full, and does not stand where a place does."""
    from corroborator.places import is_region  # the gazetteer is loaded on first use

    root = ent.root
    in_place_position = root.dep_ == "pobj" and root.head.lower_ in PLACE_POSITION_PREPOSITIONS
    return (
        translit_key(name) in full_surnames
        and not in_place_position
        and not name.isupper()  # "GOP", "SVP": initials, not a surname
        and not is_region(name)  # "Iowa", "Idaho": a state, whoever bears its name
    )


# Labels of places, which SAME_ARTICLE_PERSON_RULE and SURNAME_ALONE_RULE may correct.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})

# SURNAME_ALONE_RULE: news names a person in full once, then by the surname alone; it names a
# place whole each time. A name of two or three words tagged a place, that neither the
# gazetteer nor its last word are places of, and whose last word the article names alone too
# ("Wladimir Klitschko, 53-3, easily dismantled ..." then "Klitschko dominated") is a person's.
# Not a name that begins with a word of places' names, whose last word is a place's too
# ("East Flatbush" then "Flatbush", "North Shields" then "Shields"), nor a name after "the"
# ("the Trail Blazers" then "the Blazers").
PLACE_NAME_MODIFIERS = frozenset(
    """
    north south east west northern southern eastern western central upper lower greater new
    old great little saint san santa fort port point mount lake cape
    """.split()
)


def _after_the(ent: SpacySpan) -> bool:
    """Whether a name has "the" or "a" before it, in its span or just before ("the Blazers"):
    no person's name has."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return fold(ent.text).startswith(LEADING_DETERMINERS) or (
        before is not None and before.dep_ == "det"
    )


def _surnames_said_alone(ents: list[SpacySpan]) -> set[str]:
    """SURNAME_ALONE_RULE: the surname keys of the names tagged places that are persons'."""
    alone = {
        clean_name(e.text) for e in ents if " " not in clean_name(e.text) and not _after_the(e)
    }
    found = set()
    for ent in ents:
        words = clean_name(ent.text).split(" ")
        if (
            ent.label_ in PLACE_LABELS
            and not _after_the(ent)  # "the Trail Blazers" then "the Blazers": a team
            and 2 <= len(words) <= 3
            and words[-1] in alone
            and ent[-1].tag_ in SINGULAR_NAME_TAGS  # not "Trail Blazers" then "Blazers"
            and not any(w.isupper() for w in words)  # not "Reno NFL" then "NFL"
            and fold(words[0]) not in PLACE_NAME_MODIFIERS
            and _could_be_a_name(words)
            and not _is_place(" ".join(words))
            and not _is_place(words[-1])
        ):
            found.add(translit_key(surname(" ".join(words))))
    return found


# VICTIM_OF_RULE: news names the dead and the harmed by their death, killing or arrest: the
# name a noun of such harm is "of" ("the fatal shooting of Keith Lamont Scott", "the death of
# Scott, 43") or whose it is ("Scott's death") is a person's, whatever the tagger called it,
# when it is one to three capitalised name-like words (no word of organisations' or places'
# names) that the gazetteer does not know as a place, whole or by its last word ("the
# death of Aleppo" stays a place), and one name, not a plural ("the death of Lehman Brothers").
# Not a name with a word in capitals ("the arrest of NATO", "the abduction of MV Stolt Valor",
# a ship) nor after "the" ("the death of the Union").
VICTIM_NOUNS = frozenset(
    """death killing shooting murder slaying assassination execution beating stabbing
    strangling lynching funeral autopsy arrest abduction kidnapping""".split()
)
VICTIM_PREPOSITION = "of"
VICTIM_MAX_WORDS = 3


def _victim_named(ent: SpacySpan, name: str) -> bool:
    """VICTIM_OF_RULE: whether a name not tagged a person is the "of"-object or the possessor
    of a noun of a person's death or harm."""
    words = name.split(" ")
    root = ent.root
    if root.dep_ == "poss":
        harm = root.head
    elif root.dep_ == "pobj" and root.head.lower_ == VICTIM_PREPOSITION:
        harm = root.head.head
    else:
        return False
    return (
        harm.lemma_.lower() in VICTIM_NOUNS
        and harm.pos_ == "NOUN"
        and 1 <= len(words) <= VICTIM_MAX_WORDS
        and root.tag_ in SINGULAR_NAME_TAGS
        and not any(len(w) > 1 and w.isupper() for w in words)  # not "MV Stolt Valor", "NATO"
        and _could_be_a_name(words)
        and not (ent.start > 0 and ent.doc[ent.start - 1].dep_ == "det")
        and ent[0].dep_ != "det"
        and not _is_place(name)
        and not _is_place(words[-1])
    )


# SAME_ARTICLE_PERSON_RULE holds for a lone word the tagger called an organisation when the
# person was read in full elsewhere (by VICTIM_OF_RULE: "the fatal shooting of Keith Lamont
# Scott" ... "Scott's encounter with police"); a lone name read a person's by the syntax alone
# is too weak a ground for a company's name ("Forbes said", "LinkedIn and Microsoft").
def _organisation_tagged_surname(ent: SpacySpan, name: str, read_in_full: set[str]) -> bool:
    """SAME_ARTICLE_PERSON_RULE for a lone word tagged an organisation: "Scott's encounter with
    police" where "the fatal shooting of Keith Lamont Scott" is read a person's."""
    return (
        ent.label_ == "ORG"
        and " " not in name
        and ent[-1].tag_ in SINGULAR_NAME_TAGS
        and translit_key(name) in read_in_full
        and _could_be_a_name([name])
        and not name.isupper()
        and not _is_place(name)
    )


def _read_as_person_here(ent: SpacySpan, name: str, read_as_people: set[str]) -> bool:
    """SAME_ARTICLE_PERSON_RULE: whether a name of one to three words tagged a place has the
    surname of a person read elsewhere in the article, and no place of its name is known."""
    words = name.split(" ")
    last = surname(name)
    return (
        ent.label_ in PLACE_LABELS
        and 1 <= len(words) <= 3
        and ent[-1].tag_ in SINGULAR_NAME_TAGS  # not "Trail Blazers"
        and translit_key(last) in read_as_people
        and _could_be_a_name(words)
        and not _is_place(name)
        and not _is_place(last)
    )


# FIRST_NAME_RULE: a lone word the tagger called a place, a nationality or an organisation that
# the article gives as the first name of one person named in full ("Melania Trump" ... "his
# wife, Melania"; "Bettie Page" ... "Amen to you, too, Bettie") is that person, unless the
# gazetteer knows it as a place ("Paris Hilton" ... "flew to Paris") or "the" stands before it.
# Not a nationality's tag (NORP: "German" beside "German Ortega").
FIRST_NAME_LABELS = frozenset({"GPE", "LOC", "FAC", "ORG"})


def _first_names(ents: list[SpacySpan]) -> dict[str, str]:
    """First name -> the surname key of the one person named in full with it here and named
    again (a tagger's "person" named once, "EgyptAir Crash" in a headline, is too weak a
    ground); first names two people share are left out."""
    found: dict[str, set[str]] = defaultdict(set)
    named: Counter[str] = Counter()
    for ent in ents:
        words = clean_name(ent.text).split(" ") if ent.label_ == "PERSON" else []
        if words and words[0]:
            named[translit_key(surname(" ".join(words)))] += 1
        if len(words) >= 2 and _could_be_a_name(words) and fold(words[0]) not in TITLE_WORDS:
            found[words[0]].add(translit_key(surname(" ".join(words))))
    return {
        first: next(iter(keys))
        for first, keys in found.items()
        if len(keys) == 1 and named[next(iter(keys))] >= 2
    }


def _first_name_of(ent: SpacySpan, name: str, first_names: dict[str, str]) -> bool:
    """FIRST_NAME_RULE: whether a lone name is the first name of a person named here."""
    return (
        ent.label_ in FIRST_NAME_LABELS
        and len(ent) == 1
        and ent.root.tag_ in SINGULAR_NAME_TAGS  # not "German" (an adjective), "Floridians"
        and not name.isupper()  # not "INS" of a ship's name
        and name in first_names
        and _could_be_a_name([name])
        and not (ent.start > 0 and ent.doc[ent.start - 1].dep_ == "det")
        and not fold(ent.text).startswith(LEADING_DETERMINERS)
        and not _is_place(name)
    )


def _in_person_position(ent: SpacySpan) -> bool:
    """PERSON_POSITION_RULE: a name of one or two capitalised words tagged a place, nationality
    or organisation, unknown to the gazetteer, where the syntax wants a person."""
    words = clean_name(ent.text).split(" ")
    if not 1 <= len(words) <= 2 or not _could_be_a_name(words):
        return False
    if (ent.start > 0 and ent.doc[ent.start - 1].dep_ == "det") or ent[0].dep_ == "det":
        return False  # "the Democrat", "hosted the Academy Awards" (the tagger's span has "the")
    if _is_place(clean_name(ent.text)):
        return False
    if _leader_of(ent, words):
        return True  # LEADER_OF_RULE: "the government of Costas Karamanlis"
    return _person_position(ent, speaking=ent.label_ in SPEAKER_LABELS)


def _person_position(ent: SpacySpan, speaking: bool) -> bool:
    """Whether a name sits where the syntax wants a person: the object of a verb done to people,
    a partner "with" it, the subject of a verb of saying (with ``speaking``), or a subject its
    verb refers back to as "his" or "herself"."""
    root = ent.root
    head = root.head
    if root.dep_ == "dobj" and head.lemma_.lower() in PERSON_OBJECT_VERBS:
        return True  # "Putin met Prigozhin"
    if (
        root.dep_ == "pobj"
        and head.lower_ in PARTNER_PREPOSITIONS
        and head.head.lemma_.lower() in PERSON_OBJECT_VERBS
    ):
        return True  # "met with Prigozhin"
    if (
        root.dep_ in ("nsubj", "nsubjpass")
        and root.tag_ in SINGULAR_NAME_TAGS
        and head.lemma_.lower() in PERSON_SUBJECT_VERBS
    ):
        return True  # "Bettie Page died"
    if (
        ent.label_ in COORDINATED_LABELS
        and root.tag_ in SINGULAR_NAME_TAGS
        and _coordinated_with_person(ent)
    ):
        return True  # COORDINATED_PERSON_RULE: "Lindsay Lohan and Paris Hilton"
    if root.dep_ == "nsubj" and root.tag_ in SINGULAR_NAME_TAGS:
        if speaking and head.lemma_.lower() in SAYING_VERBS:
            return True  # "Medvedev said"
        return _referred_back(head)
    return False


def _coordinated_with_person(ent: SpacySpan) -> bool:
    """COORDINATED_PERSON_RULE: whether a name is a conjunct of a name tagged a person, either
    way round ("Lohan and Hilton", "Hilton and Lohan")."""
    root = ent.root
    partners = [c for c in root.children if c.dep_ in COORDINATION_DEPS]
    if root.dep_ in COORDINATION_DEPS:
        partners.append(root.head)
    joined = any(
        c.dep_ == "cc" and c.lower_ in COORDINATING_AND
        for word in (root, *partners)
        for c in word.children
    )
    return (
        joined
        and not ent.text.isupper()
        and any(p.ent_type_ == "PERSON" and p.tag_ in SINGULAR_NAME_TAGS for p in partners)
    )


def _leader_of(ent: SpacySpan, words: list[str]) -> bool:
    """LEADER_OF_RULE: whether a name of two words, neither of them a place the gazetteer
    knows, is the object of "of" after a government, cabinet or regime."""
    root = ent.root
    prep = root.head
    return (
        len(words) == 2
        and root.dep_ == "pobj"
        and root.tag_ in SINGULAR_NAME_TAGS
        and prep.lower_ == LEADER_OF_PREPOSITION
        and prep.head.lemma_.lower() in LEADER_OF_NOUNS
        and fold(words[0]) not in PLACE_NAME_MODIFIERS
        and not any(_is_place(w) for w in words)
    )


def _referred_back(verb) -> bool:
    """Whether a verb's object refers back to its subject as a person ("defended his title",
    "checked herself into rehab")."""
    for child in verb.children:
        if child.dep_ != "dobj":
            continue
        if child.lower_ in PERSON_BACK_REFERENCES:
            return True
        if any(g.dep_ == "poss" and g.lower_ in PERSON_BACK_REFERENCES for g in child.children):
            return True
    return False


def _acts_as_person(ent: SpacySpan) -> bool:
    """A name tagged a person where the syntax wants one (PERSON_POSITION_RULE: "Putin met
    Obama", "Obama said", "Obama defended his record") stays a person, though the gazetteer
    knows a town of that name."""
    return _person_position(ent, speaking=True)


def _display_rank(name: str, count: int, first: int) -> tuple[bool, int, int, str]:
    """How a name ranks as its entity's display name (lowest first): a name of two words or
    more ("Bernie Sanders" over "Sanders"), then the one written most often, then the one
    written first; not the longest, which is mostly the parser running a name into the words
    beside it ("New Hampshire Sanders")."""
    return (" " not in name, -count, first, name)


def _headline_spans(doc: Doc) -> list[tuple[int, int]]:
    """The character spans of the sentences in headline case."""
    spans = []
    for sent in doc.sents:
        words = [t for t in sent if t.is_alpha]
        capitalised = sum(1 for t in words if t.text[0].isupper())
        if len(words) >= HEADLINE_MIN_WORDS and capitalised >= HEADLINE_CAPITALISED * len(words):
            spans.append((sent.start_char, sent.end_char))
    return spans


def _confirmed(
    found: list[tuple[str, str, Span, list[str]]], headlines: list[tuple[int, int]]
) -> list[tuple[str, str, Span, list[str]]]:
    """Names read in headline-case sentences, kept only where the rest of the article names
    the same entity with the same words or more ("Trump" beside "Donald Trump"); the rest are
    the parser running a name into a headline's verbs. An article all in headline case keeps
    what it has."""

    def in_headline(span: Span) -> bool:
        return any(start <= span.start < end for start, end in headlines)

    body = [item for item in found if not in_headline(item[2])]
    if not headlines or not body:
        return found
    words_of: dict[str, list[set[str]]] = defaultdict(list)
    for key, name, _, _ in body:
        words_of[key].append(set(fold(name).split()))
    return [
        item
        for item in found
        if not in_headline(item[2])
        or any(set(fold(item[1]).split()) <= words for words in words_of.get(item[0], ()))
    ]


def _only_titles(name: str) -> bool:
    """'Sgt', 'Lt. Col.', 'Deputy Sgt': titles with no name."""
    words = [fold(w).strip(".") for w in name.replace(".", ". ").split()]
    return bool(words) and all(w in TITLE_WORDS for w in words if w)


# PLACE_NAMED_WHOLE_RULE: a name of two words or more that the tagger called a person, that the
# gazetteer knows whole as a place ("Bandar Abbas", "Ho Chi Minh City", "San Pedro Sula", "Hilton
# Head"), is that place, unless a title or role names it a person ("Mr.", "the senator") or the
# syntax wants a person there (PERSON_POSITION_RULE). People are seldom named like a whole town
# ("Paris Hilton" is no place name); a lone word ("Jackson") is read by the rule above it.
PLACE_NAME_MIN_WORDS = 2


def _place_named_whole(ent: SpacySpan, name: str, role: str | None) -> bool:
    """PLACE_NAMED_WHOLE_RULE: whether a name tagged a person is a place the gazetteer knows."""
    return (
        len(name.split(" ")) >= PLACE_NAME_MIN_WORDS
        and role is None
        and not _acts_as_person(ent)
        and _is_place(name)
    )


def _is_place(name: str) -> bool:
    from corroborator.places import place_path  # the gazetteer is loaded on first use

    return place_path(name) is not None


def _unlabelled_surnames(
    doc: Doc, article: Article, ents: list[SpacySpan], surnames: set[str]
) -> list[tuple[str, str, Span, list[str]]]:
    """Proper nouns the model left unlabelled that are the surname of a person named in full
    elsewhere in the article ("As for Prigozhin, he's in St Petersburg")."""
    covered = {i for e in doc.ents for i in range(e.start, e.end)}
    found = []
    for token in doc:
        if token.i in covered or token.pos_ != "PROPN" or not token.is_title:
            continue
        key = translit_key(token.text)
        if key in surnames:
            span = Span(token.idx, token.idx + len(token))
            found.append((f"person:{key}", token.text, span, []))
    return found


def _trimmed_span(text: str, start: int, end: int) -> Span:
    """Drop leading determiners and a trailing possessive from a mention's span."""
    piece = text[start:end]
    lowered = piece.lower()
    for det in LEADING_DETERMINERS:
        if lowered.startswith(det) and len(piece) > len(det):
            start += len(det)
            piece = piece[len(det) :]
            break
    match = POSSESSIVE.search(piece)
    if match and match.start() > 0:
        end = start + match.start()
    return Span(start, end)


def merge_entities(groups: list[list[Entity]]) -> list[Entity]:
    """Merge per-article entity lists into one list, by key (for a story or an archive)."""
    merged: dict[str, Entity] = {}
    given: dict[str, Counter[str]] = defaultdict(Counter)  # names, by articles writing them
    first: dict[tuple[str, str], int] = {}
    for n, entities in enumerate(groups):
        for ent in entities:
            for name in {ent.name, *ent.aliases}:
                given[ent.key][name] += 1
                first.setdefault((ent.key, name), n)
            have = merged.get(ent.key)
            if have is None:
                merged[ent.key] = Entity(
                    ent.key, ent.name, ent.kind, list(ent.aliases), list(ent.roles)
                )
                continue
            have.aliases = sorted(set(have.aliases) | set(ent.aliases))
            have.roles += [r for r in ent.roles if r not in have.roles]
    for key, ent in merged.items():  # the name most articles write, as one article's is chosen
        counts = given[key]
        ent.name = min(counts, key=lambda n: _display_rank(n, counts[n], first[key, n]))
    return [merged[k] for k in sorted(merged)]


def story_person_keys(groups: list[list[Entity]]) -> list[dict[str, str]]:
    """SHARED_SURNAME_RULE across a story: per article, the given-name keys of the story's main
    person of a surname, to rename to the surname key. An article keys its first-named person by
    the surname alone, so an article about Bill Clinton keys Hillary ``person:clinton~hillary``
    where the others key her ``person:clinton``; the person of a surname that most articles key
    by the surname alone (the first such on a tie) is the story's main one. A bare key is never
    given a given name: that would part one person whose given name an article spells or reads
    otherwise, so that article's other person shares the key. Renames only in a story where
    some article names two people of one surname; {} for each article otherwise."""
    bare_given: list[dict[str, str]] = []  # per article: surname key -> its bare person's given
    shared: set[str] = set()
    for entities in groups:
        here = {}
        for ent in entities:
            base, mark, _ = ent.key.partition(SHARED_SURNAME_MARK)
            if not base.startswith("person:"):
                continue
            if mark:
                shared.add(base)
            else:
                words = [w for w in ent.name.split(" ") if fold(w).strip(".") not in TITLE_WORDS]
                if len(words) > 1 and not words[0].rstrip(".").isupper():  # not "E. J. Mannix"
                    here[base] = translit_key(words[0])
        bare_given.append(here)
    main: dict[str, str] = {}
    for base in sorted(shared):
        votes = Counter(given[base] for given in bare_given if base in given)
        order = [given[base] for given in bare_given if base in given]
        if votes:
            main[base] = min(votes, key=lambda g: (-votes[g], order.index(g)))
    renames = []
    for entities in groups:
        rename = {}
        for ent in entities:
            base, mark, own = ent.key.partition(SHARED_SURNAME_MARK)
            if mark and base in main and same_given_name(own, main[base]):
                rename[ent.key] = base  # the story's main person, named second here
        renames.append(rename)
    return renames
