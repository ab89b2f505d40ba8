"""The core of Isohold: routines, the timeline of phases, the clock and the history.

Nothing in this package imports Qt; an import-linter contract checked in the test run keeps it so.
"""
