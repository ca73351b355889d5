"""The alert queue and what helps the operator keep up with it."""
