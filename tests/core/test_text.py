from ioc_console.core.text import fold, matches


def test_fold_removes_vietnamese_diacritics_and_case():
    assert fold("Phường 4") == "phuong 4"
    assert fold("Xã Tân Thuận Đông") == "xa tan thuan dong"
    assert fold("  ĐỒNG   Tháp ") == "dong thap"


def test_matches_every_word_anywhere():
    assert matches("phuong 4", "Phường 4")
    assert matches("hoa an", "Xã Hòa An")
    assert matches("", "anything")
    assert not matches("phuong 5", "Phường 4")
    assert matches("dong thap cao", "Cao Lãnh", "Đồng Tháp")
    assert not matches("hoa an", "Phường Hòa Thuận")  # words are matched from their start
    assert matches("2988", "29884")


def test_messages_keep_template_and_arguments_and_read_as_english():
    from ioc_console.core.i18n import QT_TRANSLATE_NOOP, Message

    message = Message(QT_TRANSLATE_NOOP("Problems", "%1 of %2, not %10"), "a", "b", *"cdefghij")
    assert str(message) == "a of b, not j"
    assert message.template.context == "Problems"
    assert message.args[:2] == ("a", "b")
