"""Education of the demo city: the city's kindergartens, primary, lower and upper secondary
schools (the ``education`` facilities without the university and the colleges).

- ``school_stats``: one row per school for the current school year (reported when it opens on
  5 September): level, pupils, classes, teachers, classrooms, computers and whether the school
  meets the national standard (trường đạt chuẩn quốc gia) and at which level.
- ``school_attendance``: one row per school and school day of the last 90 days (reported at
  09:00): pupils enrolled and present. In the flood season (September to December) the spring
  tides around full and new moon flood the roads to the schools of the low-lying points (the
  islet of Tịnh Thới, Mỹ Trà) and their attendance falls.
- ``exam_results``: per school and year, the grade-10 entrance exam (lower secondary schools:
  candidates, admitted to a public upper secondary school) and the upper secondary graduation
  exam (candidates, graduated), with the average score; Đồng Tháp graduates ~98–99 %.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from ..draws import binomial
from ..times import at, is_working_day, iso

if TYPE_CHECKING:
    from ..units import Atlas
    from ..world import World

DAYS = 90
YEARS = 5
ATTENDANCE_HOUR = 9
LEVELS = ("Mầm non", "Tiểu học", "THCS", "THPT")
FULL_MOON = datetime(2026, 1, 3, 17, 3)  # a full moon (city time); tides follow the moon
SYNODIC = 29.530589
GRADUATION, ENTRANCE = "tot_nghiep_thpt", "tuyen_sinh_10"
EXAMS = {GRADUATION: "Tốt nghiệp THPT", ENTRANCE: "Tuyển sinh lớp 10"}


@dataclass(frozen=True)
class Level:
    pupils: int  # typical pupils of a school
    per_class: int  # pupils a class
    teachers_per_class: float
    attendance: float  # usual share present


LEVEL = {
    "Mầm non": Level(340, 28, 2.0, 0.935),
    "Tiểu học": Level(880, 33, 1.3, 0.975),
    "THCS": Level(1080, 41, 1.65, 0.968),
    "THPT": Level(1250, 40, 2.05, 0.962),
}
NOT_STANDARD = {"Trường THPT Đỗ Công Tường", "Trường THCS Mỹ Ngãi", "Trường Tiểu học Tịnh Thới",
                "Trường Mầm non Tuổi Ngọc"}
LEVEL_2 = {"Trường THPT Chuyên Nguyễn Quang Diêu", "Trường Tiểu học Kim Đồng",
           "Trường THCS Kim Hồng"}
FLOODED = {"Trường Tiểu học Tịnh Thới": 0.74, "Trường Tiểu học Mỹ Trà": 0.86,
           "Trường Mầm non Tuổi Ngọc": 0.88}  # attendance on a flooded day


def schools(world: World) -> list[dict]:
    return [f for f in world.facilities
            if f["domain"] == "education" and f["kind"] in LEVELS and not f["deleted"]]


def school_year(day: date) -> int:
    """The year the school year holding ``day`` began (it opens on 5 September)."""
    return day.year if day >= date(day.year, 9, 5) else day.year - 1


def is_school_day(day: date) -> bool:
    year = school_year(day)
    return is_working_day(day) and day <= date(year + 1, 5, 31)


def spring_tide(day: date) -> bool:
    """Within a day of full or new moon in the flood season (September to December)."""
    if day.month < 9:
        return False
    phase = ((datetime.combine(day, datetime.min.time()).replace(hour=12) - FULL_MOON)
             .total_seconds() / 86400) % SYNODIC
    return min(phase, abs(phase - SYNODIC / 2), SYNODIC - phase) <= 1.2


def _stats(seed: int, school: dict, year: int) -> dict[str, Any]:
    rng = random.Random(f"{seed}:school_stats:{school['id']}:{year}")
    level = LEVEL[school["kind"]]
    size = 0.75 if "Chuyên" in school["name"] else rng.uniform(0.8, 1.2)
    pupils = round(level.pupils * size)
    classes = max(6, round(pupils / (level.per_class * rng.uniform(0.92, 1.05))))
    teachers = round(classes * level.teachers_per_class * rng.uniform(0.9, 1.08))
    standard = school["name"] not in NOT_STANDARD
    level_2 = 2 if school["name"] in LEVEL_2 else 1
    return {
        "id": f"ss-{school['id']}",
        "school_id": school["id"],
        "name": school["name"],
        "level": school["kind"],
        "school_year": f"{year}-{year + 1}",
        "ward": school["ward"],
        "lat": school["lat"],
        "lon": school["lon"],
        "address": school["address"],
        "pupils": pupils,
        "classes": classes,
        "teachers": teachers,
        "classrooms": classes - rng.randint(0, 2) if standard else classes - rng.randint(2, 5),
        "computers": rng.randint(0, 15) if school["kind"] == "Mầm non" else
        rng.randint(25, 45) if standard else rng.randint(8, 20),
        "national_standard": standard,
        "standard_level": level_2 if standard else None,
        "standard": f"Đạt chuẩn mức độ {level_2}" if standard else "Chưa đạt chuẩn",
        "updated_at": iso(at(date(year, 9, 5), 8)),
        "deleted": False,
    }


def build_school_stats(seed: int, atlas: Atlas, now: datetime, world: World) -> list[dict]:
    year = school_year(now.date())
    if now < at(date(year, 9, 5), 8):
        year -= 1
    return [_stats(seed, school, year) for school in schools(world)]


def build_school_attendance(seed: int, atlas: Atlas, now: datetime, world: World) -> list[dict]:
    last = now.date() if now >= at(now.date(), ATTENDANCE_HOUR) else now.date() - timedelta(1)
    days = [last - timedelta(days=n) for n in range(DAYS - 1, -1, -1)]
    items = []
    for school in schools(world):
        level = LEVEL[school["kind"]]
        for day in days:
            if not is_school_day(day):
                continue
            enrolled = _stats(seed, school, school_year(day))["pupils"]
            rng = random.Random(f"{seed}:school_attendance:{school['id']}:{day.isoformat()}")
            share = rng.gauss(level.attendance, 0.008)
            if spring_tide(day) and school["name"] in FLOODED:
                share = FLOODED[school["name"]] + rng.uniform(-0.04, 0.03)
            present = binomial(rng, enrolled, min(0.999, share))
            items.append({
                "id": f"sa-{school['id']}-{day.isoformat()}",
                "school_id": school["id"],
                "school_name": school["name"],
                "level": school["kind"],
                "date": day.isoformat(),
                "ward": school["ward"],
                "enrolled": enrolled,
                "present": present,
                "absent": enrolled - present,
                "rate": round(100 * present / enrolled, 1),
                "updated_at": iso(at(day, ATTENDANCE_HOUR)),
                "deleted": False,
            })
    return items


def _published(year: int, kind: str) -> datetime:
    return at(date(year, 7, 15) if kind == GRADUATION else date(year, 6, 25), 10)


def build_exam_results(seed: int, atlas: Atlas, now: datetime, world: World) -> list[dict]:
    items = []
    for year in range(now.year - YEARS, now.year + 1):
        for school in schools(world):
            kind = {"THPT": GRADUATION, "THCS": ENTRANCE}.get(school["kind"])
            if kind is None or _published(year, kind) > now:
                continue
            rng = random.Random(f"{seed}:exam_results:{school['id']}:{year}")
            pupils = _stats(seed, school, year - 1)["pupils"]
            candidates = round(pupils / (3 if kind == GRADUATION else 4) * rng.uniform(0.93, 1))
            if kind == GRADUATION:
                gifted = "Chuyên" in school["name"]
                share = 1.0 if gifted else rng.uniform(0.975, 0.995)
                score = rng.uniform(7.4, 7.9) if gifted else rng.uniform(6.3, 6.9)
            else:
                share, score = rng.uniform(0.7, 0.84), rng.uniform(5.6, 6.8)
            passed = candidates if share >= 1 else binomial(rng, candidates, share)
            items.append({
                "id": f"ex-{school['id']}-{year}",
                "school_id": school["id"],
                "school_name": school["name"],
                "exam": kind,
                "exam_name": EXAMS[kind],
                "year": year,
                "ward": school["ward"],
                "candidates": candidates,
                "passed": passed,
                "pass_rate": round(100 * passed / candidates, 1),
                "average_score": round(score, 2),
                "updated_at": iso(_published(year, kind)),
                "deleted": False,
            })
    return items
