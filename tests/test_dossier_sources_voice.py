"""The dossier's sources table gives each chain the voice most of its statements count as: an
outlet that runs a wire lede (one voice with its first printer, reconcile.COPIED_SENTENCES) and
then tells the rest in its own words still speaks with its own voice. A real run on real text."""

from __future__ import annotations

from corroborator import Settings, Store, run

LEDE = (
    "A former employee opened fire at an office Christmas party in Vancouver on Friday and "
    "killed one man.\n\n"
)
HERALD = LEDE + "The gunman surrendered to police two hours later.\n"
COURIER = LEDE + (
    "The suspect, a 61-year-old man, was arrested on Saturday in Burnaby.\n\n"
    "He was charged with second-degree murder on Sunday in Vancouver.\n"
)
SOURCES = "file,outlet,url,published,title\na.txt,Herald,,2008-12-20,\nb.txt,Courier,,2008-12-21,\n"


def test_an_outlet_that_copies_its_lede_keeps_its_own_voice_in_the_table(tmp_path):
    for name, text in (("a.txt", HERALD), ("b.txt", COURIER), ("sources.csv", SOURCES)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    with Store(tmp_path / "a.db") as store:
        (dossier,) = run([str(tmp_path)], store, Settings()).dossiers
    courier = [
        e for f in dossier.facets for v in f.values for e in v.evidence if e.outlet == "Courier"
    ]
    # the copied lede counts as the Herald's voice, the Courier's own sentences as its own
    assert courier[0].voice == "outlet:herald"
    assert {e.voice for e in courier} == {"outlet:herald", "outlet:courier"}
    rows = {tuple(r["chain"]): r["voice"] for r in dossier.sources}
    assert rows[("Courier",)] == "outlet:courier"
    assert rows[("Herald",)] == "outlet:herald"
