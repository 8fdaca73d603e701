"""The analyze stage: one spaCy parse per article, everything derived from it."""
