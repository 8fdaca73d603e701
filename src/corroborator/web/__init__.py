"""The web app: an archive's stories, dossiers and articles as pages and as a JSON API.

Thin by design: every route calls the same library functions as the CLI (``pipeline``,
``render``), so a page, ``corroborator show`` and ``corroborator export`` never disagree. It
only reads the archive, so it can serve while ``corroborator watch`` writes to it (SQLite WAL).

    corroborator serve --db out/examples.db          # then open http://127.0.0.1:8000/

Pages: ``/`` (stories, filterable by title or outlet; ``?sort=`` ``recent`` (the default),
``contested`` (the most contested first, as ``corroborator run`` ranks them) or ``articles``;
fifty a page), ``/stories/{id}`` (the HTML dossier), ``/articles/{id}`` (one article,
``?start=&end=`` highlights a span), ``/stories/{id}/check?statement=`` (a statement checked
against the story, as ``corroborator check``; nothing is written; no statement: the form),
``/search?q=`` (articles by their words, as ``corroborator search``; no words: the form). API:
``/api/stories`` (the same ``q`` and ``sort``), ``/api/stories/{id}`` (the dossier JSON, byte
for byte what ``export -f json`` writes but for the sources, see below),
``/api/stories/{id}/check?statement=``, ``/api/check?statement=`` (against the story the
grouper would put the statement in),
``/api/articles``, ``/api/articles/{id}``, ``/api/articles/{id}/analysis``, ``/api/search?q=``;
the OpenAPI description at ``/api/openapi.json``. Answers go gzipped to clients that accept it.

Pages and API name an article's local source file by its name (with the line or record in it),
never by its path: a served archive does not show the folders of the machine it was ingested
on. A source URL is shown in full. The archive keeps the paths; ``corroborator articles``
shows them.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Literal

from fastapi import Depends, FastAPI, Query, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import HTMLResponse, JSONResponse, Response
from jinja2 import PackageLoader
from starlette.exceptions import HTTPException

from corroborator import pipeline
from corroborator.errors import CorroboratorError, NotInArchiveError
from corroborator.model import Analysis, Article, Dossier, Span
from corroborator.render import VERDICT_MARK, VERDICT_SECTIONS, fact_title
from corroborator.render.html import environment, highlighted, render_html
from corroborator.render.json import render_json
from corroborator.serde import dumps
from corroborator.settings import Settings
from corroborator.store import Store, require_archive

PAGE_SIZE = 50  # stories per page: each listed story's dossier is built to count its verdicts
MAX_LIMIT = 500  # the most rows one API call returns
MAX_OFFSET = 10**12  # more rows than any archive holds; a larger one would overflow SQLite
MAX_PAGE = MAX_OFFSET // PAGE_SIZE
MAX_STATEMENT = 5000  # characters of a statement to check
PAGER_REACH = 2  # page links shown either side of the current page (plus the first and last)
# Pages and JSON are compressed for a browser that accepts it: a 15-article story's dossier is
# 636 kB of HTML, 151 kB gzipped at level 1 in 9 ms (nginx's default level; 9 saves 17% more
# for 4x the time). Answers under GZIP_MINIMUM bytes go as they are.
GZIP_LEVEL = 1
GZIP_MINIMUM = 1000
RELATED_SHOWN = 3  # related stories a listed story names; the rest fold away (a big one has 30)

# ?sort= takes only pipeline.STORY_ORDERS' names; FastAPI validates a Literal type
StoryOrder = Literal[tuple(pipeline.STORY_ORDERS)]


def _archive(request: Request) -> Iterator[Store]:
    # One connection per request. FastAPI may open and close it in different worker threads
    # than the route runs in; the request uses it from one thread at a time.
    with Store(request.app.state.archive, any_thread=True) as opened:
        yield opened


Archive = Annotated[Store, Depends(_archive)]
Statement = Annotated[str, Query(min_length=1, max_length=MAX_STATEMENT)]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET)]
PageNumber = Annotated[int, Query(ge=1, le=MAX_PAGE)]


def create_app(db: str | Path, settings: Settings | None = None) -> FastAPI:
    """The app over the archive file ``db`` (which must exist: serving never creates one);
    ``settings`` choose the pipeline that reads statements to check."""
    require_archive(db)
    path = Path(db)
    app = FastAPI(
        title="Corroborator",
        description="Cross-checked news: stories, dossiers and articles of one archive.",
        docs_url=None,  # Swagger UI loads from a CDN; Corroborator makes no calls out
        openapi_url="/api/openapi.json",
        redoc_url=None,
    )
    app.add_middleware(GZipMiddleware, minimum_size=GZIP_MINIMUM, compresslevel=GZIP_LEVEL)
    pages = environment(PackageLoader("corroborator.web", "templates"))

    app.state.archive = path
    app.state.settings = settings or Settings(db=str(path))

    def refusal(request: Request, status: int, heading: str, message: str) -> Response:
        """JSON under /api/, an HTML page elsewhere."""
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": message}, status_code=status)
        page = pages.get_template("missing.html.j2").render(heading=heading, message=message)
        return HTMLResponse(page, status_code=status)

    @app.exception_handler(RequestValidationError)
    def bad_query(request: Request, exc: RequestValidationError) -> Response:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc'][1:])}: {e['msg']}" for e in exc.errors()
        )
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": jsonable_encoder(exc.errors())}, status_code=422)
        return refusal(request, 400, "Bad request", problems)

    @app.exception_handler(NotInArchiveError)
    def not_found(request: Request, exc: NotInArchiveError) -> Response:
        return refusal(request, 404, "Not found", exc.message)

    @app.exception_handler(HTTPException)
    def no_such_page(request: Request, exc: HTTPException) -> Response:
        """A mistyped address in a browser gets a page with a way back, not bare JSON."""
        if exc.status_code != 404 or request.url.path.startswith("/api/"):
            return JSONResponse(
                {"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers
            )
        return refusal(request, 404, "Not found", f"No page at {request.url.path}.")

    @app.exception_handler(CorroboratorError)
    def refused(request: Request, exc: CorroboratorError) -> Response:
        return refusal(request, 400, "Cannot do that", exc.message)

    @app.get("/", response_class=HTMLResponse)
    def index(
        archive: Archive,
        q: Annotated[str, Query(max_length=200)] = "",
        sort: StoryOrder = "recent",
        page: PageNumber = 1,
    ) -> str:
        offset = (page - 1) * PAGE_SIZE
        total, rows = pipeline.story_list(archive, sort, PAGE_SIZE, offset, match=q)
        return pages.get_template("index.html.j2").render(
            rows=rows,
            total=total,
            q=q,
            sort=sort,
            orders=pipeline.STORY_ORDERS,
            offset=offset,
            pager=_pager(page, _page_count(total)),
            related=_related_titles(archive, rows),
            related_shown=RELATED_SHOWN,
            mark=VERDICT_MARK,
            verdicts=VERDICT_SECTIONS,
            archive=path.name,
            articles=archive.count("articles"),
        )

    @app.get("/stories/{story_id}", response_class=HTMLResponse)
    def story_page(story_id: str, archive: Archive) -> str:
        story = archive.story(story_id)
        dossier = shown_sources(pipeline.story_dossier(archive, story))
        texts = {a.id: a.text for a in archive.articles(story.articles)}
        return render_html(
            dossier,
            texts,
            home="/",
            check=f"/stories/{story.id}/check",
            article_page="/articles/{id}",
            related=pipeline.story_titles(archive, story.related),
            story_page="/stories/{id}",
        )

    @app.get("/stories/{story_id}/check", response_class=HTMLResponse)
    def check_page(
        story_id: str,
        archive: Archive,
        statement: Annotated[str, Query(max_length=MAX_STATEMENT)] = "",
    ) -> str:
        story = archive.story(story_id)
        rows = None  # the bare address, or an empty box: the form alone, asking
        if statement.strip():
            story, rows = pipeline.check(archive, statement, app.state.settings, story=story)
            for row in rows:
                row["title"] = fact_title(row["subject"], row["attribute"])
        return pages.get_template("check.html.j2").render(
            story=story,
            headline=pipeline.story_rows(archive, [story])[0]["title"],
            statement=statement,
            rows=rows,
        )

    @app.get("/api/stories/{story_id}/check")
    def api_check(story_id: str, statement: Statement, archive: Archive) -> dict:
        story, rows = pipeline.check(
            archive, statement, app.state.settings, story=archive.story(story_id)
        )
        return {"story": story.id, "facts": rows}

    @app.get("/api/check")
    def api_check_any(statement: Statement, archive: Archive) -> dict:
        """The statement checked against the story the grouper would put it in."""
        story, rows = pipeline.check(archive, statement, app.state.settings)
        return {"story": story.id, "facts": rows}

    @app.get("/search", response_class=HTMLResponse)
    def search_page(
        archive: Archive,
        q: Annotated[str, Query(max_length=200)] = "",
        page: PageNumber = 1,
    ) -> str:
        if not q.strip():  # the bare address, or an empty box: the form, asking for words
            return pages.get_template("search.html.j2").render(q="", rows=[], total=0)
        offset = (page - 1) * PAGE_SIZE
        total, rows = pipeline.search(archive, q, PAGE_SIZE, offset)
        for row in rows:
            snippet = row["snippet"]
            row["snippet_html"] = highlighted(
                snippet["text"], [tuple(m) for m in snippet["matches"]]
            )
        return pages.get_template("search.html.j2").render(
            q=q,
            rows=rows,
            total=total,
            offset=offset,
            page=page,
            pager=_pager(page, _page_count(total)),
        )

    @app.get("/api/search")
    def api_search(
        archive: Archive,
        q: Annotated[str, Query(max_length=200)],
        limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = PAGE_SIZE,
        offset: Offset = 0,
    ) -> dict:
        """Articles holding every word and "quoted phrase" of q, best first."""
        total, rows = pipeline.search(archive, q, limit, offset)
        return {"total": total, "offset": offset, "articles": rows}

    @app.get("/articles/{article_id}", response_class=HTMLResponse)
    def article_page(
        article_id: str,
        archive: Archive,
        start: Annotated[int | None, Query(ge=0)] = None,
        end: Annotated[int | None, Query(ge=0)] = None,
    ) -> str:
        article = archive.article(article_id)
        return pages.get_template("article.html.j2").render(
            article=_article_row(archive, article),
            # the span asked for, with id "span" so the page scrolls to it
            body=highlighted(
                article.text,
                [(start, end)] if start is not None and end is not None else [],
                lambda *_: "span",
            ),
            story=archive.story_of(article.id),
            read=_what_was_read(article.text, archive.analysis(article.id)),
        )

    @app.get("/api/stories")
    def api_stories(
        archive: Archive,
        q: Annotated[str, Query(max_length=200)] = "",
        sort: StoryOrder = "recent",
        limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = PAGE_SIZE,
        offset: Offset = 0,
    ) -> dict:
        """Stories matching q (in a title or an outlet), with their verdict counts: the most
        recently seen first, the most contested first (sort=contested: contested, updated,
        then corroborated facts), or the most told (sort=articles)."""
        total, rows = pipeline.story_list(archive, sort, limit, offset, match=q)
        return {"total": total, "offset": offset, "sort": sort, "stories": rows}

    @app.get("/api/stories/{story_id}")
    def api_story(story_id: str, archive: Archive) -> Response:
        dossier = shown_sources(pipeline.story_dossier(archive, archive.story(story_id)))
        return Response(render_json(dossier), media_type="application/json")

    @app.get("/api/articles")
    def api_articles(
        archive: Archive,
        limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = PAGE_SIZE,
        offset: Offset = 0,
    ) -> dict:
        ids = archive.article_ids()
        page = archive.articles(ids[offset : offset + limit])
        return {
            "total": len(ids),
            "offset": offset,
            "articles": [_article_row(archive, a) for a in page],
        }

    @app.get("/api/articles/{article_id}")
    def api_article(article_id: str, archive: Archive) -> dict:
        article = archive.article(article_id)
        return {**_article_row(archive, article), "text": article.text}

    @app.get("/api/articles/{article_id}/analysis")
    def api_analysis(article_id: str, archive: Archive) -> Response:
        archive.article(article_id)  # 404 for an unknown id
        analysis = archive.analysis(article_id)
        if analysis is None:
            raise NotInArchiveError(f"article {article_id!r} is not analysed yet")
        return Response(dumps(analysis, indent=2) + "\n", media_type="application/json")

    return app


# Where a local source's file name begins: after its last folder separator (POSIX or Windows).
_FOLDERS = re.compile(r".*[/\\]", re.DOTALL)


def shown_source(source: str) -> str:
    """An article's source as the web shows it: a web address in full, a local file by its
    name and what follows it ("/home/ana/leaks/wire.jsonl:12" -> "wire.jsonl:12")."""
    if source.startswith(("http://", "https://")):
        return source
    return _FOLDERS.sub("", source)


def shown_sources(dossier: Dossier) -> Dossier:
    """The dossier with its articles' sources as the web shows them."""
    articles = [{**a, "source": shown_source(a["source"])} for a in dossier.articles]
    return dataclasses.replace(dossier, articles=articles)


