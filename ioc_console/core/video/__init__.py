"""Video logic without Qt or libVLC: which stream a tile plays, when it stalled, when to retry."""
