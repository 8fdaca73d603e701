"""Two tellings are dated alike only by a full day (_dated_alike reads _full_day, FULL_DAY).
Hand-written reports, real spaCy parses (reconcile_reads.occurred_facet).

"In 2015, ... The next day, gunmen attacked the embassy" dates the attack to a day of 2015 whose
month and day the story never gives ("2015-XX-XX"): two reports that each tell an attack on such
a day tell two attacks of one year, not one attack. Two reports giving one full day ("March 3,
2015") tell one. Past the ledes (FILLER), where only names and days tie two tellings.
"""

from __future__ import annotations

from reconcile_reads import occurred_facet

# six sentences of filler, so what follows is past the ledes
FILLER = (
    "Voters went to the polls on Tuesday. Turnout was high. Lines were long at many schools. "
    "The polls closed in the evening. Results came in late. Officials counted through the "
    "night. "
)


def test_a_day_of_a_year_ties_no_two_tellings(nlp):
    wire = FILLER + "In 2015, the rebels took the town. The next day, gunmen attacked the embassy."
    daily = FILLER + "In 2015, the army left the city. The next day, gunmen attacked the embassy."
    assert occurred_facet(nlp, wire, daily, "attack").verdict == "single_source"


def test_one_full_day_ties_two_tellings(nlp):
    wire = FILLER + "On March 3, 2015, gunmen attacked the embassy."
    daily = FILLER + "Officials recalled that gunmen attacked the embassy on March 3, 2015."
    assert occurred_facet(nlp, wire, daily, "attack").verdict == "corroborated"
