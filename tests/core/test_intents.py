from ioc_console.core.intents import Intents, SelectItem, ShowCamera


def test_show_camera_reaches_the_newest_handler_first_and_reports_taken():
    intents = Intents()
    seen = []
    intents.handle(ShowCamera, lambda i: seen.append(("old", i.camera_id)))
    remove = intents.handle(ShowCamera, lambda i: seen.append(("new", i.camera_id)) or True)
    assert intents.post(ShowCamera("cam-03", source="map")) is True
    assert seen == [("new", "cam-03"), ("old", "cam-03")]
    remove()
    seen.clear()
    assert intents.post(ShowCamera("cam-04")) is False
    assert seen == [("old", "cam-04")]


def test_a_failing_handler_does_not_stop_the_others():
    intents = Intents()
    got = []

    def broken(_):
        raise RuntimeError("boom")

    intents.handle(SelectItem, lambda i: got.append(i.item_id) or True)
    intents.handle(SelectItem, broken)
    assert intents.post(SelectItem("complaints", "c-1", "map")) is True
    assert got == ["c-1"]
    assert intents.post(ShowCamera("cam-01")) is False
