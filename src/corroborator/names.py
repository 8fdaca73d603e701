"""Names folded to keys without the parser: how a person, place or organisation is compared
across spellings ("Libération" ~ "liberation", "O’Neill" ~ "O'Neill", "Yevgeny" ~ "Evgeny"),
which given names are one person's ("Bill" ~ "William"), and the titles written before a name
("Mr.", "Sen.", "Kremlin spokesman") that are no part of it.

Analysis keys entities with these; reconcile, places and the renderers compare names with them.
They need no spaCy, so the commands that only read the archive (``show``, ``stories``, the web
pages) start without loading it.
"""

from __future__ import annotations

import re
import unicodedata

# Generic trailing words dropped from organisation keys ("Wagner Group" ~ "Wagner").
ORG_KEY_DROP = frozenset({"group", "inc", "ltd", "corp", "corporation", "company", "co", "plc"})

# Transliteration variants folded together in keys: (pattern, replacement), applied in order.
TRANSLIT_RULES = (
    (re.compile(r"^ye"), "e"),  # Yevgeny ~ Evgeny
    (re.compile(r"(?<=[aeiou])y(?=[aeiou])"), "i"),  # Dostoyevsky ~ Dostoievsky
    (re.compile(r"yy$|iy$|ij$|ii$"), "y"),  # Zelenskyy ~ Zelensky ~ Zelenskiy
    (re.compile(r"kh"), "h"),  # Kharkiv ~ Harkiv
    (re.compile(r"ou"), "u"),  # Shoigou ~ Shoigu (French transliteration)
)
# Doubled letters are kept: folding them ("Heller" -> "heler", "Morrison" -> "morison") made
# every such key read as a misspelling where it is shown (voices, the source graph).

# Generational suffixes after a surname: "Arcade Joseph Comeaux Jr.", "Anthony LaCalamita III"
# are keyed by the surname before them (person:comeaux), not person:jr or person:iii.
NAME_SUFFIXES = frozenset({"jr", "sr", "jnr", "snr", "ii", "iii", "iv"})


# Look-alike characters typesetting puts in names, folded to their plain form in every key:
# "O’Neill" (curly apostrophe) is "O'Neill", "Jean‐Pierre" (Unicode hyphen) is "Jean-Pierre".
# The em dash is left alone: it sets phrases apart, it does not join a name.
LOOKALIKE_FOLD = str.maketrans(
    {
        "\u2018": "'",  # left single quote
        "\u2019": "'",  # right single quote, the typographic apostrophe
        "\u201b": "'",  # single high-reversed-9 quote
        "\u02bc": "'",  # modifier letter apostrophe
        "\u2032": "'",  # prime
        "\uff07": "'",  # fullwidth apostrophe
        "\u201c": '"',  # left double quote
        "\u201d": '"',  # right double quote
        "\u201e": '"',  # low double quote
        "\u2010": "-",  # hyphen
        "\u2011": "-",  # non-breaking hyphen
        "\u2012": "-",  # figure dash
        "\u2013": "-",  # en dash
        "\u2212": "-",  # minus sign
    }
)


def fold(text: str) -> str:
    """Lowercase ASCII fold: 'Libération' -> 'liberation', NBSP -> space, look-alike
    apostrophes, quotes and hyphens to their plain form ('O’Neill' -> "o'neill")."""
    text = unicodedata.normalize("NFKD", text.replace("\xa0", " ").translate(LOOKALIKE_FOLD))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return re.sub(r"\s+", " ", text).strip().casefold()


def translit_key(word: str) -> str:
    word = fold(word)
    for pattern, replacement in TRANSLIT_RULES:
        word = pattern.sub(replacement, word)
    return word


# What joins a surname key and a given name in the key of a second person of that surname in
# one article ("person:clinton~bill", entities.SHARED_SURNAME_RULE).
SHARED_SURNAME_MARK = "~"


# Given names one person is written with: "Bill" and "William Clinton", "Chuck" and "Charles
# Grassley" are one person (a prefix, "Ed" of "Edward", is one person too: same_given_name).
NICKNAMES = frozenset(
    frozenset(pair.split(":"))
    for pair in """
    bill:william will:william bob:robert bobby:robert dick:richard rick:richard ted:edward
    ted:theodore chuck:charles charlie:charles jim:james jimmy:james jack:john johnny:john
    dave:david larry:lawrence jerry:gerald hank:henry tony:anthony sandy:sandra liz:elizabeth
    beth:elizabeth betsy:elizabeth peggy:margaret kate:katherine kathy:kathleen
    """.split()
)


# One given name written two ways keeps its first letters ("Bettie" and "Betty Page",
# "Hillary" and "Hilary", "Mohammed" and "Mohamed"): names that share this many are one
# person's (same_given_name).
GIVEN_SPELLING_LETTERS = 3


def same_given_name(a: str, b: str) -> bool:
    """Whether two folded given names are one person's ("ed" and "edward", "bill" and "william",
    "bettie" and "betty", "yevgeny" and "evgeny" under TRANSLIT_RULES); "bill" and "hillary" are
    two people."""
    a, b = translit_key(a), translit_key(b)
    return (
        a.startswith(b)
        or b.startswith(a)
        or a[:GIVEN_SPELLING_LETTERS] == b[:GIVEN_SPELLING_LETTERS]
        or frozenset((a, b)) in NICKNAMES
    )


# Courtesy titles written before a name ("Mr. Trump", "Dr. Fauci"): neither name nor role;
# the bare name is what other reports call the person.
HONORIFICS: frozenset[str] = frozenset("mr mrs ms miss mx dr".split())
# Titles and ranks written before a name, compared without their full stop ("Lt. Col.
# Alexander Vindman", "Prince Andrew", "NASA Administrator Jim Bridenstine", "Sen. Warren"):
# the parser often takes them into the proper-noun run; they are the role, not the name.
ROLE_TITLES: frozenset[str] = frozenset(
    """lt col gen sen rep gov capt sgt maj adm cmdr cdr rev fr prof supt insp det cpl pvt
    prince princess king queen duke duchess earl lord lady sir dame pope archbishop bishop
    cardinal rabbi imam sheikh emir sultan president vice premier chancellor minister secretary
    senator congressman congresswoman representative governor mayor administrator
    commissioner director chief judge justice sheriff detective inspector officer sergeant
    captain major colonel general admiral lieutenant commander ambassador chairman
    chairwoman spokesman spokeswoman spokesperson attorney lawyer professor coach speaker
    superintendent""".split()
)
