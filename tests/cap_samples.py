"""CAP 1.2 documents for the tests: messages near Cao Lãnh (or far from it), and Atom feeds."""

from __future__ import annotations

from datetime import datetime, timedelta
from xml.sax.saxutils import escape

NS = "urn:oasis:names:tc:emergency:cap:1.2"
SENDER = "kttv@dongthap.example"
# a square over central Cao Lãnh, and one over Hà Nội (about 1,100 km north)
CITY_SQUARE = [(10.44, 105.62), (10.44, 105.65), (10.47, 105.65), (10.47, 105.62), (10.44, 105.62)]
HANOI_SQUARE = [(21.0, 105.8), (21.0, 105.9), (21.1, 105.9), (21.1, 105.8), (21.0, 105.8)]


def stamp(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


def area(desc: str, polygon: list[tuple[float, float]] | None = None,
         circle: tuple[float, float, float] | None = None,
         geocodes: tuple[tuple[str, str], ...] = ()) -> str:
    parts = [f"<areaDesc>{escape(desc)}</areaDesc>"]
    if polygon:
        parts.append("<polygon>" + " ".join(f"{lat},{lon}" for lat, lon in polygon) + "</polygon>")
    if circle:
        parts.append(f"<circle>{circle[0]},{circle[1]} {circle[2]}</circle>")
    parts += [f"<geocode><valueName>{n}</valueName><value>{v}</value></geocode>"
              for n, v in geocodes]
    return "<area>" + "".join(parts) + "</area>"


def info(headline: str, *, language: str = "vi-VN", severity: str = "Severe",
         urgency: str = "Expected", certainty: str = "Likely",
         expires: datetime | None = None, areas: tuple[str, ...] = ()) -> str:
    return (
        f"<info><language>{language}</language><category>Met</category><event>Mưa lớn</event>"
        f"<urgency>{urgency}</urgency><severity>{severity}</severity>"
        f"<certainty>{certainty}</certainty>"
        + (f"<expires>{stamp(expires)}</expires>" if expires else "")
        + f"<headline>{escape(headline)}</headline><description>Mô tả</description>"
        + "".join(areas) + "</info>"
    )


def message(identifier: str, sent: datetime, infos: tuple[str, ...] = (), *,
            msg_type: str = "Alert", references: tuple[tuple[str, datetime], ...] = (),
            status: str = "Actual", sender: str = SENDER) -> str:
    refs = " ".join(f"{sender},{ident},{stamp(at)}" for ident, at in references)
    return (
        f'<alert xmlns="{NS}"><identifier>{identifier}</identifier><sender>{sender}</sender>'
        f"<sent>{stamp(sent)}</sent><status>{status}</status><msgType>{msg_type}</msgType>"
        "<scope>Public</scope>"
        + (f"<references>{refs}</references>" if refs else "")
        + "".join(infos) + "</alert>"
    )


def city_warning(identifier: str, sent: datetime, headline: str = "Cảnh báo mưa lớn",
                 **kwargs: object) -> str:
    expires = sent + timedelta(hours=12)
    return message(identifier, sent, (
        info(headline, expires=expires, areas=(area("Phường Cao Lãnh", CITY_SQUARE),)),
    ), **kwargs)  # type: ignore[arg-type]


def atom(*messages: str) -> str:
    entries = "".join(
        f"<entry><id>urn:e{i}</id><title>t</title><updated>2026-01-01T00:00:00Z</updated>"
        f'<content type="text/xml">{m}</content></entry>'
        for i, m in enumerate(messages)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        "<id>urn:feed</id><title>CAP</title><updated>2026-01-01T00:00:00Z</updated>"
        + entries + "</feed>"
    )
