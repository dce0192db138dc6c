"""Display texts for stored values: countries, regions, dates, flags and key names.

The database keeps plain codes ("DE", "Bayern"); the window shows them in the chosen
language. The labels of enumeration codes ("member") are in core.domain.labels. Dates are
written by core's one rule per language (core.domain.dates): 18.03.2027 in German,
18/03/2027 in English, 2027-03-18 in Chinese, in every list, heading and dialog alike.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QKeySequence

from isa_desk.core.domain import countries
from isa_desk.core.domain.labels import yes

translate = QCoreApplication.translate


def current_language() -> str:
    """The UI language as one of de, en, zh (from the default locale set at start)."""
    name = QLocale().name().lower()
    for code in ("zh", "en", "de"):
        if name.startswith(code):
            return code
    return "de"


def country_name(code: str | None) -> str:
    """A country's name in the UI language, as the office chose to show it (the database's
    choice, see core.services.country_names); the code itself when it is not known."""
    if not code:
        return ""
    return countries.country_name(code, current_language())


# Chinese names of the regions stored in Latin script, for a Chinese user interface.
REGION_NAMES_ZH = {
    "Anhui": "安徽",
    "Beijing": "北京",
    "Chongqing": "重庆",
    "Fujian": "福建",
    "Gansu": "甘肃",
    "Guangdong": "广东",
    "Guangxi": "广西",
    "Guizhou": "贵州",
    "Hainan": "海南",
    "Hebei": "河北",
    "Heilongjiang": "黑龙江",
    "Henan": "河南",
    "Hubei": "湖北",
    "Hunan": "湖南",
    "Inner Mongolia": "内蒙古",
    "Jiangsu": "江苏",
    "Jiangxi": "江西",
    "Jilin": "吉林",
    "Liaoning": "辽宁",
    "Ningxia": "宁夏",
    "Qinghai": "青海",
    "Shaanxi": "陕西",
    "Shandong": "山东",
    "Shanghai": "上海",
    "Shanxi": "山西",
    "Sichuan": "四川",
    "Tianjin": "天津",
    "Tibet": "西藏",
    "Xinjiang": "新疆",
    "Yunnan": "云南",
    "Zhejiang": "浙江",
    "Baden-Württemberg": "巴登-符腾堡州",
    "Bayern": "巴伐利亚州",
    "Berlin": "柏林",
    "Brandenburg": "勃兰登堡州",
    "Bremen": "不来梅",
    "Hamburg": "汉堡",
    "Hessen": "黑森州",
    "Mecklenburg-Vorpommern": "梅克伦堡-前波美拉尼亚州",
    "Niedersachsen": "下萨克森州",
    "Nordrhein-Westfalen": "北莱茵-威斯特法伦州",
    "Rheinland-Pfalz": "莱茵兰-普法尔茨州",
    "Saarland": "萨尔州",
    "Sachsen": "萨克森州",
    "Sachsen-Anhalt": "萨克森-安哈尔特州",
    "Schleswig-Holstein": "石勒苏益格-荷尔斯泰因州",
    "Thüringen": "图林根州",
}


def region_name(region: str | None) -> str:
    """A federal state or province as stored; in Chinese when the UI speaks Chinese."""
    if not region:
        return ""
    if current_language() == "zh":
        return REGION_NAMES_ZH.get(region, region)
    return region


def date_text(value: dt.date | dt.datetime | None) -> str:
    """A date (with its time, for a date-time) the way the UI language writes it."""
    from isa_desk.core.domain import dates  # babel's calendars, not needed at start

    if isinstance(value, dt.datetime):
        return dates.format_datetime(value, current_language())
    return dates.format_date(value, current_language())


def shortcut_text(keys: str) -> str:
    """A shortcut as the UI language names its keys ("Strg+1" in German)."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


def yes_no(value: bool | None) -> str:
    return yes() if value else ""


def unknown_region() -> str:
    return translate("Labels", "(not stated)")
