"""Alerts: the queue of the city's alerts and the operator's work on them (Qt-free)."""
