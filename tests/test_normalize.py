"""Name keys: the same place under its transliteration variants meets itself."""

import pytest

from geostrike.normalize import is_latin_name, name_key, translit_key


@pytest.mark.parametrize("a,b", [
    ("Zaporizhia", "Zaporizhzhya"), ("Zaporizhzhia", "Zaporizhia"), ("Zaporozhye", "Zaporozh'ye"),
    ("Oryol", "Orël"), ("Orel", "Oryol"), ("Odessa", "Odesa"), ("Kostiantynivka", "Kostyantynivka"),
])
def test_transliteration_variants_share_a_key(a, b):
    assert translit_key(a) == translit_key(b)


@pytest.mark.parametrize("a,b", [("Kyiv", "Kharkiv"), ("Kursk", "Kursa"), ("Belgorod", "Belgrade")])
def test_different_places_keep_different_keys(a, b):
    assert translit_key(a) != translit_key(b)


@pytest.mark.parametrize("raw,key", [
    ("Orël", "orel"), ("Kurs'k", "kursk"), ("Kurs’k", "kursk"), ("St. Petersburg", "saint petersburg"),
    ("Engels-2", "engels 2"), ("  Nova   Kakhovka ", "nova kakhovka"), ("KYIV", "kyiv"),
])
def test_name_key_folds_case_diacritics_apostrophes_hyphens(raw, key):
    assert name_key(raw) == key


def test_latin_filter_drops_romanised_cjk_and_other_scripts():
    assert is_latin_name("Kharkiv")
    assert is_latin_name("Orël")
    assert not is_latin_name("ku er si ke")  # lower-case romanisation
    assert not is_latin_name("Харків")
