"""Citizen complaints (hotline 1022): the panels (the dashboard; the list with its details,
intake and handling)."""