def _article_row(archive: Store, article: Article) -> dict:
    """An article's metadata (``pipeline.article_row``) with its sources as the web shows them."""
    row = pipeline.article_row(archive, article)
    row["source"] = shown_source(row["source"])
    row["seen_in"] = [{**s, "source": shown_source(s["source"])} for s in row["seen_in"]]
    return row


def _related_titles(archive: Store, rows: list[dict]) -> dict[str, str]:
    """The titles of the stories the listed ones are related to, by id."""
    return pipeline.story_titles(archive, (r for row in rows for r in row["related"]))


def _page_count(total: int) -> int:
    """Pages of PAGE_SIZE rows that ``total`` rows fill (one, when there are none)."""
    return max(1, -(-total // PAGE_SIZE))


def _pager(page: int, pages: int) -> dict:
    """The page links of a list: the first and last pages and PAGER_REACH either side of
    ``page``, None where pages are skipped (a list of hundreds of pages stays one line)."""
    shown = sorted(
        {1, pages} | set(range(max(1, page - PAGER_REACH), min(pages, page + PAGER_REACH) + 1))
    )
    links: list[int | None] = []
    previous = 0
    for number in shown:
        if previous and number > previous + 1:
            links.append(None)
        links.append(number)
        previous = number
    return {"page": page, "pages": pages, "links": links}


def _what_was_read(text: str, analysis: Analysis | None) -> dict | None:
    """The article's analysis as rows a person can check against the text: every time
    expression, attribution and claim, each with the span it was read from."""
    if analysis is None:
        return None
    names = {e.key: e.name for e in analysis.entities}

    def words(span: Span | None) -> dict | None:
        return (
            None
            if span is None
            else {"start": span.start, "end": span.end, "text": text[span.start : span.end]}
        )

    times = [
        {
            "span": words(t.span),
            "type": t.type,
            "value": t.value,
            "interval": f"{t.start} … {t.end}"
            if t.start and t.end and t.start != t.end
            else t.start,
            "granularity": t.granularity,
            "anchor": words(t.anchor.event) if t.anchor else None,
        }
        for t in analysis.times
    ]
    attributions = [
        {
            "source": a.source.name,
            "role": a.source.role,
            "kind": a.source.kind,
            "cue": words(a.cue),
            "content": words(a.content),
            "mode": a.mode,
            "chain": [s.name for s in a.chain],
        }
        for a in analysis.attributions
    ]
    claims = [
        {
            "sentence": words(c.sentence),
            "trigger": words(c.trigger),
            # "kill@attempt": the class, and which other instance of it the claim tells of
            "predicate": " ".join(
                [c.predicate.split("@")[0], *(f"({q})" for q in c.predicate.split("@")[1:])]
            ),
            "relation": c.relation,
            "negated": c.negated,
            "grade": c.certainty.grade,
            "participants": [f"{names.get(p.entity, p.entity)} ({p.role})" for p in c.participants],
            "time": c.time.value if c.time else None,
            "place": names.get(c.place.entity, c.place.entity) if c.place else None,
            "quantities": [
                f"{q.bound.replace('_', ' ') + ' ' if q.bound != 'exact' else ''}"
                f"{q.value:g} {q.unit or ''}".strip()
                for q in c.quantities
            ],
        }
        for c in analysis.claims
    ]
    return {"model": analysis.model, "times": times, "attributions": attributions, "claims": claims}
