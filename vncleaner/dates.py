"""Dates and times as Vietnamese pages print them, parsed to aware datetimes.

Pages give local time: a date without a zone is taken as UTC+7 (ANNOTATION.md).
Day comes before month ("05/08/2020" is 5 August) unless that cannot be a date
and the other order can ("1/31/2017", as some overseas sites print it).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

VIETNAM = timezone(timedelta(hours=7), "UTC+07:00")

# 05/08/2020, 5-8-2020, 05.08.2020; the year may run into the time ("201700:03:00").
_DMY = r"(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>(?:19|20)\d{2})"
_ISO = r"(?P<iy>(?:19|20)\d{2})-(?P<im>\d{2})-(?P<id>\d{2})"
_WORDS = r"ngày\s+(?P<wd>\d{1,2})\s+tháng\s+(?P<wm>\d{1,2})\s+năm\s+(?P<wy>(?:19|20)\d{2})"
# English month names, as CMS themes built abroad print them: "Apr 14, 2025", "14 April 2025".
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = rf"(?:{'|'.join(_MONTHS)})[a-z]*\.?"
_MDY = rf"(?P<em>{_MONTH})\s+(?P<ed>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<ey>(?:19|20)\d{{2}})"
_DMY_NAMED = rf"(?P<nd>\d{{1,2}})\s+(?P<nm>{_MONTH}),?\s+(?P<ny>(?:19|20)\d{{2}})"
# Vietnamese month names, as WordPress prints them in Vietnamese: "Tháng Hai 13, 2023",
# "13 Tháng Hai, 2023".
_VI_MONTHS = ("một", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười")
_VI_MONTH = r"tháng\s+(?:mười\s+(?:một|hai)|một|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười)"
_VI_MDY = rf"(?P<vm>{_VI_MONTH})\s+(?P<vd>\d{{1,2}}),?\s+(?P<vy>(?:19|20)\d{{2}})"
# The day first, the month may be its number too: "08 tháng 10, 2025".
_VI_DMY = rf"(?P<xd>\d{{1,2}})\s+(?P<xm>{_VI_MONTH}|tháng\s+\d{{1,2}}),?\s+(?P<xy>(?:19|20)\d{{2}})"
# Day, month and year parted by spaces alone, trusted only with the time after them
# ("thứ hai, 05 08 2019 10:41").
_SPACED = r"(?P<sd>\d{2}) (?P<sm>\d{2}) (?P<sy>(?:19|20)\d{2})(?= \d{1,2}:\d{2})"
DATE = re.compile(
    rf"(?i)(?<!\d)(?:{_ISO}|{_DMY}|{_WORDS}|{_DMY_NAMED}|{_VI_DMY}|{_SPACED})|\b{_MDY}|\b{_VI_MDY}"
)
# 14:50, 11h58, 00:03:00; a lookahead keeps "2017" of "201700:03" out of the hour.
TIME = re.compile(
    r"(?:(?<![\d:])|(?<=(?:19|20)\d\d))(?P<h>[01]?\d|2[0-3])\s*[:h]\s*(?P<mi>[0-5]\d)(?::[0-5]\d)?(?![\d:])"
)
ZONE = re.compile(r"(?i)(?:GMT|UTC)\s*(?P<sign>[+-])\s*(?P<zh>\d{1,2})(?::?(?P<zm>\d{2}))?")
# What may stand on a dateline besides the date: weekdays, zone, "Cập nhật", counters.
DATELINE_WORDS = re.compile(
    r"(?i)\b(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)|chủ\s+nhật|cập\s+nhật|đăng"
    r"|ngày|lúc|giờ|sáng|chiều|tối|view|views|xem|lượt xem|GMT|UTC|am|pm)\b"
)


@dataclass(frozen=True)
class FoundDate:
    """A date found in a line: the datetime, whether a time was given, and its span."""

    value: datetime
    has_time: bool
    start: int
    end: int


def _ymd(match: re.Match[str]) -> tuple[int, int, int]:
    for year_group, month_group, day_group, number in _ORDERED_FORMS:
        if match[year_group]:
            return int(match[year_group]), number(match[month_group]), int(match[day_group])
    # "05/08/2020": day first, unless only the other order makes a date.
    day, month = int(match["d"]), int(match["m"])
    if month > 12 >= day:
        day, month = month, day
    return int(match["y"]), month, day


def _month(name: str) -> int:
    """The number of an English month's name or abbreviation ("Apr", "April", "Sept.")."""
    return _MONTHS.index(name[:3].lower()) + 1


def _vi_month(name: str) -> int:
    """The number of a Vietnamese month's name ("Tháng Hai" 2, "tháng Mười Một" 11) or
    figure ("tháng 10" 10)."""
    words = name.lower().split()[1:]
    if words[0].isdigit():
        return int(words[0])
    if len(words) == 2:
        return 11 if words[1] == "một" else 12
    return 4 if words[0] == "bốn" else _VI_MONTHS.index(words[0]) + 1


# The year, month and day groups of each form whose order is certain, and how to
# number the month it names.
_ORDERED_FORMS: tuple[tuple[str, str, str, Callable[[str], int]], ...] = (
    ("iy", "im", "id", int),
    ("wy", "wm", "wd", int),
    ("sy", "sm", "sd", int),
    ("ey", "em", "ed", _month),
    ("ny", "nm", "nd", _month),
    ("vy", "vm", "vd", _vi_month),
    ("xy", "xm", "xd", _vi_month),
)


def _zone(text: str) -> timezone:
    match = ZONE.search(text)
    if not match:
        return VIETNAM
    offset = timedelta(hours=int(match["zh"]), minutes=int(match["zm"] or 0))
    return timezone(-offset if match["sign"] == "-" else offset)


def find_date(text: str) -> FoundDate | None:
    """The first valid date in ``text``, with the time next to it when there is one.

    >>> find_date("09:43 | 04/09/2025 GMT+7").value.isoformat()
    '2025-09-04T09:43:00+07:00'
    >>> find_date("1/31/201700:03:00(View: 9462)").value.isoformat()
    '2017-01-31T00:03:00+07:00'
    >>> find_date("Apr 14, 2025").value.isoformat(), find_date("3 March 2024").value.isoformat()
    ('2025-04-14T00:00:00+07:00', '2024-03-03T00:00:00+07:00')
    >>> find_date("admin · Tháng Hai 13, 2023 · Comments off").value.isoformat()
    '2023-02-13T00:00:00+07:00'
    >>> find_date("Văn hóa Xã hội thứ hai, 05 08 2019 10:41").value.isoformat()
    '2019-08-05T10:41:00+07:00'
    >>> find_date("Tổ 05 08 2019 người") is None
    True
    """
    for match in DATE.finditer(text):
        try:
            day = datetime(*_ymd(match), tzinfo=_zone(text))
        except ValueError:
            continue
        clock = _nearest_time(text, match.start(), match.end())
        if clock is None:
            return FoundDate(day, False, match.start(), match.end())
        hour, minute, start, end = clock
        value = day.replace(hour=hour, minute=minute)
        return FoundDate(value, True, min(start, match.start()), max(end, match.end()))
    return None


def _nearest_time(text: str, start: int, end: int) -> tuple[int, int, int, int] | None:
    """A time within 25 characters of the date span, the closest one."""
    best: tuple[int, int, int, int] | None = None
    best_distance = 26
    for match in TIME.finditer(text):
        distance = max(start - match.end(), match.start() - end, 0)
        if distance < best_distance and not (start <= match.start() < end):
            best_distance = distance
            best = (int(match["h"]), int(match["mi"]), match.start(), match.end())
    return best
