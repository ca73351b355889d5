"""Citizen complaints (hotline 1022): what the console knows and computes about them."""
