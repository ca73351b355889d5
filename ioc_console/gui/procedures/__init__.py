"""The administrative-procedure (TTHC) results: the dashboard and the rows behind its figures."""
