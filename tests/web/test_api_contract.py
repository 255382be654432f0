"""The JSON API keeps the contract it publishes: schemathesis generates requests from
``/openapi.json`` (valid ones and, on purpose, invalid ones, and methods the schema does
not list) and checks every answer with all its default checks: no server error, only
documented status codes and content types, bodies that match the declared models,
invalid requests refused, valid ones accepted, 405 with ``Allow``.

Bounded and seeded so that a run is quick and the same each time."""
import re
import subprocess
import sys

import pytest
from fastapi.testclient import TestClient

from storygraph.store import Store
from storygraph.web import create_app
from tests.web.test_app import TEXT, _record
from tests.web.serving import served

#: Generated requests per operation and phase, and the seed: the run is quick and the
#: same each time (raise EXAMPLES, or drop the seed, to hunt).
EXAMPLES, SEED = 25, 19


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    db = str(tmp_path_factory.mktemp("contract") / "contract.db")
    with Store(db) as store:
        store.add([_record("d1", TEXT, "2021-09-25", "Al Jazeera"),
                   _record("d2", TEXT + " Again.", "2023-06-26", "TRT Afrika")])
    return create_app(db)


@pytest.fixture(scope="module")
def server(app):
    with served(app) as url:
        yield url


def test_schemathesis_finds_nothing(server, artifacts, tmp_path):
    """``st run`` as a developer would run it (docs/web.md), all default checks."""
    pytest.importorskip("schemathesis", reason="schemathesis comes with the test extra")
    run = subprocess.run(
        [sys.executable, "-m", "schemathesis.cli", "run", f"{server}/openapi.json",
         "--seed", str(SEED), "--max-examples", str(EXAMPLES), "--workers", "1",
         "--generation-database", "none", "--no-color"],
        capture_output=True, text=True, timeout=600, cwd=tmp_path)  # its cache goes there
    (artifacts / "schemathesis.txt").write_text(run.stdout + run.stderr)
    summary = run.stdout[run.stdout.rfind("SUMMARY"):]
    assert run.returncode == 0, run.stdout[-6000:] + run.stderr[-2000:]
    assert re.search(r"Tested: 11\b", summary), summary


def test_every_json_page_is_in_the_schema_with_its_errors(app):
    paths = TestClient(app).get("/openapi.json").json()["paths"]
    assert len(paths) == 11
    for path, item in paths.items():
        assert set(item) == {"get"}, path
        responses = item["get"]["responses"]
        assert {"200", "400"} <= set(responses), path
        assert ("422" in responses) == (path != "/index.json"), path
        assert ("404" in responses) == ("{" in path or path in ("/timeline.json",
                                                                 "/relations.json")), path
        assert responses["200"]["content"]["application/json"]["schema"], path
        for code in set(responses) - {"200"}:
            assert responses[code]["content"]["application/json"]["schema"] == {
                "$ref": "#/components/schemas/Problem"}


def test_head_where_get_and_allow_on_405(app):
    client = TestClient(app)
    for path in ["/index.json", "/", "/entities/sergey-lavrov", "/documents/d1.json"]:
        get, head = client.get(path), client.head(path)
        assert head.status_code == 200 and head.content == b""
        assert head.headers["content-type"] == get.headers["content-type"]
    for method in ["TRACE", "PUT", "POST", "DELETE", "OPTIONS"]:
        r = client.request(method, "/quotes.json")
        assert r.status_code == 405 and r.headers["allow"] == "GET, HEAD", method
        assert r.json() == {"error": f"{method} is not allowed here (allowed: GET, HEAD)",
                            "status": 405}


def test_every_page_answers_as_its_schema_says(app):
    """Each JSON page of test_app's list, checked against the model it publishes (the
    models document; routes answer with their own JSON, so this is what keeps them true)."""
    import jsonschema

    from tests.web.test_app import PAGES

    client = TestClient(app)
    spec = client.get("/openapi.json").json()
    templates = sorted(spec["paths"], key=len, reverse=True)  # framing before entity
    for page in PAGES:
        base, _, params = page.partition("?")
        url = ("/index" if base == "/" else base) + ".json" + ("?" + params if params else "")
        path = url.split("?")[0]
        template = next(t for t in templates
                        if re.fullmatch(re.sub(r"\{[^}]+\}", "[^/]+", t), path))
        r = client.get(url)
        schema = spec["paths"][template]["get"]["responses"][str(r.status_code)]
        schema = {**schema["content"]["application/json"]["schema"],
                  "components": spec["components"]}
        jsonschema.validate(r.json(), schema, cls=jsonschema.Draft202012Validator,
                            format_checker=jsonschema.FormatChecker())
