"""Clients of the backend services."""
