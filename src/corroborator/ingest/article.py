"""Turning decoded text plus metadata into an :class:`Article`: ids, dates, precedence."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from corroborator.errors import IngestError
from corroborator.ingest.clean import clean_text
from corroborator.ingest.decode import GUESSED_ENCODING
from corroborator.ingest.language import detect_language
from corroborator.model import Article, Removed, Skipped

_WS = re.compile(r"\s+")
_ISO_PREFIX = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})(?:[T ][0-9:.+\-Z]*)?\s*$")

DATE_UNKNOWN_NOTE = (
    "publication date unknown; pass --published, add a `date YYYY-MM-DD` first line, "
    "or a sources.csv row"
)

VALUE_IGNORED = "is not an ISO date; ignored"  # a date the input gave that could not be used
DATE_LINE_OVERRULED = "but the metadata says"  # a text's date line that lost to its metadata

# Notes saying that something the input gave was not used as given: a date dropped, a date line
# overruled, bytes decoded by a guess. The command line names each one, so none goes unsaid.
WARNING_NOTES = (VALUE_IGNORED, DATE_LINE_OVERRULED, GUESSED_ENCODING)


def warning_notes(notes: list[str]) -> list[str]:
    """The notes of an article that say an input was not used as given."""
    return [note for note in notes if any(mark in note for mark in WARNING_NOTES)]


@dataclass
class IngestBatch:
    """What :func:`corroborator.ingest.read_sources` produced, in a deterministic order."""

    articles: list[Article] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)

    def extend(self, other: IngestBatch) -> None:
        self.articles.extend(other.articles)
        self.skipped.extend(other.skipped)


def article_id(text: str) -> str:
    """Stable id of a clean text: sha256 of NFC, whitespace-collapsed, casefolded text (16 hex)."""
    norm = _WS.sub(" ", unicodedata.normalize("NFC", text)).strip().casefold()
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()[:16]


def normalise_date(value: object) -> str | None:
    """An ISO date from an ISO date/datetime string (or a date object); None if not one.

    Only unambiguous forms are accepted: ``2023-07-10``, ``2023-07-10T08:00:00Z``, RFC 2822
    dates as feeds give them, and written dates with a month name and a year ("July 10, 2023").
    Anything else (relative or all-numeric dates) is reported by the caller, not guessed.
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    if not text:
        return None
    match = _ISO_PREFIX.match(text)
    if match:
        try:
            return date.fromisoformat(match.group(1)).isoformat()
        except ValueError:
            return None
    try:
        from email.utils import parsedate_to_datetime

        return parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    return _written_date(text)


# A written date is read only when it names its year and a month in words ("July 10, 2023",
# "10 juillet 2023"): relative dates ("yesterday") and all-numeric ones ("10/07/2023", day or
# month first?) are ambiguous and left to the caller to report.
_YEAR = re.compile(r"\b\d{4}\b")
_MONTH_WORD = re.compile(r"[^\W\d_]{3,}")
_DAY = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\b")
_FIXED_BASE = datetime(2000, 1, 1)  # never used for the accepted forms; keeps runs identical


def _written_date(text: str) -> str | None:
    if not (_YEAR.search(text) and _MONTH_WORD.search(text) and _DAY.search(text)):
        return None
    if len(text) > 64:
        return None
    import dateparser  # slow to import; only needed for written dates

    parsed = dateparser.parse(text, settings={"STRICT_PARSING": True, "RELATIVE_BASE": _FIXED_BASE})
    return parsed.date().isoformat() if parsed else None


@dataclass(frozen=True, slots=True)
class Meta:
    """Metadata for one article, by origin; later stages decide precedence."""

    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None  # raw value, normalised in build_article
    language: str | None = None


def _clean_opt(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def build_article(
    text: str,
    *,
    source: str,
    raw: bytes,
    raw_format: str,
    given: Meta,
    defaults: Meta | None = None,
    notes: list[str] | None = None,
    removed: list[Removed] | None = None,
    clean: bool = True,
) -> Article:
    """Clean ``text`` and build the Article.

    Precedence: ``given`` (sidecar row, the document's own metadata) beats what the text
    conventions say (a ``date`` line, a headline), which beats ``defaults`` (``--published``,
    ``--outlet`` flags). When the given date and the text's date line disagree, the given one is
    kept and a note says so. Raises IngestError when nothing is left after cleaning.
    """
    notes = list(notes or [])
    removed_all = list(removed or [])
    meta_text: dict[str, str] = {}
    if clean:
        text, cut, meta_text = clean_text(text)
        removed_all.extend(cut)
    else:
        text = text.strip()
    if not text.strip():
        what = ", ".join(sorted({r.reason for r in removed_all}))
        detail = f" (only {what})" if what else ""
        raise IngestError(f"no article text left after cleaning{detail}", source=source)
    defaults = defaults or Meta()

    published: str | None = None
    if given.published is not None and _clean_opt(given.published):
        published = normalise_date(given.published)
        if published is None:
            notes.append(f"published value {given.published!r} {VALUE_IGNORED}")
    text_date = meta_text.get("published")
    if published is not None and text_date is not None and text_date != published:
        notes.append(
            f"date line says {text_date} {DATE_LINE_OVERRULED} {published}; kept {published}"
        )
    published = published or text_date
    if published is None and defaults.published:
        published = normalise_date(defaults.published)
        if published is None:
            notes.append(f"--published value {defaults.published!r} {VALUE_IGNORED}")
    if published is None:
        notes.append(DATE_UNKNOWN_NOTE)

    language = (
        _clean_opt(given.language) or detect_language(text) or _clean_opt(defaults.language) or "en"
    ).lower()
    language = language.replace("_", "-").split("-")[0] or "en"

    return Article(
        id=article_id(text),
        text=text,
        source=source,
        title=_clean_opt(given.title) or meta_text.get("title") or _clean_opt(defaults.title),
        url=_clean_opt(given.url) or _clean_opt(defaults.url),
        outlet=_clean_opt(given.outlet) or _clean_opt(defaults.outlet),
        published=published,
        language=language,
        raw=raw,
        raw_format=raw_format,
        removed=removed_all,
        notes=notes,
    )


def merge_meta(primary: Meta, secondary: Mapping[str, object] | Meta) -> Meta:
    """Fill the unknown fields of ``primary`` from ``secondary``."""
    if isinstance(secondary, Meta):
        sec = {k: getattr(secondary, k) for k in Meta.__dataclass_fields__}
    else:
        sec = dict(secondary)
    return Meta(
        **{
            k: (_clean_opt(getattr(primary, k)) or _clean_opt(sec.get(k)))
            for k in Meta.__dataclass_fields__
        }
    )
