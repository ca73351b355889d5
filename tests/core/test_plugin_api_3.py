"""Plugin API 3: a panel gets a narrow context instead of the console's services, and records
are taken with field filters the core turns into SQL; plugins never write SQL."""

from __future__ import annotations

import logging
from types import SimpleNamespace

import pytest

from ioc_console.core.geo.features import FeatureContext, layer_features
from ioc_console.core.geo.layers import MapLayerRegistry
from ioc_console.core.intents import Intents
from ioc_console.core.panels import PanelContext, PanelRegistry
from ioc_console.core.plugins import PluginManager, PluginState
from ioc_console.plugin_api import CachedData, FieldFilter, PluginPanelContext


@pytest.fixture(scope="module")
def world():
    from ioc_console.demo.data import build_world

    return build_world(seed=7)


@pytest.fixture
def cache(cache, world):
    """The suite's cache, with the demo world's facilities and units."""
    cache.apply_items("facilities", world.facilities).result()
    cache.apply_items("units", world.units).result()
    return cache


def load(plugins_dir, layers=None):
    panels = PanelRegistry()
    manager = PluginManager(
        [plugins_dir], panels, map_layers=layers if layers is not None else MapLayerRegistry(())
    )
    return panels, {r.id: r for r in manager.load_all()}


def test_a_plugin_panel_gets_its_id_state_data_intents_and_logger_not_the_services(
    write_plugin, plugins_dir, cache, world
):
    write_plugin(
        "clinics",
        """
        from ioc_console.plugin_api import PluginPanelContext

        seen = []

        def build(context: PluginPanelContext):
            seen.append(context)
            return "a panel"

        def register(api):
            api.register_panel("list", "Clinics", build)
        """,
        api_version=3,
    )
    panels, records = load(plugins_dir)
    assert records["clinics"].state is PluginState.LOADED, records["clinics"].details
    intents = Intents()
    services = SimpleNamespace(cache=cache, intents=intents, settings=object(), plugins=object())
    console_context = PanelContext("clinics.list#2", services, {"sort": "name"})
    assert panels.get("clinics.list").factory(console_context) == "a panel"

    import ioc_console_plugins.clinics.plugin as plugin

    context = plugin.seen[-1]
    assert isinstance(context, PluginPanelContext)
    assert not hasattr(context, "services")
    assert context.instance_id == "clinics.list#2" and context.state == {"sort": "name"}
    assert context.plugin_id == "clinics" and context.folder == plugins_dir / "clinics"
    assert context.intents is intents
    assert isinstance(context.log, logging.Logger) and context.log.name.endswith(".clinics")
    health = context.data.records("facilities", match={"domain": "healthcare"})
    expected = sorted(f["id"] for f in world.facilities if f["domain"] == "healthcare")
    assert [r["id"] for r in health] == expected
    first = context.data.get("facilities", expected[0])
    assert first is not None and first["domain"] == "healthcare"
    only = context.data.records("facilities", match={"id": first["id"]}, keys=("id", "domain"))
    assert only == [{"id": first["id"], "domain": "healthcare"}]
    assert "facilities" in context.data.names
    with pytest.raises(KeyError):
        context.data.records("no_such_dataset")


def test_a_panel_of_a_plugin_written_for_api_2_still_gets_the_console_context(
    write_plugin, plugins_dir
):
    write_plugin(
        "older",
        """
        def register(api):
            api.register_panel("p", "P", lambda context: context)
        """,
        api_version=2,
    )
    panels, records = load(plugins_dir)
    assert records["older"].state is PluginState.LOADED
    console_context = PanelContext("older.p", services=None)
    assert panels.get("older.p").factory(console_context) is console_context


