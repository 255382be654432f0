"""What the judged-sample gates share (test_gate_quotes_judged.py,
test_gate_relations_judged.py): the benchmark script of a stage, and a sample's articles
extracted afresh."""
import importlib.util
from pathlib import Path

from storygraph.pipeline import run_extract
from tests.conftest import ROOT


def script(name: str):
    """benchmarks/NAME.py as a module (the benchmarks are scripts, not a package)."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def extract_sample(module, sample: str, tmp: Path) -> dict:
    """The sample's articles run through the pipeline: doc id -> contract record."""
    source, records = tmp / "in.jsonl", tmp / "out.jsonl"
    module.main(["--sample", sample, "input", str(source)])
    run_extract([source], records, workers=1, quiet=True)
    return module.records(records, module.sample_ids(sample))
