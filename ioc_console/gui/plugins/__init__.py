"""The plugins in the Qt layer: switching them at run time, and the plugin manager dialog."""
