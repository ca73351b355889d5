"""Social-media posts that mention the city (``social_posts``): what people write about Cao
Lãnh on Facebook, Zalo, TikTok, YouTube and the online papers, with its topic and sentiment as
the city's listening service classifies them, and how the IOC dealt with it.

Posts are drawn day by day from (seed, day), so a post never changes once written; only its
handling state moves on with ``now``. On about two days in five a burst of negative posts on one
topic comes in (a flooded street after rain, uncollected garbage): the social-media domain's
rule looks for such bursts. Authors are masked as the listening service gives them.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from ..times import TZ, iso

if TYPE_CHECKING:
    from ..units import Atlas
    from ..world import World

DAYS = 30  # the posts of the last so many days
PER_DAY = (18, 32)  # ordinary posts a day
PLATFORMS = [("Facebook", 55), ("Zalo", 20), ("TikTok", 12), ("YouTube", 5), ("báo điện tử", 8)]
MASKS = ["Ng***n V. A.", "Tr***n T. B.", "Lê T. H***", "Phạm M***", "Huỳnh V. T***",
         "Võ T. K***", "Đặng Q***", "Bùi T. N***", "Hồ V. L***", "Dương T***", "Cao L***",
         "Nhóm Cao Lãnh 24h", "Hội Người Cao Lãnh", "Tin Đồng Tháp", "Cao Lãnh Review"]
POSITIVE, NEUTRAL, NEGATIVE = "tích cực", "trung lập", "tiêu cực"
# topic -> [(sentiment, text, complaint category)]; "{s}" a street, "{w}" the ward
TOPICS: dict[str, list[tuple[str, str, str]]] = {
    "Ngập úng": [
        (NEGATIVE, "Mưa có 30 phút mà {s} ngập tới bánh xe, năm nào cũng vậy, bao giờ mới "
                   "khơi thông cống?", "thoat_nuoc"),
        (NEGATIVE, "Triều cường lên, nước tràn vô nhà dân ở {s}, {w}. Mong chính quyền xem "
                   "lại đê bao.", "thoat_nuoc"),
        (NEGATIVE, "Cống ở {s} nghẹt rác, nước không thoát được, mùi hôi lắm.", "thoat_nuoc"),
        (NEUTRAL, "Cho hỏi {s} hôm nay còn ngập không mọi người, định chạy qua đó.", ""),
    ],
    "Rác thải": [
        (NEGATIVE, "Rác đổ đầy đầu hẻm {s} 3 ngày rồi không ai thu gom, ruồi bu kín.",
         "rac_thai"),
        (NEGATIVE, "Bãi đất trống ở {s} thành bãi rác tự phát, tối nào cũng có người đổ trộm.",
         "rac_thai"),
        (POSITIVE, "Khen đội thu gom rác {w}, sáng nào cũng sạch sẽ từ 5 giờ.", ""),
    ],
    "Giao thông": [
        (NEGATIVE, "Giờ tan trường {s} kẹt cứng, phụ huynh đậu xe tràn ra lòng đường.",
         "trat_tu_do_thi"),
        (NEGATIVE, "Ổ gà giữa {s} to như cái nia, tối qua lại có người té xe.", "duong_sa"),
        (NEUTRAL, "Đèn tín hiệu ngã tư {s} đổi pha hơi nhanh, ai đi qua để ý giùm.", ""),
    ],
    "Chiếu sáng": [
        (NEGATIVE, "Đèn đường {s} tắt cả tuần nay, tối đi về sợ lắm.", "chieu_sang"),
        (POSITIVE, "Đèn LED mới ở {s} sáng hẳn, cảm ơn thành phố.", ""),
    ],
    "Trật tự đô thị": [
        (NEGATIVE, "Quán nhậu lấn hết vỉa hè {s}, người đi bộ phải đi xuống lòng đường.",
         "trat_tu_do_thi"),
        (NEGATIVE, "Karaoke ở {w} hát tới 12 giờ đêm, con nhỏ không ngủ được.", "tieng_on"),
    ],
    "Lễ hội, sự kiện": [
        (POSITIVE, "Lễ hội Sen Đồng Tháp năm nay tổ chức đẹp quá, Quảng trường Trung tâm đông "
                   "vui.", ""),
        (POSITIVE, "Đường hoa xuân bên sông Cao Lãnh lung linh, ai chưa đi thì đi liền.", ""),
        (NEUTRAL, "Tối nay có bắn pháo hoa ở Công viên Văn Miếu không mọi người?", ""),
    ],
    "Thủ tục hành chính": [
        (NEUTRAL, "Cho hỏi làm căn cước cho con ở {w} cần mang giấy tờ gì?", ""),
        (NEGATIVE, "Nộp hồ sơ đất ở Trung tâm hành chính công hẹn 15 ngày mà 1 tháng chưa có.",
         "dich_vu_cong"),
        (POSITIVE, "Làm thủ tục trên cổng dịch vụ công nhanh gọn, không phải chờ.", ""),
    ],
    "Y tế": [
        (NEGATIVE, "Khu vực {s} nhiều muỗi quá, nghe nói có ca sốt xuất huyết, mong phun thuốc.",
         "rac_thai"),
        (POSITIVE, "Bác sĩ Bệnh viện Đa khoa Đồng Tháp tận tình, cảm ơn các y bác sĩ.", ""),
    ],
    "Du lịch": [
        (POSITIVE, "Cuối tuần về Cồn Tịnh Thới ăn trái cây, chụp hình đẹp lắm.", ""),
        (NEUTRAL, "Khu di tích Nguyễn Sinh Sắc mở cửa tới mấy giờ vậy mọi người?", ""),
    ],
}
SENTIMENTS = [(NEGATIVE, 16), (NEUTRAL, 46), (POSITIVE, 38)]  # an ordinary post's mood
BURST_TOPICS = ["Ngập úng", "Rác thải", "Giao thông", "Chiếu sáng"]
UNITS = ["Phường 1", "Phường 3", "Phường 4", "Phường 6", "Phường Mỹ Phú", "Phường Hòa Thuận",
         "Phường Mỹ Ngãi", "Xã Mỹ Tân", "Xã Mỹ Trà", "Xã Hòa An", "Xã Tịnh Thới"]
WARD_NAMES = {"29869": "phường Cao Lãnh", "29884": "phường Mỹ Ngãi", "29888": "phường Mỹ Trà"}


def _streets() -> dict[str, list[str]]:
    from ..places import STREETS

    return STREETS


def _pick(rng: random.Random, weighted: list[tuple[str, int]]) -> str:
    return rng.choices([w for w, _ in weighted], [n for _, n in weighted])[0]


def _post(rng: random.Random, atlas: Atlas, day: date, n: int, posted: datetime, topic: str,
          negative_only: bool = False) -> dict[str, Any]:
    lines = TOPICS[topic]
    mood = NEGATIVE if negative_only else _pick(rng, SENTIMENTS)
    lines = ([line for line in lines if line[0] == mood]
             or [line for line in lines if line[0] != NEGATIVE] or lines)
    sentiment, text, category = rng.choice(lines)
    unit = rng.choice(UNITS)
    street = rng.choice(_streets().get(unit, ["Nguyễn Huệ"]))
    located = "{s}" in text or ("{w}" in text and rng.random() < 0.6)
    lon, lat = atlas.near(unit, (rng.uniform(-0.004, 0.004), rng.uniform(-0.004, 0.004)))
    ward = atlas.ward_at((lon, lat)).code
    body = text.format(s=f"đường {street}" if not street.startswith(("Quốc", "Tỉnh", "Đường",
                                                                       "Đê"))
                       else street, w=WARD_NAMES.get(ward, "phường"))
    platform = _pick(rng, PLATFORMS)
    reach = int(rng.lognormvariate(7.2, 1.0))
    return {
        "id": f"SM-{day:%y%m%d}-{n:03d}",
        "platform": platform,
        "posted_at": posted,
        "author": rng.choice(MASKS),
        "text": body,
        "topic": topic,
        "sentiment": sentiment,
        "category": category,  # the complaint category it would be filed under ("" none)
        "reach": reach,
        "interactions": int(reach * rng.uniform(0.01, 0.08)),
        "ward": ward if located else None,
        "lat": lat if located else None,
        "lon": lon if located else None,
        "url": f"https://social.example.vn/{platform.lower().replace(' ', '-')}/{n}",
        # the handling plan: hours after posting it was verified, then handled or filed
        "_verify_h": rng.uniform(0.5, 10),
        "_handle_h": rng.uniform(4, 60),
        "_filed": bool(category) and rng.random() < 0.35,
        "_unhandled": rng.random() < 0.06,  # a negative post nobody got to
    }


def _day_posts(seed: int, atlas: Atlas, day: date) -> list[dict[str, Any]]:
    rng = random.Random(f"{seed}:social:{day.isoformat()}")
    start = datetime(day.year, day.month, day.day, tzinfo=TZ)
    posts = []
    topics = list(TOPICS)
    weights = [18, 14, 14, 8, 10, 10, 10, 6, 10]
    for n in range(rng.randint(*PER_DAY)):
        hour = rng.choices(range(24), [1, 1, 1, 1, 1, 2, 4, 6, 6, 6, 5, 6, 7, 5, 5, 5, 6, 6, 8,
                                       9, 10, 9, 6, 3])[0]
        posted = start + timedelta(hours=hour, minutes=rng.randrange(60), seconds=rng.randrange(60))
        topic = rng.choices(topics, weights)[0]
        posts.append(_post(rng, atlas, day, n + 1, posted, topic))
    if rng.random() < 0.45:  # a burst: many negative posts on one topic in an afternoon
        topic = rng.choice(BURST_TOPICS)
        begin = start + timedelta(hours=rng.randint(13, 19))
        for k in range(rng.randint(9, 14)):
            posted = begin + timedelta(minutes=rng.randrange(180), seconds=rng.randrange(60))
            posts.append(_post(rng, atlas, day, 500 + k, posted, topic, negative_only=True))
    return posts


def _as_of(post: dict[str, Any], now: datetime, complaint_ids: list[str]) -> dict[str, Any]:
    posted = post["posted_at"]
    steps = [("mới", posted)]
    negative = post["sentiment"] == NEGATIVE
    if negative and not post["_unhandled"]:
        verified = posted + timedelta(hours=post["_verify_h"])
        steps.append(("đã xác minh", verified))
        handled = verified + timedelta(hours=post["_handle_h"])
        steps.append(("đã chuyển phản ánh" if post["_filed"] else "đã xử lý", handled))
    elif not negative and post["_verify_h"] < 3:
        steps.append(("đã xác minh", posted + timedelta(hours=post["_verify_h"] * 4)))
    state, changed = [(s, t) for s, t in steps if t <= now][-1]
    complaint = None
    if state == "đã chuyển phản ánh" and complaint_ids:
        complaint = complaint_ids[int(post["reach"]) % len(complaint_ids)]
    keep = {k: v for k, v in post.items() if not k.startswith("_")}
    return {**keep, "posted_at": iso(posted), "date": posted.date().isoformat(),
            "state": state, "complaint_id": complaint,
            "updated_at": iso(changed), "deleted": False}


def build_social_posts(seed: int, atlas: Atlas, now: datetime, world: World) -> list[dict]:
    """The posts of the last DAYS days up to ``now``, as they stand at ``now``."""
    filed = [c["id"] for c in world.complaints if c.get("channel") in ("facebook", "zalo")]
    items = []
    today = now.astimezone(TZ).date()
    for back in range(DAYS, -1, -1):
        for post in _day_posts(seed, atlas, today - timedelta(days=back)):
            if post["posted_at"] <= now:
                items.append(_as_of(post, now, filed))
    return items
