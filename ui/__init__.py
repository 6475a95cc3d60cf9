"""Vidne's Qt widgets. Talks to the core only through ``app``'s public API."""
