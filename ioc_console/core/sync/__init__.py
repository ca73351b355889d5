"""The sync engine: keeps the cache up to date from the backend and delivers the outbox."""
