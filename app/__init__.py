"""Isohold: a guided timer for isometric and plyometric lower-leg drills."""

__version__ = "0.1.0"
