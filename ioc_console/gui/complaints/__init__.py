"""The complaint panels (hotline 1022): the list with its details, intake and handling."""