def test_api_3_map_layers_take_records_by_field_and_sql_is_refused(
    write_plugin, plugins_dir, cache, world
):
    write_plugin(
        "schools_and_clinics",
        """
        from ioc_console.plugin_api import FieldFilter, facility_feature

        def register(api):
            api.register_map_layer(
                "both", "Both", dataset="facilities", feature=facility_feature,
                match=[FieldFilter("domain", "in", ["healthcare", "education"])],
            )
        """,
        api_version=3,
    )
    write_plugin(
        "sql",
        """
        from ioc_console.plugin_api import facility_feature

        def register(api):
            api.register_map_layer(
                "x", "X", dataset="facilities", feature=facility_feature,
                where="json_extract(body, '$.domain') = ?", params=("healthcare",),
            )
        """,
        api_version=3,
    )
    write_plugin(
        "sly",
        """
        from ioc_console.plugin_api import facility_feature

        def register(api):
            api.register_map_layer(
                "x", "X", dataset="facilities", feature=facility_feature,
                match={"domain') = 'x' OR 1=1 --": "healthcare"},
            )
        """,
        api_version=3,
    )
    layers = MapLayerRegistry(())
    _panels, records = load(plugins_dir, layers)
    assert records["schools_and_clinics"].state is PluginState.LOADED
    assert records["sql"].state is PluginState.FAILED
    assert "match=" in records["sql"].error and "not with SQL" in records["sql"].error
    assert records["sly"].state is PluginState.FAILED
    sly = records["sly"].error
    assert sly.startswith("ValueError") and "a record key is letters" in sly
    assert [s.id for s in layers] == ["schools_and_clinics.both"]

    spec = layers.get("schools_and_clinics.both")
    features = layer_features(spec, cache, FeatureContext.from_cache(cache))
    expected = {f["id"] for f in world.facilities if f["domain"] in ("healthcare", "education")}
    assert {f["id"] for f in features} == expected


def test_a_value_is_data_never_sql(cache, world):
    data = CachedData(cache)
    assert data.records("facilities", match={"domain": "x' OR '1'='1"}) == []
    assert data.records("facilities", match={"domain": "healthcare' --"}) == []
    assert len(data.records("facilities")) == len(world.facilities)


def test_field_filters_compare_as_an_operator_expects(cache, world):
    data = CachedData(cache)
    some = world.facilities[0]

    def ids(*filters):
        return {r["id"] for r in data.records("facilities", match=filters)}

    everything = {f["id"] for f in world.facilities}
    assert ids(FieldFilter("id", "=", some["id"])) == {some["id"]}
    assert ids(FieldFilter("id", "!=", some["id"])) == everything - {some["id"]}
    assert ids(FieldFilter("no_such_key", "=", None)) == everything  # missing reads as None
    assert ids(FieldFilter("no_such_key", "!=", None)) == set()
    assert ids(FieldFilter("domain", "=", "healthcare"), FieldFilter("id", "=", some["id"])) == (
        {some["id"]} if some["domain"] == "healthcare" else set()
    )
    north = {f["id"] for f in world.facilities if f["lat"] > some["lat"]}
    assert ids(FieldFilter("lat", ">", some["lat"])) == north
    assert ids(FieldFilter("lat", "<=", some["lat"])) == everything - north


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("bad key", "=", 1), "a record key is letters"),
        (("$.domain", "=", 1), "a record key is letters"),
        (("domain", "LIKE", "x%"), "is not one of"),
        (("domain", "in", "healthcare"), "takes a list"),
        (("domain", "in", []), "at least one value"),
        (("lat", ">", None), "needs a value"),
        (("domain", "=", {"a": 1}), "is not text, a number"),
    ],
)
def test_a_malformed_filter_is_refused_with_the_reason(args, message):
    with pytest.raises(ValueError, match=message):
        FieldFilter(*args)


def test_sql_given_as_a_match_is_refused():
    with pytest.raises(ValueError, match="not SQL"):
        CachedData(None).records("facilities", match="json_extract(body, '$.domain') = 'x'")
    assert CachedData(None).records("facilities") == []  # no cache: nothing, no error
