"""Which data files of the libraries the bundle carries (used by isa_desk.spec).

Babel's CLDR data only for the locales ISA Desk names countries in (core.domain.countries:
German, English, Chinese, and traditional Chinese to recognise names written in Taiwan and
Hong Kong), with root, which every locale inherits from: about 0.6 MB instead of 35 MB.
pycountry's translations (22 MB) are left out: the names come from CLDR, pycountry gives the
codes and the official English names only.
"""

from __future__ import annotations

BABEL_DATA = "babel/locale-data/"
BABEL_LOCALES = ("root", "de", "en", "zh", "zh_Hant")
PYCOUNTRY_TRANSLATIONS = "pycountry/locales/"


def wanted(destination: str) -> bool:
    """False for a data file (its path inside the bundle) that ISA Desk never reads."""
    path = destination.replace("\\", "/")
    if path.startswith(PYCOUNTRY_TRANSLATIONS):
        return False
    if path.startswith(BABEL_DATA) and path.endswith(".dat"):
        return path[len(BABEL_DATA) : -len(".dat")] in BABEL_LOCALES
    return True
