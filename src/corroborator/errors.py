"""One exception tree. Context travels in keyword fields; foreign errors are chained."""

from __future__ import annotations


class CorroboratorError(Exception):
    """Root of every error Corroborator raises on purpose.

    ``message`` says what is wrong wherever it is shown (the web shows it alone); ``hint``, a
    context field, is what to do about it on the command line ("`corroborator stories` lists
    them"), added to ``str(error)``, which the CLI prints.
    """

    def __init__(self, message: str, **context: object) -> None:
        super().__init__(message)
        self.message = message
        self.context = context

    def __str__(self) -> str:
        where = self.context.get("path") or self.context.get("url") or self.context.get("source")
        hint = self.context.get("hint")
        said = f"{self.message}; {hint}" if hint else self.message
        return f"{where}: {said}" if where else said


class IngestError(CorroboratorError):
    """An input could not be turned into an article (unreadable, empty, binary, refused)."""


class AnalysisError(CorroboratorError):
    """The NLP stage failed on an article (pipeline missing, offsets that do not map)."""


class StoreError(CorroboratorError):
    """The archive file could not be opened, read or written."""


class NotInArchiveError(StoreError):
    """A story or article id that the archive does not hold (or a prefix matching several)."""


class ConfigError(CorroboratorError):
    """A setting is missing or wrong (bad TOML, unknown model, bad flag value)."""
