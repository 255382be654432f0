"""Exports: entities and relations as GraphML (Gephi, Cytoscape), the whole store as
contract JSON Lines or as one CSV file per table."""
from __future__ import annotations

import csv
import json
import xml.etree.ElementTree as ET
from pathlib import Path

from .errors import StorygraphError

FORMATS = ("graphml", "jsonl", "csv")
_GRAPHML = "http://graphml.graphdrawing.org/xmlns"


def write(store, fmt: str, output: Path) -> str:
    """Write the export and say what was written ("12 nodes, 30 edges to x.graphml")."""
    output = Path(output)
    if fmt == "graphml":
        return _graphml(store, output)
    if fmt == "jsonl":
        return _jsonl(store, output)
    if fmt == "csv":
        return _csv(store, output)
    raise StorygraphError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")


def _graphml(store, output: Path) -> str:
    ET.register_namespace("", _GRAPHML)
    root = ET.Element(f"{{{_GRAPHML}}}graphml")
    keys = [("name", "node", "string"), ("label", "node", "string"), ("mentions", "node", "int"),
            ("documents", "node", "int"), ("type", "edge", "string"), ("negated", "edge", "boolean"),
            ("evidence", "edge", "string"), ("doc_id", "edge", "string"), ("date", "edge", "string"),
            ("weight", "edge", "int")]
    for name, where, kind in keys:
        ET.SubElement(root, f"{{{_GRAPHML}}}key", id=f"{where[0]}_{name}", attrib={
            "for": where, "attr.name": name, "attr.type": kind})
    graph = ET.SubElement(root, f"{{{_GRAPHML}}}graph", id="storygraph", edgedefault="directed")

    def data(parent, key, value):
        if value is not None:
            ET.SubElement(parent, f"{{{_GRAPHML}}}data", key=key).text = str(value).lower() \
                if isinstance(value, bool) else str(value)

    relations = [r for r in store.relations() if r["source_entity"] and r["target_entity"]]
    pairs = store.entity_pairs(limit=100_000)
    ids = ({r["source_entity"] for r in relations} | {r["target_entity"] for r in relations}
           | {p["a"] for p in pairs} | {p["b"] for p in pairs})
    nodes = store.entities_by_id(sorted(ids))
    for eid in sorted(nodes):
        n = nodes[eid]
        node = ET.SubElement(graph, f"{{{_GRAPHML}}}node", id=eid)
        for key in ("name", "label", "mentions", "documents"):
            data(node, f"n_{key}", n[key])
    edges = 0
    for i, r in enumerate(relations):
        if r["source_entity"] not in nodes or r["target_entity"] not in nodes:
            continue
        edge = ET.SubElement(graph, f"{{{_GRAPHML}}}edge", id=f"r{r['id']}",
                             source=r["source_entity"], target=r["target_entity"])
        for key, value in (("type", r["type"]), ("negated", bool(r["negated"])),
                           ("evidence", r["evidence_text"]), ("doc_id", r["doc_id"]),
                           ("date", r["date"]), ("weight", 1)):
            data(edge, f"e_{key}", value)
        edges += 1
    for p in pairs:
        if p["a"] in nodes and p["b"] in nodes:
            edge = ET.SubElement(graph, f"{{{_GRAPHML}}}edge", id=f"c-{p['a']}-{p['b']}",
                                 source=p["a"], target=p["b"])
            data(edge, "e_type", "CO_OCCURS")
            data(edge, "e_weight", p["documents"])
            edges += 1
    ET.ElementTree(root).write(output, encoding="utf-8", xml_declaration=True)
    return f"{len(nodes)} nodes, {edges} edges to {output}"


def _record(doc: dict) -> dict:
    """A stored document as a contract-v1 record (with storygraph's extra keys)."""
    def span(row, prefix):
        if row.get(f"{prefix}_start") is None:
            return None
        return {"start": row[f"{prefix}_start"], "end": row[f"{prefix}_end"],
                "text": row[f"{prefix}_text"]}

    return {
        "id": doc["id"], "text": doc["text"], "published": doc["published"],
        "source": doc["source"], "title": doc["title"], "url": doc["url"],
        "entities": [{"start": m["start"], "end": m["end"], "text": m["text"],
                      "label": m["label"], "entity": m["entity_id"]} for m in doc["entities"]],
        "quotes": [{"content": span(q, "content"), "speaker": span(q, "speaker"),
                    "speaker_entity": q["speaker_entity"], "cue": span(q, "cue"),
                    "kind": q["kind"], "addressee": span(q, "addressee"),
                    "date": q["date"], "date_from": q["date_from"],
                    "attribution": q.get("attribution"), "confidence": q.get("confidence"),
                    "asides": [{"start": a, "end": b, "text": doc["text"][a:b]}
                               for a, b in q.get("asides") or ()]} for q in doc["quotes"]],
        "timexes": [{"start": t["start"], "end": t["end"], "text": t["text"], "type": t["type"],
                     "value": t["value"]} for t in doc["timexes"]],
        "relations": [{"type": r["type"], "source_entity": r["source_entity"],
                       "target_entity": r["target_entity"], "content": span(r, "content"),
                       "evidence": span(r, "evidence"), "negated": bool(r["negated"]),
                       "reporter_entity": r["reporter_entity"], "date": r["date"],
                       "date_from": r["date_from"]} for r in doc["relations"]],
    }


def _documents(store):
    offset = 0
    while True:
        page = store.documents(limit=500, offset=offset)
        if not page:
            return
        for row in page:
            yield store.document(row["id"])
        offset += len(page)


def _jsonl(store, output: Path) -> str:
    n = 0
    with open(output, "w", encoding="utf-8") as fh:
        for doc in _documents(store):
            fh.write(json.dumps(_record(doc), ensure_ascii=False) + "\n")
            n += 1
    return f"{n} documents to {output}"


def _csv(store, output: Path) -> str:
    output.mkdir(parents=True, exist_ok=True)
    tables = {name: store.table_rows(name) for name in store.EXPORT_TABLES}
    for name, rows in tables.items():
        with open(output / f"{name}.csv", "w", newline="", encoding="utf-8") as fh:
            columns = store.table_columns(name)
            writer = csv.DictWriter(fh, fieldnames=columns)
            writer.writeheader()
            for row in rows:
                writer.writerow(row)
    return f"{len(tables)} tables to {output}/"
