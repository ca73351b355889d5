"""The leaders' daily briefing: its content from the cache (Qt-free); the PDF is in gui."""
