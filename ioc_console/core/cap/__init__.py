"""OASIS CAP 1.2: a safe parser for messages, Atom/RSS feeds of them and EDXL-DE envelopes,
their areas as map geometry, the priority table and the feed poller (Qt-free)."""
