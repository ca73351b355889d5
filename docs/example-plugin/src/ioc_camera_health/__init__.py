"""An IOC Console plugin: the health of the city's cameras (see plugin.py)."""
