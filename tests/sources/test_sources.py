import gzip
import json

import pytest

from storygraph.sources import document_id, read
from storygraph.types import Document, Skipped


def _read(*paths):
    return list(read(paths))


def test_jsonl_keeps_ids_and_metadata(tmp_path):
    f = tmp_path / "a.jsonl"
    f.write_text(json.dumps({"id": "x1", "text": "Hello world.", "published": "2023-06-26",
                             "source": "TRT Afrika"}) + "\n")
    [doc] = _read(f)
    assert doc == Document(id="x1", text="Hello world.", published="2023-06-26",
                           source="TRT Afrika", origin=f"{f}:1", published_from="input")


def test_gzip_jsonl(tmp_path):
    f = tmp_path / "a.jsonl.gz"
    with gzip.open(f, "wt") as fh:
        fh.write(json.dumps({"id": "z", "text": "Zipped text."}) + "\n")
    assert [d.id for d in _read(f)] == ["z"]


def test_bad_lines_are_named_and_the_rest_is_kept(tmp_path):
    f = tmp_path / "mixed.jsonl"
    f.write_text("\n".join([
        json.dumps({"id": "a", "text": "First article."}),
        "{not json",
        json.dumps({"id": "b"}),
        json.dumps({"id": "c", "text": 5}),
        json.dumps({"id": "a", "text": "A different text under the same id."}),
        json.dumps({"id": "d", "text": "Fine.", "published": "last week"}),
        json.dumps(["a", "list"]),
        json.dumps({"id": "e", "text": "Last article."}),
        '{"id": "f", "text": ',
    ]) + "\n")
    got = _read(f)
    docs = [g.id for g in got if isinstance(g, Document)]
    skipped = {s.origin: s.reason for s in got if isinstance(s, Skipped)}
    assert docs == ["a", "e"]
    assert "invalid JSON" in skipped[f"{f}:2"]
    assert "no 'text'" in skipped[f"{f}:3"]
    assert "must be a string" in skipped[f"{f}:4"]
    assert "duplicate id 'a'" in skipped[f"{f}:5"]
    assert "not a date" in skipped[f"{f}:6"]
    assert "JSON object" in skipped[f"{f}:7"]
    # a line cut short: the column is the line's own, where its value is missing
    assert skipped[f"{f}:9"] == "invalid JSON (Expecting value at column 21)"


def test_same_id_same_text_passes_for_the_store_to_dedupe(tmp_path):
    line = json.dumps({"id": "a", "text": "Same."}) + "\n"
    (tmp_path / "1.jsonl").write_text(line)
    (tmp_path / "2.jsonl").write_text(line)
    assert [d.id for d in _read(tmp_path)] == ["a", "a"]


def test_empty_binary_non_utf8_and_missing_files(tmp_path):
    (tmp_path / "empty.jsonl").write_text("")
    (tmp_path / "blank.txt").write_text("  \n\n")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PNG\x00")
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 ol\xe9\n".encode("latin-1"))
    (tmp_path / "latin1.jsonl").write_bytes(b'{"id": "ok", "text": "fine"}\n{"text": "caf\xe9"}\n')
    (tmp_path / "broken.jsonl.gz").write_bytes(b"\x1f\x8b\x08\x00garbage")
    (tmp_path / "good.txt").write_text("A headline\n\nBody text of the article.")
    got = _read(tmp_path, tmp_path / "missing.jsonl")
    reasons = {s.origin: s.reason for s in got if isinstance(s, Skipped)}
    assert [d.title for d in got if isinstance(d, Document) and d.origin.endswith("good.txt")] == ["A headline"]
    assert reasons[str(tmp_path / "empty.jsonl")] == "empty file"
    assert reasons[str(tmp_path / "blank.txt")] == "empty file"
    assert "binary" in reasons[str(tmp_path / "binary.txt")]
    assert "not UTF-8" in reasons[f"{tmp_path / 'latin1.txt'}:1"]
    assert "not UTF-8" in reasons[f"{tmp_path / 'latin1.jsonl'}:2"]
    assert any("gzip" in r for o, r in reasons.items() if "broken" in o)
    assert "no such file" in reasons[str(tmp_path / "missing.jsonl")]
    assert [d.id for d in got if isinstance(d, Document) and d.id == "ok"] == ["ok"]


def test_unknown_file_type_and_empty_folder(tmp_path):
    (tmp_path / "sub").mkdir()
    f = tmp_path / "notes.docx"
    f.write_bytes(b"PK")
    reasons = {s.origin: s.reason for s in _read(f, tmp_path / "sub")}
    assert "unknown file type" in reasons[str(f)]
    assert "no .jsonl" in reasons[str(tmp_path / "sub")]


def test_text_ids_ignore_spacing():
    assert document_id("A  b\nc") == document_id("A b c")
    assert document_id("A b c") != document_id("A b d")


def test_dateline_supplies_published_when_none_given(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Mali approached Russian companies\n\n25 Sep 2021\n\nMali has asked ...")
    [doc] = _read(f)
    assert (doc.published, doc.published_from) == ("2021-09-25", "dateline")
    g = tmp_path / "b.jsonl"
    g.write_text(json.dumps({"text": "WASHINGTON, March 3, 2016 - Officials said."}) + "\n")
    [doc] = _read(g)
    assert doc.published == "2016-03-03"
    assert doc.id.startswith("doc-")


def test_html_main_text_and_metadata(tmp_path):
    page = tmp_path / "page.html"
    body = " ".join(["Russia's foreign minister said the talks would continue."] * 8)
    page.write_text(f"""<html><head><title>Talks go on | Example News</title>
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2023-02-07T10:00:00Z">
</head><body><nav>Home | World | Sport</nav>
<article><h1>Talks go on</h1><p>{body}</p><p>{body}</p></article>
<footer>Copyright Example News</footer></body></html>""")
    [doc] = _read(page)
    assert isinstance(doc, Document), doc
    assert "foreign minister" in doc.text and "Copyright" not in doc.text
    assert doc.published.startswith("2023-02-07")
    assert doc.source == "Example News"


@pytest.mark.parametrize("text, published", [
    ("Mali approached Russian companies\n\n25 Sep 2021\n\nMali has asked ...", "2021-09-25"),
    ("MOSCOW, SEPT. 25, 2021 (Reuters) - Russia said it would help.", "2021-09-25"),
    ("Published: 3 March 2016\nThe senator said.", "2016-03-03"),
    ("Updated 12 June 2020 14:05 GMT\nThe senator said.", "2020-06-12"),
    ("Monday, March 7, 2016\nThe senator said.", "2016-03-07"),
    # A date in a running sentence is what the article is about, not its own date.
    ("Troops fired on a peaceful demonstration at the plaza on Oct. 2, 1968, killing many.", None),
    ("Born in Luton, Bedfordshire, on 5 April 1920, Hailey was the only child.", None),
    ("Officials said, March 3, 2016 - was a turning point.", None),
])
def test_only_a_real_dateline_gives_the_publication_date(text, published):
    from storygraph.sources.dates import published_from_dateline
    assert published_from_dateline(text) == published


def test_reading_files_does_not_import_the_web_client():
    # httpx (0.05 s to import) comes with a Fetcher, not with every command that reads
    # files; a fresh interpreter, since this one's tests import it.
    import subprocess
    import sys
    out = subprocess.run([sys.executable, "-c", (
        "import sys, storygraph.sources, storygraph.sources.feeds, storygraph.pipeline\n"
        "print(sorted(m for m in ('httpx', 'urllib.robotparser') if m in sys.modules))")],
        capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
