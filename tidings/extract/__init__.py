"""Extraction stage: sentences -> events -> actors, places, dates, sizes."""
