"""The command line on real archives: run it, then reopen the store and look."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time

import httpx
import pytest
from typer.testing import CliRunner

from corroborator.cli import EXIT_SKIPPED, app
from corroborator.store import Store

runner = CliRunner()


def invoke(*args: str):
    return runner.invoke(app, list(args), catch_exceptions=False)


@pytest.fixture(scope="module")
def archive(tmp_path_factory, examples_dir):
    root = tmp_path_factory.mktemp("cli")
    db, out = root / "a.db", root / "out"
    result = invoke("run", str(examples_dir), "--db", str(db), "--out", str(out), "--quiet")
    assert result.exit_code == 0, result.output
    return db, out


def test_run_writes_every_format_and_the_archive(archive):
    db, out = archive
    names = sorted(p.suffix for p in out.iterdir() if not p.name.startswith("."))
    assert names == [".html", ".json", ".md"]
    assert (out / ".corroborator-dossiers").is_file()  # the folder marks itself as output
    with Store(db) as store:
        assert store.count("articles") == 2
        assert store.count("analyses") == 2
        assert len(store.stories()) == 1
        for article in store.articles():
            assert article.raw  # the verbatim input is kept


def test_same_input_gives_byte_identical_outputs(archive, tmp_path, examples_dir):
    _, out = archive
    again = tmp_path / "out"
    result = invoke(
        "run", str(examples_dir), "--db", str(tmp_path / "b.db"), "--out", str(again), "-q"
    )
    assert result.exit_code == 0
    for first in sorted(out.iterdir()):
        assert (again / first.name).read_bytes() == first.read_bytes(), first.name


def test_stories_and_show_take_json(archive):
    db, _ = archive
    listed = json.loads(invoke("stories", "--db", str(db), "--json").stdout)
    assert len(listed) == 1 and listed[0]["articles"] == 2
    story = listed[0]["id"]
    shown = json.loads(invoke("show", story[:6], "--db", str(db), "--json").stdout)
    assert shown["story"]["id"] == story
    table = invoke("show", story, "--db", str(db)).stdout
    assert "CONTESTED" in table and "2023-07-01" in table


def test_stories_count_verdicts_on_request(archive):
    db, _ = archive
    plain = json.loads(invoke("stories", "--db", str(db), "--json").stdout)
    assert "verdicts" not in plain[0]
    counted = json.loads(invoke("stories", "--db", str(db), "--json", "--verdicts").stdout)
    shown = json.loads(invoke("show", plain[0]["id"], "--db", str(db), "--json").stdout)
    verdicts = [f["verdict"] for f in shown["facets"]]
    assert counted[0]["verdicts"] == {
        v: verdicts.count(v) for v in ("contradicted", "updated", "corroborated", "single_source")
    }
    assert counted[0]["verdicts"]["contradicted"] >= 1  # the seeds' date dispute
    wide = runner.invoke(app, ["stories", "--db", str(db), "--verdicts"], env={"COLUMNS": "200"})
    assert "contested" in wide.stdout and "corroborated" in wide.stdout


def test_export_each_format(archive, tmp_path):
    db, _ = archive
    story = json.loads(invoke("stories", "--db", str(db), "--json").stdout)[0]["id"]
    for fmt in ("md", "html", "json"):
        target = tmp_path / f"d.{fmt}"
        result = invoke("export", story, "--format", fmt, "--db", str(db), "-o", str(target))
        assert result.exit_code == 0
        assert target.stat().st_size > 1000
    assert invoke("export", story, "--format", "pdf", "--db", str(db)).exit_code == 2


def test_unknown_story_is_a_clear_error(archive):
    db, _ = archive
    result = invoke("show", "s-nope", "--db", str(db))
    assert result.exit_code == 1
    assert "no story matching 's-nope'" in result.output


def test_reingest_is_a_no_op(archive, examples_dir):
    db, _ = archive
    result = invoke("ingest", str(examples_dir), "--db", str(db))
    assert result.exit_code == 0
    assert "ingested 0 · duplicate 2" in result.output
    with Store(db) as store:
        assert store.count("articles") == 2


def test_bad_inputs_are_named_and_the_batch_goes_on(tmp_path, examples_dir):
    folder = tmp_path / "mixed"
    folder.mkdir()
    shutil.copy(examples_dir / "002_0987eb7d379886d6.txt", folder / "good.txt")
    (folder / "empty.txt").write_text("")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02PNG\x00" * 50)
    db = tmp_path / "m.db"
    result = invoke("run", str(folder), "--db", str(db), "--out", str(tmp_path / "o"), "-q")
    assert result.exit_code == EXIT_SKIPPED
    assert "empty.txt" in result.output and "binary.txt" in result.output
    with Store(db) as store:
        assert store.count("articles") == 1
        assert {s.source.rsplit("/", 1)[-1] for s in store.skipped()} == {"empty.txt", "binary.txt"}


def test_help_explains_every_command():
    result = invoke("--help")
    commands = ("run", "ingest", "analyze", "stories", "show", "export", "articles", "search")
    for command in (*commands, "check", "watch", "serve"):
        assert command in result.output
        assert invoke(command, "--help").exit_code == 0


def test_grouping_streams_new_articles_and_agrees_with_a_regroup(tmp_path, data_dir):
    lines = (data_dir / "corpora" / "summit" / "articles.jsonl").read_text().splitlines()
    first, rest = tmp_path / "first.jsonl", tmp_path / "rest.jsonl"
    first.write_text("\n".join(lines[:2]) + "\n")
    rest.write_text("\n".join(lines[2:]) + "\n")
    db, out = str(tmp_path / "s.db"), str(tmp_path / "out")
    assert invoke("run", str(first), "--db", db, "--out", out, "-q").exit_code == 0
    with Store(db) as store:
        saved = store.state("grouper")
        assert saved and saved["state"]
        first_parts = store.state_parts("grouper")
        assert {key[:2] for key in first_parts} == {"s:", "d:"}  # stories and index days
    assert invoke("run", str(rest), "--db", db, "--out", out, "-q").exit_code == 0
    with Store(db) as store:
        streamed = [sorted(s.articles) for s in store.stories()]
        streamed_state = (store.state("grouper"), store.state_parts("grouper"))
    assert invoke("analyze", "--db", db, "--regroup", "-q").exit_code == 0
    with Store(db) as store:
        replayed = [sorted(s.articles) for s in store.stories()]
        replayed_state = (store.state("grouper"), store.state_parts("grouper"))
    assert streamed == replayed == [sorted(streamed[0])]
    assert len(streamed[0]) == 4
    # the second run saved only what it changed, and that adds up to the replay's whole state
    assert streamed_state == replayed_state


def test_a_mixed_batch_groups_into_its_stories_and_lists_them(tmp_path, data_dir, examples_dir):
    corpora = sorted((data_dir / "corpora").iterdir())
    batch = tmp_path / "batch"
    batch.mkdir()
    for corpus in corpora:
        shutil.copy(corpus / "articles.jsonl", batch / f"{corpus.name}.jsonl")
    db, out = str(tmp_path / "m.db"), str(tmp_path / "out")
    result = invoke("run", str(batch), str(examples_dir), "--db", db, "--out", out)
    assert result.exit_code == 0
    assert "corroborator show STORY" in result.output  # a table, not five full dossiers
    with Store(db) as store:
        stories = store.stories()
        outlet_sets = [{store.article(a).outlet for a in s.articles} for s in stories]
    assert len(stories) == len(corpora) + 1
    assert {"Northwire", "Iberia Daily", "Coastal Times", "Harbour Post"} in outlet_sets
    assert {"WION", None} in outlet_sets


def test_running_twice_in_a_folder_never_reads_its_own_outputs(tmp_path, examples_dir, monkeypatch):
    for name in ("000_3952b77df38d3d1b.txt", "002_0987eb7d379886d6.txt", "sources.csv"):
        shutil.copy(examples_dir / name, tmp_path / name)
    monkeypatch.chdir(tmp_path)  # default archive ./corroborator.db and ./out, inside the input
    for _ in range(2):
        result = invoke("run", ".", "-q")
        assert result.exit_code == 0, result.output
    # An earlier run's dossiers in another folder than this run's --out are not news either.
    result = invoke("run", ".", "--out", "elsewhere", "-q")
    assert result.exit_code == 0, result.output
    with Store(tmp_path / "corroborator.db") as store:
        assert store.count("articles") == 2
    assert (tmp_path / "out" / ".corroborator-dossiers").is_file()


def test_an_article_in_another_language_is_kept_but_not_analysed(tmp_path):
    spanish = (
        "El presidente ruso Vladimir Putin se reunió con el jefe del grupo Wagner, Yevgueni "
        "Prigozhin, cinco días después del fallido intento de golpe, según informó el Kremlin el "
        "lunes. La reunión duró tres horas y asistieron treinta y cinco personas."
    )
    english = "Russian President Vladimir Putin met Wagner chief Yevgeny Prigozhin on June 29."
    batch = tmp_path / "batch.jsonl"
    batch.write_text(
        json.dumps({"text": spanish, "outlet": "El Diario"})
        + "\n"
        + json.dumps({"text": english, "outlet": "Wire", "published": "2023-07-10"})
        + "\n"
    )
    db = str(tmp_path / "l.db")
    result = invoke("run", str(batch), "--db", db, "--out", str(tmp_path / "out"), "-q")
    assert result.exit_code == 0
    assert "not analysed" in result.output and "'es'" in result.output
    with Store(db) as store:
        assert store.count("articles") == 2
        assert store.count("analyses") == 1


def test_serve_refuses_a_missing_archive(tmp_path):
    result = runner.invoke(app, ["serve", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1
    assert "no archive here" in result.output
    assert not (tmp_path / "none.db").exists()


def test_serve_answers_over_http_until_stopped(archive, free_port):
    db, _ = archive
    port = free_port()
    command = [sys.executable, "-m", "corroborator.cli", "serve", "--db", str(db)]
    server = subprocess.Popen([*command, "--port", str(port)], stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                response = httpx.get(f"http://127.0.0.1:{port}/api/stories", timeout=5)
                break
            except httpx.TransportError:
                assert server.poll() is None, server.stderr.read()
                assert time.monotonic() < deadline, "the server never answered"
                time.sleep(0.2)
        assert response.status_code == 200
        assert response.json()["total"] == 1
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.mark.parametrize("value", ["2024/01/01", "tomorrow", "2024-02-30"])
def test_a_bad_published_date_is_a_usage_error(tmp_path, examples_dir, value):
    result = runner.invoke(
        app, ["ingest", str(examples_dir), "--db", str(tmp_path / "a.db"), "--published", value]
    )
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.output
    assert not (tmp_path / "a.db").exists()  # refused before anything was read


def test_an_unknown_field_name_is_a_usage_error(tmp_path, examples_dir):
    result = runner.invoke(
        app, ["ingest", str(examples_dir), "--db", str(tmp_path / "a.db"), "--field", "nosuch=body"]
    )
    assert result.exit_code == 2
    assert "not an article field" in result.output


@pytest.mark.parametrize(
    "command",
    [["stories"], ["articles"], ["show", "s-1"], ["export", "s-1"], ["search", "Putin"]],
)
def test_reading_commands_refuse_a_missing_archive(tmp_path, command):
    db = tmp_path / "typo.db"
    result = runner.invoke(app, [*command, "--db", str(db)])
    assert result.exit_code == 1
    assert "no archive here" in result.output
    assert not db.exists()


def test_unwritable_outputs_are_errors_not_tracebacks(archive, tmp_path, examples_dir):
    db, _ = archive
    story = json.loads(invoke("stories", "--db", str(db), "--json").output)[0]["id"]
    missing = tmp_path / "no" / "such" / "dir" / "x.md"
    result = runner.invoke(app, ["export", story, "--db", str(db), "-o", str(missing)])
    assert result.exit_code == 1
    assert "No such file or directory" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    afile = tmp_path / "afile"
    afile.write_text("")
    result = runner.invoke(
        app, ["run", str(examples_dir), "--db", str(tmp_path / "b.db"), "--out", str(afile)]
    )
    assert result.exit_code == 2 and "not a folder" in result.output
    assert not (tmp_path / "b.db").exists()  # refused before any work


def test_serve_on_a_busy_port_is_an_error(archive):
    db, _ = archive
    with socket.create_server(("127.0.0.1", 0)) as busy:
        port = busy.getsockname()[1]
        result = runner.invoke(app, ["serve", "--db", str(db), "--port", str(port)])
    assert result.exit_code == 1
    assert f"cannot listen on 127.0.0.1:{port}" in result.output


def test_an_article_over_the_analysis_limit_is_kept_named_and_passed_over(tmp_path, examples_dir):
    (tmp_path / "corroborator.toml").write_text("max_analysis_chars = 2200\n", encoding="utf-8")
    db = tmp_path / "a.db"
    result = runner.invoke(
        app,
        [
            "run",
            str(examples_dir),
            "--db",
            str(db),
            "--out",
            str(tmp_path / "out"),
            "--config",
            str(tmp_path / "corroborator.toml"),
            "-q",
        ],
    )
    assert result.exit_code == 0, result.output
    assert "over the analysis limit of 2,200" in result.output
    with Store(db) as store:
        assert store.count("articles") == 2  # both archived
        assert store.count("analyses") == 1  # the 2,423-character one is not


def test_search_lists_matching_articles_with_their_story(archive):
    db, _ = archive
    result = invoke("search", "Peskov", "--db", str(db), "--json")
    assert result.exit_code == 0, result.output
    body = json.loads(result.output)
    assert body["total"] == 1
    (hit,) = body["articles"]
    assert hit["outlet"] == "WION" and hit["story"].startswith("s-")
    with Store(db) as store:
        text = store.article(hit["id"]).text
    assert all(text[a:b] == "Peskov" for a, b in hit["matches"]) and len(hit["matches"]) >= 2
    table = invoke("search", "Peskov", "--db", str(db))
    assert f"{hit['id']}:{hit['snippet']['start']}-{hit['snippet']['end']}" in table.output
    assert "1 matching article" in table.output
    past = invoke("search", "Peskov", "--db", str(db), "--offset", "5")
    assert "1 matching article, none after --offset 5" in past.output
    refused = invoke("search", "...", "--db", str(db))
    assert refused.exit_code == 1 and "nothing to search for" in refused.output


def test_stories_fit_the_terminal_with_titles_beside_or_below(archive):
    db, _ = archive
    wide = runner.invoke(app, ["stories", "--db", str(db), "--verdicts"], env={"COLUMNS": "200"})
    narrow = runner.invoke(app, ["stories", "--db", str(db), "--verdicts"], env={"COLUMNS": "70"})
    listed = json.loads(invoke("stories", "--db", str(db), "--json").stdout)
    (story,) = listed
    (line,) = [x for x in wide.stdout.splitlines() if x.startswith(story["id"])]
    assert line.rstrip().endswith(story["title"])  # the whole title, on the story's line
    lines = narrow.stdout.splitlines()
    assert all(len(x) <= 70 for x in lines)
    at = next(i for i, x in enumerate(lines) if x.startswith(story["id"]))
    assert story["title"] not in lines[at]
    assert lines[at + 1].strip().rstrip("…") in story["title"]  # the title, cut, below it


def test_an_untitled_story_has_one_name_in_the_list_and_its_dossier(tmp_path):
    lines = [
        {
            "text": "Rescuers searched the rubble of the collapsed school in Avalon on Monday. "
            "Officials said twelve people were hurt when the roof fell in."
        },
        {
            "text": "Twelve people were hurt on Monday when the roof of a school in Avalon "
            "collapsed, officials said. Rescuers searched the rubble into the night."
        },
    ]
    src = tmp_path / "reports.jsonl"
    src.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    db = tmp_path / "a.db"
    result = invoke("run", str(src), "--db", str(db), "--out", str(tmp_path / "out"), "--quiet")
    assert result.exit_code == 0, result.output
    rows = json.loads(invoke("stories", "--db", str(db), "--json").stdout)
    for row in rows:
        dossier = json.loads(invoke("show", row["id"], "--db", str(db), "--json").stdout)
        assert dossier["headline"] == row["title"]
        assert row["title"].split()[0] in ("Rescuers", "Twelve")  # the opening words


def test_articles_list_one_line_each_with_where_they_were_seen(archive):
    db, _ = archive
    listed = runner.invoke(app, ["articles", "--db", str(db)], env={"COLUMNS": "200"})
    assert listed.exit_code == 0, listed.output
    rows = json.loads(invoke("articles", "--db", str(db), "--json").stdout)
    for row in rows:
        (line,) = [x for x in listed.stdout.splitlines() if x.startswith(row["id"])]
        assert (row["outlet"] or "?") in line and row["seen_in"][0]["source"] in line
        if row["title"]:
            assert line.rstrip().endswith(row["title"])  # the whole title, on the same line


def test_ingest_makes_the_archive_folder_it_is_given(tmp_path, examples_dir):
    db = tmp_path / "archives" / "2023" / "news.db"
    result = invoke("ingest", str(examples_dir), "--db", str(db), "--quiet")
    assert result.exit_code == 0, result.output
    with Store(db) as store:
        assert store.count("articles") == 2


def test_an_archive_folder_that_cannot_be_made_is_named(tmp_path, examples_dir):
    blocker = tmp_path / "taken"
    blocker.write_text("a file, not a folder", encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(examples_dir), "--db", str(blocker / "n.db")])
    assert result.exit_code == 1
    assert "error:" in result.output and "taken" in result.output
    assert blocker.read_text(encoding="utf-8") == "a file, not a folder"
