"""The datasets the console keeps from the backend: their names, where they are read and which
field places an item in a ward (for ward scope and the per-ward views)."""

from __future__ import annotations

from dataclasses import dataclass

from ioc_console.core.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Dataset:
    name: str  # also the cache table's name
    path: str  # below /api/v1
    title: str  # translatable (context "Datasets")
    ward_field: str = "ward"  # the item field holding today's ward code


DATASETS: tuple[Dataset, ...] = (
    Dataset(
        "units", "/units", QT_TRANSLATE_NOOP("Datasets", "Administrative units"), "current_ward"
    ),
    Dataset("cameras", "/cameras", QT_TRANSLATE_NOOP("Datasets", "Cameras")),
    Dataset(
        "complaints",
        "/complaints",
        QT_TRANSLATE_NOOP("Datasets", "Complaints (1022)"),
        "current_ward",
    ),
    Dataset(
        "procedure_results",
        "/procedure-results",
        QT_TRANSLATE_NOOP("Datasets", "Administrative procedure results"),
    ),
    Dataset("alerts", "/alerts", QT_TRANSLATE_NOOP("Datasets", "Alerts")),
    Dataset("facilities", "/facilities", QT_TRANSLATE_NOOP("Datasets", "Facilities")),
    Dataset("kpis", "/kpis", QT_TRANSLATE_NOOP("Datasets", "KPIs")),
    Dataset("tasks", "/tasks", QT_TRANSLATE_NOOP("Datasets", "Directive tasks")),
    # what the alert queue is measured and guided by (city-wide: no ward)
    Dataset("alert_sla", "/alert-sla", QT_TRANSLATE_NOOP("Datasets", "Alert SLA targets")),
    Dataset(
        "alert_procedures",
        "/alert-procedures",
        QT_TRANSLATE_NOOP("Datasets", "Alert procedures (SOP)"),
    ),
)
BY_NAME: dict[str, Dataset] = {d.name: d for d in DATASETS}


def dataset(name: str) -> Dataset:
    try:
        return BY_NAME[name]
    except KeyError:
        raise KeyError(f"unknown dataset {name!r}; known: {', '.join(BY_NAME)}") from None
