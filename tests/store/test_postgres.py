"""The same store code on a real PostgreSQL server, started by the test on loopback."""
import glob
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest

from storygraph import query
from storygraph.store import Store
from tests.store.test_store import TEXT, record


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def pg_url(tmp_path_factory):
    bins = sorted(glob.glob("/usr/lib/postgresql/*/bin"))
    if not bins:
        pytest.skip("PostgreSQL is not installed (make test installs Debian's postgresql)")
    pytest.importorskip("psycopg", reason="psycopg is not installed")
    bin_dir = bins[-1]
    # Not under pytest's tmp dir: the server's user must be able to reach the folder.
    base = Path(tempfile.mkdtemp(prefix="storygraph-pg-"))
    data = base / "data"
    as_user = []
    if os.geteuid() == 0:  # initdb refuses to run as root: run the server as postgres
        if shutil.which("runuser") is None:
            pytest.skip("running as root without runuser: cannot start PostgreSQL")
        as_user = ["runuser", "-u", "postgres", "--"]
        os.chmod(base, 0o777)
    port = _free_port()
    init = subprocess.run(as_user + [f"{bin_dir}/initdb", "-D", str(data), "-A", "trust",
                                     "-U", "postgres", "--no-sync"], capture_output=True, text=True)
    if init.returncode:
        pytest.skip(f"initdb failed: {init.stderr.strip()[:200]}")
    start = subprocess.run(as_user + [f"{bin_dir}/pg_ctl", "-D", str(data), "-w", "-l",
                                      str(data / "log"), "-o",
                                      f"-p {port} -k {data} -c listen_addresses=127.0.0.1 -c fsync=off",
                                      "start"], capture_output=True, text=True)
    if start.returncode:
        pytest.skip(f"PostgreSQL did not start: {start.stderr.strip()[:200]}")
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(as_user + [f"{bin_dir}/pg_ctl", "-D", str(data), "-m", "immediate", "stop"],
                       capture_output=True)
        shutil.rmtree(base, ignore_errors=True)


def test_round_trip_dedupe_merge_and_search_on_postgres(pg_url):
    with Store(pg_url) as store:
        assert store.add([record()]) == (["d1"], [])
        _, [skip] = store.add([record()])
        assert skip.reason == "already stored"
        store.add([record("d2", TEXT + " Two.", "2023-02-07", lavrov="sergei-lavrov")],
                  merges={"sergei-lavrov": "sergey-lavrov"})
        [lavrov] = store.entities(label="PERSON")
        assert (lavrov["id"], lavrov["documents"]) == ("sergey-lavrov", 2)
        doc = query.document(store, "d1")
        assert doc["quotes"][0]["content_text"] == TEXT[19:51]
        assert query.search(store, "nothing")["documents"]
        assert [i.kind for i in query.timeline(store, "Sergey Lavrov")].count("quote") == 2
    # A second connection sees the same schema version and data.
    with Store(pg_url, create=False) as again:
        assert again.stats()["documents"] == 2
