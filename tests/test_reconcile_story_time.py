"""The story's time when no report carries a publication date (ECB+ reports, pages saved
without metadata): each page's own stamp ("Posted: December 08, 2010", "Friday, Sep 10, 2010 |
Updated 8:52 PM EDT") dates its report, as a publication date would, beside the median date the
story's claims give (_events). A claim is background only when far from all of them.
Hand-written reports, real spaCy parses (reconcile_reads.story_facets)."""

from __future__ import annotations

import pytest

from reconcile_reads import contradicted, story_facets

SEPTEMBER_PAGE = (
    "Friday, Sep 10, 2010 | Updated 8:52 PM EDT\n"
    "A woman shot and killed two co-workers at the Kraft Foods plant in Philadelphia Thursday "
    "night, police said."
)


def _december_page(count: str, month: str) -> str:
    return (
        "POSTED: December 08, 2010\n"
        f"The woman who allegedly shot and killed {count} co-workers in {month} at the Kraft "
        "Foods plant in Philadelphia will face trial on multiple counts of murder."
    )


@pytest.mark.parametrize(
    ("count", "month", "disputed"),
    [
        # "in September", given the story's year, is days from the September page's stamp: the
        # story's own killing, whose count the September page gives otherwise
        ("six", "September", True),
        # the same count: agreement
        ("two", "September", False),
        # "in March" is months from every page's stamp: an earlier killing, its count its own
        ("six", "March", False),
    ],
)
def test_each_page_stamp_dates_its_report(nlp, count, month, disputed):
    facets = story_facets(nlp, [("Local", SEPTEMBER_PAGE), ("Daily", _december_page(count, month))])
    numbers = [f for f in facets if f.attribute.startswith("number of co")]
    assert numbers
    assert bool(contradicted(facets, numbers[0].attribute)) is disputed
