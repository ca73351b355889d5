"""The leaders' daily briefing as a PDF (A4), on demand and from the command line."""
