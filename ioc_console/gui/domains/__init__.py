"""The plugins' declarative dashboards and the leaders' overview of the domains."""
