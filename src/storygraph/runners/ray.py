"""Extraction on a Ray cluster: one actor per CPU, each holding the loaded pipeline.

The driver streams batches to the actors, at most a few per actor in flight so its
memory stays flat in corpus size, and yields the results in input order; resolution and
writing stay on the driver, through the same code as a local run, so the records are
the same. Each actor runs ``pipeline._run`` (the local workers' function), so a document
failing on an actor is a ``Skipped`` with the same reason as locally. An actor that dies
has its batch retried on another one (and is replaced); a batch that kills two actors is
retried one document at a time, and a document that then kills one more is reported
(only the batch an actor was running when it died is held to account; those queued
behind it go again).
"""
from __future__ import annotations

import logging
import os
from collections import deque
from typing import Iterable, Iterator, Optional

from ..errors import ClusterError
from ..types import Skipped

log = logging.getLogger(__name__)

INSTALL = "--ray needs Ray, an optional extra: pip install 'storygraph[ray]'"
#: Batches queued on one actor: one running and one waiting, so no actor idles while
#: the driver collects a result.
DEPTH = 2
#: Deaths a task may cause before it is split (a batch) or reported (one document).
DEATHS = 2


#: Seconds to wait for a dead actor's finished tasks' results before blaming one.
BLAME_WAIT = 30


def _import_ray():
    try:
        import ray
    except ImportError as exc:
        raise ClusterError(INSTALL) from exc
    return ray


class Extractor:
    """A Ray actor: the pipeline, loaded once, extracting batch after batch."""

    def __init__(self, model: Optional[str]):
        from .. import nlp as nlp_module
        from ..pipeline import _one_thread
        _one_thread()
        from ..nlp.languages import Pipelines
        self.nlp = Pipelines.around(nlp_module.load(model))

    def ready(self) -> int:
        return os.getpid()

    def run(self, batch: list) -> list:
        from ..pipeline import _run
        return _run(self.nlp, batch)


