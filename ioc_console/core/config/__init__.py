"""Configuration: where files live, the declared options, settings and the site profile."""
