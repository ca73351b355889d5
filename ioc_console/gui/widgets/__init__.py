"""Small widgets shared by the shell and the panels."""
