"""The console script around the click group (``cli.run``)."""
import subprocess
import sys
from importlib.metadata import entry_points

_PROBE = """
import gc, sys
from storygraph.cli import run
before = gc.get_freeze_count()
sys.argv = ["storygraph"] + sys.argv[1:]
code = None
try:
    run()
except SystemExit as exc:
    code = exc.code
print(before, gc.get_freeze_count(), code)
"""


def _probe(*args) -> list[str]:
    out = subprocess.run([sys.executable, "-c", _PROBE, *args], capture_output=True,
                         text=True, check=True).stdout
    return out.splitlines()[-1].split()


def test_the_console_script_is_run():
    (script,) = [e for e in entry_points(group="console_scripts") if e.name == "storygraph"]
    assert script.value == "storygraph.cli:run"


def test_run_freezes_what_is_left_for_the_exit_and_keeps_the_exit_code():
    before, after, code = _probe("--version")
    assert before == "0" and int(after) > 0 and code == "0"
    before, after, code = _probe("no-such-command")
    assert before == "0" and int(after) > 0 and code == "2"
