"""The model's attribute ruler, matched by table lookups instead of spaCy's Matcher.

``en_core_web_sm``'s ``attribute_ruler`` maps tags to parts of speech and morphology and
fixes a few words ("'s", "n't" …) by 179 patterns. Almost all of them test one token for
equal attribute values ("TAG" is "NN"; "LOWER" is "ca" and "TAG" is "MD"), yet spaCy's
Matcher tries every pattern at every token, which took a tenth of the whole model's time
on news text. :func:`speed_up` gives the loaded ruler a ``match`` that finds those
single-token patterns (equalities, "IN" and "NOT_IN" sets of values) with one dictionary
lookup per token and pattern shape and leaves the others (several tokens, operators,
regular expressions) to a Matcher of their own. The matches, their order and so the
annotations are spaCy's: the ruler's own ``set_annotations`` applies them.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import product

from spacy.attrs import IDS
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.strings import get_string_id
from spacy.tokens import Doc

#: Token attributes whose equality a single-token pattern may test and ``Doc.to_array``
#: reads as the Matcher compares them: string hashes, or 0/1 for the flags (not POS,
#: whose pattern values the Matcher turns into part-of-speech ids).
LOOKUP_ATTRS = frozenset({"ORTH", "LOWER", "NORM", "TAG", "DEP", "IS_SPACE", "IS_PUNCT", "IS_DIGIT", "IS_ALPHA",
                          "IS_UPPER", "IS_LOWER", "IS_TITLE"})

Match = tuple[int, int, int, int]  # (pattern index, match id, start, end), as AttributeRuler.match gives
# (attribute ids looked up, their value combinations, excluded values by attribute): see _lookup
Lookup = tuple[tuple[int, ...], list[tuple[int, ...]], tuple[tuple[int, frozenset[int]], ...]]


class IndexedMatch:
    """A drop-in ``AttributeRuler.match``: single-token patterns of equalities and value
    sets by lookup, the rest by a :class:`spacy.matcher.Matcher` holding only them."""

    def __init__(self, ruler: object) -> None:
        vocab = ruler.vocab  # type: ignore[attr-defined]
        strings = vocab.strings
        self.rest = Matcher(vocab)
        # attribute ids tested for equality -> their values -> (pattern index, match id,
        # attribute values the token must not have)
        shapes: dict[tuple[int, ...], dict[tuple[int, ...], list[tuple[int, int, tuple]]]] = {}
        columns: set[int] = set()
        for i in range(len(ruler.attrs)):  # type: ignore[attr-defined]
            key = str(i)
            match_id = strings.add(key)
            complex_patterns = []
            for pattern in ruler.matcher.get(key)[1]:  # type: ignore[attr-defined]
                lookup = _lookup(pattern)
                if lookup is None:
                    complex_patterns.append(pattern)
                    continue
                attrs, combinations, excluded = lookup
                table = shapes.setdefault(attrs, {})
                for values in combinations:
                    table.setdefault(values, []).append((i, match_id, excluded))
                columns.update(attrs, (a for a, _ in excluded))
            if complex_patterns:
                self.rest.add(match_id, complex_patterns)
        self.shapes = list(shapes.items())
        self.columns = sorted(columns)
        self._strings = strings

    def __call__(self, doc: Doc) -> list[Match]:
        matches: list[Match] = []
        if len(doc) and self.shapes:
            rows = doc.to_array(self.columns).T.tolist()  # a list of attributes: one column each
            col = {a: rows[k] for k, a in enumerate(self.columns)}
            for attrs, table in self.shapes:
                for t, values in enumerate(zip(*(col[a] for a in attrs))):
                    hits = table.get(values)
                    if hits is not None:
                        matches.extend((i, m, t, t + 1) for i, m, excluded in hits
                                       if not any(col[a][t] in no for a, no in excluded))
        if len(self.rest):
            strings = self._strings
            matches.extend((int(strings[m]), m, s, e) for m, s, e in self.rest(doc, allow_missing=True))
        # A token that two patterns of one rule match is one match, as the Matcher gives it.
        return sorted(set(matches))


def _lookup(pattern: list[dict]) -> Lookup | None:
    """What a one-token pattern of equalities ("TAG": "NN"), value sets ("IN") and excluded
    values ("NOT_IN") tests: the attribute ids with an equality or set, sorted; every
    combination of their values (string hashes as the Matcher takes them); the excluded
    values by attribute. None for any other pattern (several tokens, operators, regular
    expressions, other predicates), and for one with no equality or set to look up."""
    if len(pattern) != 1 or not pattern[0]:
        return None
    allowed: dict[int, list[int]] = {}
    excluded: list[tuple[int, frozenset[int]]] = []
    for name, value in pattern[0].items():
        name = name.upper()
        if name not in LOOKUP_ATTRS:
            return None
        attr = IDS[name]
        if name.startswith("IS_"):
            if not isinstance(value, bool):
                return None
            allowed[attr] = [int(value)]
        elif isinstance(value, str):
            allowed[attr] = [get_string_id(value)]
        elif isinstance(value, dict) and len(value) == 1:
            (op, values), = value.items()
            if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
                return None
            if op == "IN":
                allowed[attr] = sorted({get_string_id(v) for v in values})
            elif op == "NOT_IN":
                excluded.append((attr, frozenset(get_string_id(v) for v in values)))
            else:
                return None  # REGEX, FUZZY, IS_SUBSET …
        else:
            return None
    if not allowed:
        return None
    attrs = tuple(sorted(allowed))
    return attrs, list(product(*(allowed[a] for a in attrs))), tuple(excluded)


def speed_up(nlp: Language) -> Callable[[Doc], list[Match]] | None:
    """Give ``nlp``'s ``attribute_ruler`` an :class:`IndexedMatch` (in place); returns it,
    or None when the pipeline has no attribute ruler."""
    if "attribute_ruler" not in nlp.pipe_names:
        return None
    ruler = nlp.get_pipe("attribute_ruler")
    ruler.match = IndexedMatch(ruler)  # type: ignore[method-assign]
    return ruler.match
