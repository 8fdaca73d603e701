"""Language detection: English by function words, others by langid.py, short texts unknown."""

from __future__ import annotations

from pathlib import Path

import pytest

from corroborator.ingest.language import detect_language

FRENCH = (
    "Le président russe Vladimir Poutine a rencontré le chef du groupe Wagner, Evgueni "
    "Prigojine, cinq jours après la tentative de mutinerie, a indiqué lundi le Kremlin. Selon "
    "le porte-parole Dmitri Peskov, la rencontre a duré près de trois heures et trente-cinq "
    "personnes y étaient invitées, dont des commandants d'unités."
)
GERMAN = (
    "Der russische Präsident Wladimir Putin hat sich nach Angaben des Kremls fünf Tage nach dem "
    "gescheiterten Aufstand mit Wagner-Chef Jewgeni Prigoschin getroffen. Das Treffen habe fast "
    "drei Stunden gedauert, sagte Kremlsprecher Dmitri Peskow am Montag in Moskau vor Reportern."
)
PORTUGUESE_LIST = (
    "Calendário da Stock Car 2018\n\n1a etapa: 10 de março – Interlagos\n2a etapa: 8 de abril – "
    "Santa Cruz do Sul\n3a etapa: 22 de abril – Velopark\n4a etapa: 6 de maio – Curitiba\n"
    "5a etapa: 27 de maio – Goiânia\n6a etapa: 17 de junho – Cascavel"
)


def test_english_seeds(examples_dir: Path) -> None:
    for path in sorted(examples_dir.glob("*.txt")):
        assert detect_language(path.read_text(encoding="utf-8")) == "en"


@pytest.mark.parametrize(
    ("text", "code"), [(FRENCH, "fr"), (GERMAN, "de"), (PORTUGUESE_LIST, "pt")]
)
def test_other_languages(text: str, code: str) -> None:
    assert detect_language(text) == code


@pytest.mark.parametrize("text", ["Putin met Prigozhin.", "Путин встретился с Пригожиным.", ""])
def test_short_text_is_unknown(text: str) -> None:
    assert detect_language(text) is None


def test_a_lede_full_of_names_is_still_english() -> None:
    text = (
        "Defence Minister Elena Petrova met rebel commander Ivo Radic in Geneva on Monday. "
        "Separately, Foreign Minister Marta Kovacs met envoy Tomas Varga in Vienna on Tuesday."
    )
    assert detect_language(text) == "en"


def test_our_sum_is_langids_classify_to_the_last_bit(examples_dir: Path) -> None:
    """language._classify (a sum over the features a text has) answers what langid.py's own
    classify answers, code and confidence alike, for texts in and out of its confident range."""
    from corroborator.ingest.language import _classify, _identifier

    identifier = _identifier()
    if identifier is None:
        pytest.skip("langid.py not installed")
    texts = [FRENCH, GERMAN, PORTUGUESE_LIST, "Wagner", "Putin Prigozhin Kremlin 29 June"]
    texts += [p.read_text(encoding="utf-8") for p in sorted(examples_dir.glob("*.txt"))]
    texts += [FRENCH[:n] + GERMAN[n:] for n in range(0, len(FRENCH), 40)]  # mixed, less sure
    for text in texts:
        assert _classify(identifier, text) == identifier.classify(text)
