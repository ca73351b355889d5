"""An agency whose name is spelled with the tone mark on either vowel ("Công an phường Hoà
Thuận" in the 2019 units' spelling, "… Hòa Thuận" in 2025's) is one agency in the complaint
dashboard's ranking, its scope list and its drill-downs."""

from __future__ import annotations

import json
import sqlite3
import unicodedata
from collections import Counter

import pytest

from ioc_console.core.clock import city_now
from ioc_console.core.complaints import kpis
from ioc_console.core.complaints.kpi_drill import Drill, drill_ids
from ioc_console.core.complaints.kpi_scopes import scope_choices
from ioc_console.core.complaints.kpi_sql import Measure
from ioc_console.core.complaints.records import load_rows
from ioc_console.core.periods import PeriodKind, make_period
from ioc_console.core.store.cache import SCHEMA_VERSION, Cache
from ioc_console.core.store.schema import MIGRATIONS, migrate
from ioc_console.core.text import one_tone_placement
from ioc_console.demo.data import build_world

OLD, NEW = "Công an phường Hoà Thuận", "Công an phường Hòa Thuận"


@pytest.mark.parametrize(("typed", "one"), [
    (OLD, NEW),
    (NEW, NEW),
    ("UBND PHƯỜNG HOÀ THUẬN", "UBND PHƯỜNG HÒA THUẬN"),
    ("Uỷ ban nhân dân xã Hoà An", "Ủy ban nhân dân xã Hòa An"),
    ("Trạm y tế Khoẻ, Thuỳ.", "Trạm y tế Khỏe, Thùy."),
    (unicodedata.normalize("NFD", f" {OLD}  "), NEW),  # decomposed, stray spaces
    ("Đội Hoàng Quý Quỹ Xoài", "Đội Hoàng Quý Quỹ Xoài"),  # closed syllables, the "u" of "qu"
])
def test_one_tone_placement(typed, one):
    assert one_tone_placement(typed) == one


def test_an_agency_spelled_two_ways_is_one_in_the_ranking_scopes_and_drill_down(cache):
    now = city_now()
    complaints = build_world(seed=7, now=now).complaints
    spelled = Counter(c["agency_responsible"] for c in complaints)
    assert spelled[OLD] and spelled[NEW]  # the demo city's records have both, as a real city's
    cache.apply_items("complaints", complaints).result()
    period = make_period(PeriodKind.ALL, now)

    board = kpis.dashboard(cache.conn, period, kpis.CITY, now)
    ranked = dict(board.by_agency)
    assert OLD not in ranked
    assert ranked[NEW].received == spelled[OLD] + spelled[NEW]
    folded = Counter(one_tone_placement(name) for name in ranked)
    assert max(folded.values()) == 1

    agencies = scope_choices(cache.conn, now.date()).agencies
    assert agencies.count(NEW) == 1 and OLD not in agencies

    scope = kpis.Scope("agency", NEW, NEW)
    assert kpis.counts(cache.conn, period, scope, now).received == spelled[OLD] + spelled[NEW]
    ids = drill_ids(cache.conn, Drill(Measure.RECEIVED, period, scope), now)
    assert {c["id"] for c in complaints if c["agency_responsible"] in (OLD, NEW)} == set(ids)

    rows = load_rows(cache.conn)  # the list's agency filter and the agencies to assign to
    assert OLD not in {r.agency for r in rows}
    assert {r.id for r in rows if r.agency == NEW} == set(ids)


def test_a_cache_of_schema_4_gets_its_agencies_in_one_spelling(tmp_path):
    now = city_now()
    complaint = build_world(seed=7, now=now).complaints[0]
    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, {v: MIGRATIONS[v] for v in (1, 2, 3, 4)})
    conn.execute("INSERT INTO complaints (id, updated_at, ward, body) VALUES (?, ?, ?, ?)",
                 (complaint["id"], complaint["updated_at"], complaint["ward"],
                  json.dumps({**complaint, "agency_responsible": OLD})))
    # as a console before this version wrote it: the name as received
    conn.execute("UPDATE complaint_facts SET agency = ?", (OLD,))
    conn.close()
    cache = Cache.open(path)
    try:
        assert cache.schema_version == SCHEMA_VERSION
        rows = cache.conn.execute("SELECT id, agency FROM complaint_facts").fetchall()
        assert rows == [(complaint["id"], NEW)]
        other = {**complaint, "id": "PA-X", "agency_responsible": f" {OLD}"}
        cache.apply_items("complaints", [other]).result()  # written anew: the same name
        ranked = dict(kpis.ranking(cache.conn, make_period(PeriodKind.ALL, now), kpis.CITY,
                                   now, "agency"))
        assert list(ranked) == [NEW] and ranked[NEW].received == 2
    finally:
        cache.close()
