"""Citizen complaints (hotline 1022), Qt-free: what the console knows and computes about them
(KPIs, facts), the list's rows, search and filters, the handling workflow, intake with its
duplicate check, and the CSV export."""
