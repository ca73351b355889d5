"""Domain models and arithmetic, free of Qt and of I/O beyond reading bundled data."""
