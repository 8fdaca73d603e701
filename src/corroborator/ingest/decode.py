"""Bytes to text, refusing what is not text: empty, binary, undecodable, too large."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from corroborator.errors import IngestError

# Byte-order marks that announce a text encoding (and explain NUL bytes in UTF-16/32 text).
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Legacy encodings preferred when charset-normalizer finds several equally plausible ones
# (WHATWG's defaults for news pages: Windows-1252 first).
PREFERRED_LEGACY: tuple[str, ...] = ("cp1252", "iso8859_15", "iso8859_1", "cp1251", "cp1250")


# charset=… in a Content-Type header, <meta charset="…">, or <?xml … encoding="…"?>
_CHARSET = re.compile(r"""(?:charset|encoding)\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)

GUESSED_ENCODING = "not valid UTF-8"  # opens the note of a text whose encoding was guessed

# C0 control characters other than whitespace: many of them mean binary data read as text.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")


def human_size(n: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1000 or unit == "GB":
            return f"{n} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1000  # type: ignore[assignment]
    return f"{n} bytes"


def check_size(size: int, limit: int, *, source: str) -> None:
    """Refuse (never truncate) an input larger than ``limit`` bytes."""
    if size > limit:
        raise IngestError(
            f"too large: {size:,} bytes ({human_size(size)}) exceeds the limit of {limit:,} "
            f"bytes; raise max_bytes in corroborator.toml to ingest it",
            source=source,
        )


def declared_charset(raw: bytes, content_type: str | None = None) -> str | None:
    """The charset an HTTP Content-Type or an HTML/XML head declares, if any."""
    for where in (content_type or "", raw[:4096].decode("ascii", "replace")):
        match = _CHARSET.search(where)
        if match:
            return match.group(1).lower()
    return None


def decode_bytes(raw: bytes, *, source: str, declared: str | None = None) -> tuple[str, list[str]]:
    """Decode ``raw`` to text; return (text, notes). Raises IngestError for non-text input.

    UTF-8 (with or without BOM) is decoded directly; a BOM selects UTF-16/32; otherwise the
    ``declared`` charset (HTTP header, ``<meta charset>``) is tried, then charset-normalizer
    detects one. Any encoding other than UTF-8 is noted on the article.
    """
    if not raw:
        raise IngestError("empty input (0 bytes)", source=source)
    for bom, encoding in BOMS:
        if raw.startswith(bom):
            try:
                text = raw.decode(encoding)
            except UnicodeDecodeError as exc:
                raise IngestError(
                    f"invalid {encoding} after its byte-order mark", source=source
                ) from exc
            notes = [] if encoding == "utf-8-sig" else [f"decoded as {encoding} (byte-order mark)"]
            return _check_text(text, source), notes
    if b"\x00" in raw:
        raise IngestError("binary data (NUL bytes), not text", source=source)
    try:
        return _check_text(raw.decode("utf-8"), source), []
    except UnicodeDecodeError as exc:
        if declared:
            try:
                text = raw.decode(declared)
            except (LookupError, UnicodeDecodeError):
                pass  # a wrong or unknown declaration: detect instead
            else:
                return _check_text(text, source), [f"not UTF-8; decoded as declared {declared}"]
        results = from_bytes(raw)
        best = results.best()
        if best is not None:
            # charset-normalizer often ties single-byte code pages (cp1250/cp1252/cp1257 give
            # the same "chaos" on French text); break ties towards the web's defaults.
            tied = {m.encoding: m for m in results if m.chaos <= best.chaos}
            best = next((tied[e] for e in PREFERRED_LEGACY if e in tied), best)
        if best is None:
            raise IngestError(
                "undecodable bytes: not UTF-8 and no text encoding fits", source=source
            ) from exc
        text = str(best)
        note = f"{GUESSED_ENCODING} ({exc.reason} at byte {exc.start}); decoded as {best.encoding}"
        return _check_text(text, source), [note]


def decode_lines(raw: bytes, *, source: str) -> tuple[str, list[str]]:
    """Decode a line-per-record file (JSONL, CSV): like :func:`decode_bytes`, except that when
    the whole is not UTF-8, each line is decoded on its own, so one line in another encoding
    cannot garble the valid UTF-8 of the others. Each line decoded otherwise is noted."""
    if raw.startswith(tuple(bom for bom, _ in BOMS)) or b"\x00" in raw:
        return decode_bytes(raw, source=source)
    try:
        return _check_text(raw.decode("utf-8"), source), []
    except UnicodeDecodeError:
        pass
    lines, notes = [], []
    for number, line in enumerate(raw.splitlines(keepends=True), start=1):
        try:
            lines.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            text, line_notes = decode_bytes(line, source=f"{source}:{number}")
            lines.append(text)
            notes += [f"line {number}: {note}" for note in line_notes]
    return _check_text("".join(lines), source), notes


def _check_text(text: str, source: str) -> str:
    if not text.strip():
        raise IngestError("only whitespace, no text", source=source)
    controls = len(_CONTROL.findall(text))
    if controls > max(8, len(text) // 100):
        raise IngestError(f"binary data ({controls} control characters), not text", source=source)
    return text
