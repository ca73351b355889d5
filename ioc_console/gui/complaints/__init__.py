"""Citizen complaints (hotline 1022): the panels."""
