"""The indexed attribute ruler gives spaCy's matches and so spaCy's annotations."""

from __future__ import annotations

import numpy as np
import pytest
import spacy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, NORM, POS, TAG

from geostrike.attribute_ruler import IndexedMatch, speed_up

# Overlapping rules: a later pattern overrides an earlier one on the same token, as in spaCy.
PATTERNS = [
    {"patterns": [[{"LOWER": "struck"}]], "attrs": {"NORM": "strike", "LEMMA": "strike"}},
    {"patterns": [[{"LOWER": {"IN": ["drones", "uavs"]}}]], "attrs": {"NORM": "drone"}},
    {"patterns": [[{"LOWER": {"IN": ["drones", "missiles"]}, "IS_TITLE": True}]], "attrs": {"LEMMA": "Weapon"}},
    {"patterns": [[{"IS_DIGIT": True, "ORTH": {"NOT_IN": ["0", "1"]}}]], "attrs": {"NORM": "NUMBER"}},
    {"patterns": [[{"LOWER": {"REGEX": "^kh.*v$"}}]], "attrs": {"NORM": "kh-town"}},
    {"patterns": [[{"LOWER": "air"}, {"LOWER": "defence"}]], "attrs": {"LEMMA": "AD"}, "index": 1},
    {"patterns": [[{"IS_PUNCT": True, "ORTH": {"NOT_IN": ["."]}}], [{"ORTH": "!"}]], "attrs": {"NORM": "PUNCT"}},
    {"patterns": [[{"LOWER": "struck", "IS_LOWER": True}]], "attrs": {"LEMMA": "hit"}},
    {"patterns": [[{"LOWER": {"IN": ["on", "at"]}}, {"IS_TITLE": True, "OP": "+"}]], "attrs": {"NORM": "PREP"}},
]
TEXTS = [
    "Drones struck Kharkiv at night; air defence shot down 12 of 15 UAVs, 0 got through!",
    "⚡️ MISSILES struck Kyiv!!! 1 killed, 3 injured — Struck again at 05:40.",
    "On Sunday Russian forces struck Kherson and Kharkiv with drones, missiles and 2 guided bombs.",
    "",
]


def _annotated(docs):
    return [d.to_array([NORM, LEMMA]) if len(d) else None for d in docs]


def test_the_same_matches_and_attributes_as_spacy_on_a_blank_pipeline():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns(PATTERNS)
    stock = [ruler.match(nlp.make_doc(t)) for t in TEXTS]
    before = [ruler(nlp.make_doc(t)) for t in TEXTS]
    indexed = speed_up(nlp)
    assert isinstance(indexed, IndexedMatch) and ruler.match is indexed
    # the regular expression and the two patterns of several tokens stay with a Matcher
    assert len(indexed.rest) == 3
    assert [ruler.match(nlp.make_doc(t)) for t in TEXTS] == stock
    after = [ruler(nlp.make_doc(t)) for t in TEXTS]
    for a, b in zip(_annotated(before), _annotated(after)):
        assert (a is None and b is None) or np.array_equal(a, b)
    doc = after[0]
    # spot checks that the rules did apply: the later "IS_LOWER" rule overrides "strike"
    assert [t.lemma_ for t in doc if t.lower_ == "struck"] == ["hit"]
    assert doc[0].norm_ == "drone" and doc[0].lemma_ == "Weapon"
    assert [t.norm_ for t in doc if t.like_num] == ["NUMBER", "NUMBER", "0"]
    assert doc[2].norm_ == "kh-town" and doc[7].lemma_ == "AD"


def test_a_pipeline_without_attribute_ruler_is_left_alone():
    assert speed_up(spacy.blank("en")) is None


@pytest.mark.slow
def test_geostrike_model_annotates_as_the_stock_model(repo):
    from geostrike.read import read_articles
    from geostrike.recognize import MODEL_NAME, load_model

    ours, stock = load_model(), spacy.load(MODEL_NAME)
    fast, slow = ours.get_pipe("attribute_ruler"), stock.get_pipe("attribute_ruler")
    assert isinstance(fast.match, IndexedMatch) and not isinstance(slow.match, IndexedMatch)
    # only patterns of several tokens or with a regular expression are left to a Matcher
    for key in range(len(fast.attrs)):
        if str(key) in fast.match.rest:
            for pattern in fast.match.rest.get(str(key))[1]:
                assert len(pattern) > 1 or any(isinstance(v, dict) and "REGEX" in v for v in pattern[0].values())
    texts = [a.text for a in read_articles([repo / "examples"])] + TEXTS[:3]
    cols = [TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE]
    for text in texts:
        # the same tokens, tags and parse before the ruler; then each ruler on a copy
        with ours.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
            doc = ours(text)
        assert fast.match(doc) == slow.match(doc), text[:60]
        a, b = fast(doc.copy()), slow(doc.copy())
        assert np.array_equal(a.to_array(cols), b.to_array(cols)), text[:60]
        assert any(t.pos_ for t in a)
