"""Wire-service credits: an article that opens "MOSCOW (Reuters) -" or carries the byline
"By The Associated Press" relays the agency's report.

Two outlets that run one agency's story, each edited differently (so not near-duplicates),
are one voice, not two: the agency is the first link of every chain in such an article, and
its key ("outlet:reuters") is the one an article published by the agency itself gets.
"""

from __future__ import annotations

import re

from corroborator.model import Source

# News agencies as they credit themselves in datelines and bylines, and the name each is shown
# and keyed by (an article published under the outlet name "Reuters" has the same voice).
AGENCIES = {
    "reuters": "Reuters",
    "ap": "Associated Press",
    "associated press": "Associated Press",
    "the associated press": "Associated Press",
    "afp": "AFP",
    "agence france-presse": "AFP",
    "agence france presse": "AFP",
    "dpa": "dpa",
    "xinhua": "Xinhua",
    "upi": "UPI",
    "bloomberg": "Bloomberg",
    "interfax": "Interfax",
    "tass": "TASS",
    "ansa": "ANSA",
    "efe": "EFE",
    "kyodo": "Kyodo",
    "yonhap": "Yonhap",
    "pti": "PTI",
    "ians": "IANS",
    "aap": "AAP",
    "pa": "PA Media",
    "pa media": "PA Media",
    "anadolu": "Anadolu",
}
_AGENCY = "|".join(sorted((re.escape(k) for k in AGENCIES), key=len, reverse=True))

# A dateline that credits an agency, at the start of a paragraph: "MOSCOW (Reuters) -",
# "WASHINGTON (AP) —", "LONDON, June 3 (Reuters) -", "Kyiv, 3 June 2023 (AFP) –".
WIRE_DATELINE = re.compile(
    r"^[A-Z][\w.'’ -]{1,40}?(?:,[\w .,'’]{1,30}?)?\s*\((?P<agency>" + _AGENCY + r")\)\s*[-–—:]",
    re.IGNORECASE | re.MULTILINE,
)
# An agency byline on a line of its own: "By The Associated Press", "By Reuters staff".
WIRE_BYLINE = re.compile(
    r"^\s*By (?P<agency>" + _AGENCY + r")(?: staff| reporters?)?\s*$",
    re.IGNORECASE | re.MULTILINE,
)
# Credits count only near the top, where datelines and bylines stand.
CREDIT_WINDOW = 600


def wire_credit(text: str) -> str | None:
    """The agency an article credits for its report, or None."""
    head = text[:CREDIT_WINDOW]
    found = WIRE_DATELINE.search(head) or WIRE_BYLINE.search(head)
    if found is None:
        return None
    return AGENCIES[found.group("agency").lower()]


def wire_chain(text: str, outlet: str | None) -> tuple[Source, ...]:
    """The agency as the first relayed link, unless the outlet is the agency itself."""
    agency = wire_credit(text)
    if agency is None or (outlet and outlet.casefold() in {agency.casefold(), *_names(agency)}):
        return ()
    return (Source(name=agency, kind="outlet"),)


def _names(agency: str) -> set[str]:
    return {k for k, v in AGENCIES.items() if v == agency}


__all__ = ["AGENCIES", "wire_chain", "wire_credit"]
