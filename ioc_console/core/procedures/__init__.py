"""Administrative procedures (TTHC): the indicators of their results, in SQL over the cache."""
