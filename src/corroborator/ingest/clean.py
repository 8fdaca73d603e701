"""Plain-text cleaning: page furniture out, delivery conventions read as metadata.

Rules are named data. Each table is grouped by purpose, most specific first, and commented with
what it catches; :func:`clean_text` loops over them. Everything removed is returned as a
:class:`~corroborator.model.Removed` with its reason, so nothing is silently lost.

Conventions read from the text (and returned as metadata, never guessed):

* a leading ``date YYYY-MM-DD`` token sequence (the WION seed starts
  ``" date 2023-07-10 Russian President…"``) is the publication date; it is removed from the
  text (recorded as ``date-line``);
* a short first paragraph followed by a blank line is the headline when it reads as one: a line
  without final punctuation; a line ending in a full stop, "?" or "!" that is in title case or
  in headlinese; a headline and its dek on two lines, the first ending in ";". It stays in the
  text (offsets stay simple) and becomes ``title`` (a final full stop dropped).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from corroborator.model import Removed

# ---------------------------------------------------------------------------------------------
# Whole-line boilerplate: a line (stripped) matching one of these is removed with that reason.
# Anchored at the start of the line and bounded in length so an ordinary sentence that merely
# contains the words is never touched.
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LineRule:
    reason: str
    pattern: re.Pattern[str]
    max_len: int = 300  # longer lines are prose, never furniture


_APOS = "['’`]"

LINE_RULES: tuple[LineRule, ...] = (
    # Newsletter consent notice under sign-up boxes: "We use your sign-up to provide content in
    # ways you've consented to and to improve our understanding of you. … More info"
    LineRule(
        "consent-notice",
        re.compile(r"^We use your sign-?up to provide content\b", re.IGNORECASE),
        max_len=600,
    ),
    # Aggregator footer pointing back to the original page: "Source: Read Full Article"
    LineRule(
        "source-footer",
        re.compile(r"^Source:\s*Read (?:the )?Full Article\.?$", re.IGNORECASE),
    ),
    # In-text link to another story: "READ MORE: Putin puppet vows to unleash …",
    # "Read more: …", "READ MORE - …". The colon/dash is required: "Read more about it …" is prose.
    LineRule("read-more", re.compile(r"^(?:READ|Read|read) (?:MORE|More|more)\s*[:\-–—]\s*\S")),
    # Newsletter prompts: "Sign up to our newsletter", "Sign up for the free Morning Briefing
    # newsletter", "Subscribe to our daily newsletter", and a pitch sentence before the
    # imperative: "Get the latest updates right in your inbox. Subscribe to NJ.com's newsletters."
    # The imperative must open a sentence: "20,000 readers subscribe to its newsletter" is prose.
    LineRule(
        "newsletter",
        re.compile(
            r"(?:^|[.!?]\s+)(?:Sign up|Subscribe)(?: now| today)? (?:to|for)\b.{0,80}"
            r"\bnewsletters?\b",
            re.IGNORECASE,
        ),
        max_len=250,
    ),
    # Tip/contact lines under a story: "Have a tip? Amy Kuperinsky may be reached at …".
    LineRule("contact-line", re.compile(r"^(?:Have a (?:news )?tip|Got a (?:news )?tip)\?")),
    # Timestamp lines in the body: "Updated at 1:23 p.m.", "Last updated: 10 July 2023 09:30".
    LineRule(
        "timestamp",
        re.compile(
            r"^(?:Last )?(?:Updated|Published|Posted)(?: at| on|:)\s*[^.!?]{0,30}\d[\w ,:.+]*$",
            re.IGNORECASE,
        ),
        max_len=80,
    ),
    # Dow Jones reprint notice: "This copy is for your personal, non-commercial use only. …"
    LineRule(
        "reprint-notice",
        re.compile(r"^This copy is for your personal, non-commercial use only\b", re.IGNORECASE),
        max_len=400,
    ),
    # Inline related-story link naming the site: "Also on rt.com Journalists & politicians …"
    LineRule("related-link", re.compile(r"^Also on [a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\s")),
    # Share prompts: "Like this story? Share it with a friend!", "Share this article".
    LineRule(
        "share-prompt",
        re.compile(
            r"^(?:Like this (?:story|article)\?|Share this (?:story|article)\b|"
            r"Share (?:it|this) with a friend\b)",
            re.IGNORECASE,
        ),
        max_len=120,
    ),
    # Comment-section furniture: "Tell us what YOU think...", "Leave a comment", "12 comments".
    LineRule(
        "comments-prompt",
        re.compile(
            r"^(?:Tell us what you think\W*|Leave a comment\W*|(?:\d+ )?comments?)$",
            re.IGNORECASE,
        ),
        max_len=60,
    ),
    # WordPress shortcodes left in the text: "[button link=… ] Send us YOUR kit review[/button]"
    LineRule("shortcode", re.compile(r"^\[([a-z_]+)\b[^\]]*\].*\[/\1\]$", re.IGNORECASE)),
    # Copyright lines: "© 2023 Reuters. All rights reserved.", "Copyright 2019 The Hill".
    LineRule(
        "copyright",
        re.compile(
            r"^(?:(?:Copyright\s*)?(?:©|\(c\))\s*(?:\d{4}|[A-Z])|Copyright\s+\d{4}\b)|"
            r"\bAll rights reserved\.?$",
            re.IGNORECASE,
        ),
        max_len=200,
    ),
    # Wire-service credit lines: "(Reporting by Guy Faulconbridge; Editing by Alex Richardson)".
    # Reporters' names are not sources of the story; they stay in ``removed``.
    LineRule(
        "wire-credit",
        re.compile(
            # in parentheses, or two credits joined by ";" ("Reporting by …; Editing by …")
            r"^\((?:Additional )?(?:Reporting|Writing|Editing) by [^()]+\)$|"
            r"^(?:Additional )?(?:Reporting|Writing) by [^;.]+;\s*"
            r"(?:Additional reporting|Writing|Editing) by [^;]+(?:;.*)?$"
        ),
    ),
    # Advertising slots: "Advertisement", "ADVERTISEMENT", "Story continues below advertisement".
    LineRule(
        "advert",
        re.compile(
            r"^(?:Advertisement|Story continues (?:below|after) (?:this )?advertisement)$",
            re.IGNORECASE,
        ),
        max_len=60,
    ),
    # Related-story links: "RELATED: Wagner chief seen in Minsk", "Related: …".
    LineRule("related-link", re.compile(r"^(?:RELATED|Related)(?: (?:STORY|story|Story))?:\s*\S")),
    # Picture furniture: "Image source, Getty Images", "Image caption, Wagner fighters …",
    # "Media caption, …" (BBC), "Photo credit: Reuters".
    LineRule(
        "image-caption",
        re.compile(r"^(?:Image|Photo|Picture|Media) (?:source|caption|credit)s?\s*[,:]"),
        max_len=300,
    ),
    # Photo credits and captions carrying a © mark: "installation views, photos © Inexhibit".
    LineRule("photo-credit", re.compile(r"©"), max_len=160),
    # Calls to action: "Click here to subscribe", "Click here to read more".
    LineRule("click-here", re.compile(r"^Click here to\b", re.IGNORECASE), max_len=200),
    # Social prompts: "Follow us on Twitter", "Follow us on Facebook and Instagram".
    LineRule(
        "follow-us",
        re.compile(
            r"^Follow (?:us|\w+ \w+|\w+) on (?:Twitter|X|Facebook|Instagram|Telegram|TikTok|"
            r"YouTube|LinkedIn|Threads|WhatsApp|Google News|social media)\b",
            re.IGNORECASE,
        ),
        max_len=200,
    ),
)

# ---------------------------------------------------------------------------------------------
# Teaser blocks: a "Don't miss…" heading followed by short story links ending in a section tag.
# ---------------------------------------------------------------------------------------------

# Headings that open a teaser block: "Don't miss…", "Don’t miss...", "DON'T MISS:".
TEASER_HEADINGS: tuple[re.Pattern[str], ...] = (
    re.compile(rf"^Don{_APOS}?t miss\s*(?:…|\.\.\.|:)?$", re.IGNORECASE),
)

# Tags that end a teaser link line: "Putin sacks top general …[INSIGHT]".
TEASER_TAGS = ("INSIGHT", "PICTURES", "VIDEO", "POLL", "REVEAL", "LATEST", "ANALYSIS", "LIVE")
TEASER_LINE = re.compile(r"^.{3,200}\[(?:" + "|".join(TEASER_TAGS) + r")\]$")

# ---------------------------------------------------------------------------------------------
# Conventions read as metadata.
# ---------------------------------------------------------------------------------------------

# A leading "date 2023-07-10" (optionally "date: 2023-07-10"), before the first sentence.
DATE_LINE = re.compile(r"^\s*date:?\s+(\d{4}-\d{2}-\d{2})(?:\s+|$)", re.IGNORECASE)

# A headline: short, no final sentence punctuation.
HEADLINE_MAX_CHARS = 200
HEADLINE_FINAL_PUNCT = ".!?:;,\"'”’)…"
# Some outlets end a headline with a full stop ("Poll: Wealthy Voters Abandon Republican Party
# for Hillary Clinton."): such a line is still a headline when it reads as one (below). The
# closing quotes a headline may end on after its stop ("… ‘Bad Angels Of Our Nature.’").
HEADLINE_STOPS = ".?!"
CLOSING_QUOTES = "'\"’”"
# Title case: every word of at least this many letters capitalised ("Stealth Over Health:
# Hillary Clinton Was Headed to ER But Diverted to Avoid Bad Optics."); body sentences are not
# written so. Shorter words ("to", "of", "for", "and") are left lower by most styles.
TITLE_CASE_MIN_LETTERS = 4
TITLE_CASE_MIN_WORDS = 2
# Headlinese: a short line with none of the words a body sentence nearly always has (articles,
# "be", first and second person, the past "said"/"told" of a lede's attribution), outside
# quotations: "Obama says Trump modeling policies on Putin." is a headline, "The Wagner chief
# attended a meeting." and "Hillary Clinton could be impeached …, Rep. Mike McCaul said
# Wednesday." are body text. AP's "The Latest:" label opens headlines and is skipped.
HEADLINESE_MAX_WORDS = 16
BODY_SENTENCE_WORDS = frozenset(
    "a an the is are was were am be been being isn't aren't wasn't weren't i me my we us our"
    " you your i'm we're you're said told".split()
)
HEADLINE_LABEL = re.compile(r"^The Latest:\s*")
QUOTATION = re.compile(r"‘[^’]*’|“[^”]*”|\"[^\"]*\"|(?<!\w)'[^']*'(?!\w)")
_APOSTROPHES = str.maketrans("’`", "''")
# A list bullet opens a summary point, never a headline: "- Retiring early takes time …".
LIST_BULLET = re.compile(r"^[-–—•*]\s")
# A dateline opens a lede, never a headline: "HEMPSTEAD, N.Y., Sept. 26 (UPI) — Green Party …",
# "WASHINGTON ― Donald Trump's …".
DATELINE = re.compile(r"^[A-Z][A-Z.'’ -]{2,}(?:,|\s[-–—―])")
# A headline and its dek on two lines, the first ending in ";" (USA Today, The New York Times:
# "Jobs report gives Democrats a lift; \nSolid upturn … could blunt Republican claims.");
# body text never breaks a line after a semicolon.
DEK_SEPARATOR = ";"
# Words a timestamp line is made of ("9 September 2013, 14:08", "Updated Tue 11/28/05 9:15 am
# GMT"): a first line of only these and numbers is a date stamp, not a headline.
TIMESTAMP_WORDS = frozenset(
    "january february march april may june july august september october november december"
    " jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday"
    " friday saturday sunday mon tue tues wed thu thur thurs fri sat sun am pm a.m p.m gmt utc"
    " bst est edt pst pdt cet cest updated published posted last modified on at"
    " st nd rd th".split()
)
# Time zone abbreviations not listed above: "IST", "AEST", "JST".
TIME_ZONE = re.compile(r"[A-Z]{1,3}[SD]?T")
_WORDS = re.compile(r"[^\W\d_]+(?:\.[^\W\d_]+)*", re.UNICODE)

_BLANK_RUNS = re.compile(r"\n{3,}")


def _read_date_line(text: str) -> tuple[str, str | None, str | None]:
    """Strip a leading ``date YYYY-MM-DD``; return (text, removed token text, iso date)."""
    match = DATE_LINE.match(text)
    if not match:
        return text, None, None
    try:
        iso = date.fromisoformat(match.group(1)).isoformat()
    except ValueError:
        return text, None, None  # "date 2023-13-45" is not a date: leave the text alone
    return text[match.end() :], match.group(0).strip(), iso


def _line_reason(line: str) -> str | None:
    stripped = line.strip()
    for rule in LINE_RULES:
        if len(stripped) <= rule.max_len and rule.pattern.search(stripped):
            return rule.reason
    return None


def _is_teaser_heading(line: str) -> bool:
    stripped = line.strip()
    return any(p.match(stripped) for p in TEASER_HEADINGS)


def _words(line: str) -> list[str]:
    return [w.strip("‘’“”\"'()[],.:;!?—–-") for w in line.split()]


def _is_title_case(line: str) -> bool:
    long = [w for w in _words(line) if len(w) >= TITLE_CASE_MIN_LETTERS and w[0].isalpha()]
    return len(long) >= TITLE_CASE_MIN_WORDS and all(w[0].isupper() for w in long)


def _is_headlinese(line: str) -> bool:
    if len(line.split()) > HEADLINESE_MAX_WORDS:
        return False
    unquoted = QUOTATION.sub(" ", HEADLINE_LABEL.sub("", line))
    # an acronym is no function word ("US economy" is not "us")
    words = {
        w.lower().translate(_APOSTROPHES) for w in _words(unquoted) if len(w) < 2 or not w.isupper()
    }
    return not words & BODY_SENTENCE_WORDS


def _reads_as_headline(line: str) -> bool:
    """A line that ends like a sentence but is a headline: title case or headlinese."""
    if DATELINE.match(line) or LIST_BULLET.match(line):
        return False
    return _is_title_case(line) or _is_headlinese(line)


def _without_final_stop(line: str) -> str:
    """The headline without its final full stop ("… Nature.’" → "… Nature’"); an abbreviation's
    stop stays ("… in the U.S.")."""
    body = line.rstrip(CLOSING_QUOTES)
    quotes = line[len(body) :]
    last = body.rsplit(None, 1)[-1]
    if body.endswith(".") and "." not in last[:-1]:
        return body[:-1] + quotes
    return line


def _headline(text: str) -> str | None:
    paragraph, sep, _ = text.partition("\n\n")
    if not sep:
        return None  # no blank line after it: it is the first paragraph, not a headline
    lines = [line.strip() for line in paragraph.split("\n")]
    first = lines[0]
    if not first or len(first) > HEADLINE_MAX_CHARS:
        return None
    if len(lines) == 2:
        dek = lines[1]
        if first.endswith(DEK_SEPARATOR) and dek and len(dek) <= HEADLINE_MAX_CHARS:
            return first[: -len(DEK_SEPARATOR)].rstrip()
        return None
    if len(lines) > 2:
        return None
    if all(
        w.casefold() in TIMESTAMP_WORDS or TIME_ZONE.fullmatch(w) for w in _WORDS.findall(first)
    ):
        return None  # a date or time stamp
    if first[-1] not in HEADLINE_FINAL_PUNCT:
        return first
    if first.rstrip(CLOSING_QUOTES)[-1:] in HEADLINE_STOPS and _reads_as_headline(first):
        return _without_final_stop(first)
    return None


def clean_text(text: str) -> tuple[str, list[Removed], dict[str, str]]:
    """Remove page furniture and read delivery conventions.

    Returns the clean text (line endings normalised to ``\\n``, outer whitespace stripped,
    runs of blank lines collapsed to one), the removed parts with reasons in text order, and
    metadata found in the text: ``published`` (ISO date) and ``title`` when present.
    """
    removed: list[Removed] = []
    meta: dict[str, str] = {}
    text = text.replace("\r\n", "\n").replace("\r", "\n")

    text, token, iso = _read_date_line(text)
    if token is not None and iso is not None:
        removed.append(Removed("date-line", token))
        meta["published"] = iso

    kept: list[str] = []
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        if _is_teaser_heading(line):
            block = [line.strip()]
            j = i + 1
            while j < len(lines) and TEASER_LINE.match(lines[j].strip()):
                block.append(lines[j].strip())
                j += 1
            if len(block) > 1:  # a heading alone could be prose ("Don't miss it")
                removed.append(Removed("teaser", "\n".join(block)))
                i = j
                continue
        stripped = line.strip()
        if TEASER_LINE.match(stripped):
            removed.append(Removed("teaser", stripped))
            i += 1
            continue
        reason = _line_reason(line)
        if reason is not None:
            removed.append(Removed(reason, stripped))
        else:
            kept.append(line.rstrip())
        i += 1

    clean = _BLANK_RUNS.sub("\n\n", "\n".join(kept)).strip()
    title = _headline(clean)
    if title is not None:
        meta["title"] = title
    return clean, removed, meta