class RayRunner:
    """Extract on the Ray cluster at ``address`` (``auto``: join a local one or start it)."""

    actor_class = Extractor

    def __init__(self, address: str, model: Optional[str] = None,
                 actors: Optional[int] = None):
        ray = self.ray = _import_ray()
        self._started = not ray.is_initialized()
        if self._started:
            options = dict(logging_level=logging.WARNING, log_to_driver=False)
            try:
                if address == "auto":  # no address: join this machine's cluster or start one
                    ray.init(**options)
                else:
                    ray.init(address=address, **options)
            except (ConnectionError, RuntimeError, ValueError) as exc:
                raise ClusterError(f"cannot reach the Ray cluster at {address!r}: {exc}") from exc
        self.model = model
        cpus = int(ray.cluster_resources().get("CPU", 0))
        self.size = actors or max(cpus, 1)
        self._remote = ray.remote(num_cpus=1)(self.actor_class)
        self.replaced = 0     # actors started to replace dead ones
        self._load: dict = {}      # ready actor -> tasks queued on it
        self._starting: dict = {}  # ready() ref -> actor loading the pipeline
        for _ in range(self.size):  # they load the model while the driver reads inputs
            self._start()

    def _start(self) -> None:
        actor = self._remote.remote(self.model)
        self._starting[actor.ready.remote()] = actor

    def close(self) -> None:
        for actor in list(self._load) + list(self._starting.values()):
            try:
                self.ray.kill(actor)
            except Exception:  # already gone
                pass
        self._load.clear()
        self._starting.clear()
        if self._started and self.ray.is_initialized():
            self.ray.shutdown()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def map(self, batches: Iterable[list]) -> Iterator[list]:
        """Each batch's results, in input order, extracted on the cluster's actors."""
        ray = self.ray
        source = enumerate(batches)
        exhausted = False
        todo: deque = deque()      # tasks to send before new batches: (seq, offset, items, deaths)
        running: dict = {}         # ref -> (task, actor)
        queued: dict = {}          # actor -> its refs in submission order (run in that order)
        blamed: set = set()        # refs that were running when their actor died
        alone: set = set()         # actors running a last-chance document with nothing beside it
        load, starting = self._load, self._starting
        parts: dict = {}           # seq -> [results list, documents still out]
        next_seq = 0
        window = 2 * DEPTH * self.size  # batches out at once: bounds the driver's memory
        if not load and not starting:
            raise ClusterError("every Ray actor died: see the Ray logs on the cluster")
        try:
            while True:
                # Send work to the least loaded ready actors: retries first, then new batches.
                while load:
                    free = [a for a in load if a not in alone]
                    if not free:
                        break
                    actor = min(free, key=load.get)
                    if load[actor] >= DEPTH:
                        break
                    if todo and _last_chance(todo[0]):
                        # A document one death from being reported runs on an idle actor
                        # with nothing queued beside it, so a death is certainly its own:
                        # a task that finished just before another's death can lose its
                        # result with the process, and must not be blamed for it.
                        if load[actor]:
                            break
                        task = todo.popleft()
                        alone.add(actor)
                    elif todo:
                        task = todo.popleft()
                    elif not exhausted and len(parts) < window:
                        nxt = next(source, None)
                        if nxt is None:
                            exhausted = True
                            continue
                        seq, batch = nxt
                        parts[seq] = [list(batch), len(batch)]
                        task = (seq, 0, batch, 0)
                    else:
                        break
                    ref = actor.run.remote(task[2])
                    running[ref] = (task, actor)
                    queued.setdefault(actor, deque()).append(ref)
                    load[actor] += 1
                while next_seq in parts and parts[next_seq][1] == 0:
                    yield parts.pop(next_seq)[0]
                    next_seq += 1
                if exhausted and not parts:
                    return
                if not load and not starting:
                    raise ClusterError("every Ray actor died: see the Ray logs on the cluster")
                [ref], _ = ray.wait(list(running) + list(starting), num_returns=1)
                if ref in starting:
                    actor = starting.pop(ref)
                    try:
                        ray.get(ref)
                        load[actor] = 0
                    except ray.exceptions.RayActorError as exc:
                        if getattr(exc, "actor_init_failed", False):
                            # The constructor raised (no model, no storygraph on the node):
                            # every new actor would too.
                            raise ClusterError("the pipeline did not load on a Ray node: "
                                               f"{_first_line(exc)}") from exc
                        self._replace(actor)
                    continue
                task, actor = running.pop(ref)
                seq, offset, items, deaths = task
                isolated = actor in alone and _last_chance(task)
                alone.discard(actor)
                try:
                    out = ray.get(ref)
                except ray.exceptions.RayTaskError as exc:
                    # _run reports each document's own failure; this is the batch's.
                    out = [i if isinstance(i, Skipped) else
                           Skipped(i.origin or i.id, f"extraction failed on Ray: {exc}")
                           for i in items]
                except ray.exceptions.RayError as exc:
                    # The actor (or its node) died: retry its work, replace it.
                    log.warning("note: a Ray worker died (%s); its %d documents are retried "
                                "on another", type(exc).__name__, len(items))
                    if actor in load:
                        del load[actor]
                        blamed.add(_running_when_died(ray, queued.get(actor, ())))
                        self._replace(actor)
                    # Only the batch it was running counts a death: those queued behind
                    # it are innocent and simply go again.
                    deaths += isolated or ref in blamed
                    blamed.discard(ref)
                    if deaths >= DEATHS and len(items) == 1 and not isolated:
                        deaths = DEATHS - 1  # not known to be its own death: once more, alone
                    if deaths < DEATHS:
                        todo.append((seq, offset, items, deaths))
                    elif len(items) > 1:
                        todo.extend((seq, offset + i, [item], DEATHS - 1)
                                    for i, item in enumerate(items))
                    else:
                        item = items[0]
                        out = [item if isinstance(item, Skipped) else Skipped(
                            item.origin or item.id,
                            f"extraction failed: the Ray worker died twice on it ({type(exc).__name__})")]
                        self._fill(parts, seq, offset, out)
                    continue
                if actor in load:
                    load[actor] -= 1
                    queued[actor].remove(ref)
                self._fill(parts, seq, offset, out)
        finally:
            for ref, (_, actor) in running.items():  # a run given up: free its actors
                try:
                    ray.cancel(ref)
                except Exception:  # finished or gone meanwhile
                    pass
                if actor in load:
                    load[actor] = 0

    @staticmethod
    def _fill(parts: dict, seq: int, offset: int, out: list) -> None:
        part = parts[seq]
        part[0][offset:offset + len(out)] = out
        part[1] -= len(out)

    def _replace(self, actor) -> None:
        try:
            self.ray.kill(actor)
        except Exception:  # already gone
            pass
        if self.replaced < 4 * self.size + 4:  # a cluster losing every actor stops the run
            self.replaced += 1
            self._start()


def _last_chance(task) -> bool:
    """A single document whose next death reports it."""
    return len(task[2]) == 1 and task[3] >= DEATHS - 1


def _running_when_died(ray, refs):
    """Of a dead actor's tasks, in the order it ran them, the first that did not finish."""
    for ref in refs:
        try:
            # Not timeout=0: on a busy machine a task that finished before the death may not
            # have its result in the object store yet, and would be blamed. Once the death is
            # known, every unfinished task's error is immediate.
            ray.get(ref, timeout=BLAME_WAIT)
        except Exception:  # its error (or, after the wait, no result): the one running
            return ref
    return None


def _first_line(exc) -> str:
    lines = [line for line in str(exc).splitlines() if line.strip()]
    errors = [line for line in lines if "Error:" in line]
    return (errors or lines or [type(exc).__name__])[-1].strip()
