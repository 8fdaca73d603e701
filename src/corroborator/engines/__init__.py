"""Engines: where the analysis runs. ``local`` uses this machine's cores."""
