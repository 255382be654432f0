"""What the judged-sample scripts share (quotes_judged.py, relations_judged.py): the
bench corpus they sample, the records they read, the judgement files they append to.

Judgements hold document ids, offsets and short verdicts, never article text: the texts
are re-read from ../shared/data/bench/news.jsonl.gz.
"""
from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "data" / "bench" / "news.jsonl.gz"
#: Other outlets a sample may draw from (Reuters 1996 in AIDA/CoNLL's dev split; the
#: TempEval-3 news of 1989-1998), read the same way: ids and texts, never copied.
OUTLETS = {"aida": ROOT.parent / "shared" / "data" / "aida" / "dev.jsonl",
           "tempeval3": ROOT.parent / "shared" / "data" / "tempeval3" / "train.jsonl",
           # the eighth sample's: AIDA dev and TempEval-3 are spent by the first seven;
           # AIDA train is Reuters 1996 too (the names model read its names, no relation
           # trainer its text), PolNeAR dev US political newswire (no relation reader)
           "aida-train": ROOT.parent / "shared" / "data" / "aida" / "train.jsonl",
           "polnear": ROOT.parent / "shared" / "data" / "polnear" / "dev.jsonl.gz",
           # the eleventh sample's: PolNeAR dev is spent by the tenth; its train split is
           # the same US political newswire (only the quote cue trainer reads it)
           "polnear-train": ROOT.parent / "shared" / "data" / "polnear" / "train.jsonl.gz"}


def _open(path: Path):
    return gzip.open(path, "rt", encoding="utf-8") if path.suffix == ".gz" else \
        path.open(encoding="utf-8")


def outlet_ids(name: str) -> list[str]:
    """An outlet's document ids in line order."""
    with _open(OUTLETS[name]) as fh:
        return [json.loads(line)["id"] for line in fh if line.strip()]


def settings():
    sys.path.insert(0, str(ROOT / "src"))
    from storygraph.settings import Settings
    return Settings.load()


def corpus_ids() -> list[str]:
    """The corpus's document ids in line order (line index = position)."""
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        return [json.loads(line)["id"] for line in fh if line.strip()]


def texts(ids) -> dict:
    """id -> the corpus record, for the ids asked for."""
    want = set(ids)
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        rows = (json.loads(line) for line in fh if line.strip())
        out = {r["id"]: r for r in rows if r["id"] in want}
    for path in OUTLETS.values():
        if want - set(out) and path.exists():
            with _open(path) as fh:
                rows = (json.loads(line) for line in fh if line.strip())
                out.update({r["id"]: r for r in rows if r["id"] in want})
    return out


def write_input(ids, out) -> None:
    """The sampled documents as an input file for `storygraph extract`."""
    docs = texts(ids)
    with open(out, "w", encoding="utf-8") as fh:
        for doc_id in sorted(docs):
            fh.write(json.dumps(docs[doc_id], ensure_ascii=False) + "\n")


def records(path: Path, ids) -> dict:
    """id -> contract record for the sampled ids; exits when one is missing."""
    want = set(ids)
    out = {}
    with (gzip.open if str(path).endswith(".gz") else open)(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                r = json.loads(line)
                if r["id"] in want:
                    out[r["id"]] = r
    missing = want - set(out)
    if missing:
        sys.exit(f"{path}: {len(missing)} sampled documents missing, e.g. {sorted(missing)[0]}")
    return out


def read_judgements(folder: Path) -> Iterator[dict]:
    """Every judgement in the folder's JSON Lines files, in file then line order (so a
    later verdict on a key comes after an earlier one)."""
    for path in sorted(folder.glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    yield json.loads(line)


def tsv_rows(path: Path, least: int, want: str) -> Iterator[tuple[int, list[str]]]:
    """(line number, fields) of a judgement TSV, blank and # lines skipped; exits on a
    line with fewer than ``least`` fields (``want`` says which)."""
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) < least:
            sys.exit(f"{path}:{n}: want {want}")
        yield n, parts


def append_judgements(target: Path, rows: list[dict]) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("a", encoding="utf-8") as fh:
        for j in rows:
            fh.write(json.dumps(j, sort_keys=True) + "\n")
    print(f"{len(rows)} judgements appended to {target}", file=sys.stderr)
