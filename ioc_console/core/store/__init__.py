"""The local cache: SQLite, versioned schema, one writer."""
