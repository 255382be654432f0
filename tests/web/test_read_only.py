"""A store nobody may write to (a published archive) is still served, page by page."""
import os
import shutil
import subprocess

import pytest
from fastapi.testclient import TestClient

from storygraph.store import Store
from storygraph.web import create_app
from tests.web.test_app import PAGES, TEXT, _record


@pytest.fixture
def read_only_db(tmp_path):
    path = tmp_path / "ro.db"
    with Store(str(path)) as store:
        store.add([_record("d1", TEXT, "2021-09-25", "Al Jazeera"),
                   _record("d2", TEXT + " Again.", "2023-06-26", "TRT Afrika")])
    os.chmod(path, 0o444)
    immutable = False
    if os.access(path, os.W_OK):  # root writes whatever the mode says: make it immutable
        if shutil.which("chattr") is None or subprocess.run(
                ["chattr", "+i", str(path)], capture_output=True).returncode:
            pytest.skip("cannot take write permission away from this user (root without chattr)")
        immutable = True
    assert not os.access(path, os.W_OK)
    yield str(path)
    if immutable:
        subprocess.run(["chattr", "-i", str(path)])


def test_every_page_is_served_from_a_read_only_store(read_only_db):
    assert Store(read_only_db, create=False).read_only
    client = TestClient(create_app(read_only_db))
    for page in PAGES:
        assert client.get(page).status_code == 200, page
        json_page = page.replace("?", ".json?", 1) if "?" in page else (
            "/index.json" if page == "/" else page + ".json")
        assert client.get(json_page).status_code == 200, json_page
    assert not any(p.name.endswith(("-wal", "-shm")) for p in
                   __import__("pathlib").Path(read_only_db).parent.iterdir())
