"""The ``storygraph`` command: thin click commands over the library.

Every StorygraphError becomes one clear line on stderr and exit code 2; a run that had
to skip inputs ends with a summary and exit code 1.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import click

from . import query
from .errors import StorygraphError
from .settings import Settings

EXIT_SKIPPED, EXIT_ERROR = 1, 2


class Group(click.Group):
    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except StorygraphError as exc:
            click.echo(f"storygraph: {exc}", err=True)
            ctx.exit(EXIT_ERROR)


def db_option(f):
    return click.option("--db", envvar="STORYGRAPH_DB", default=Settings.DEFAULT_DB_PATH,
                        show_default=True, metavar="PATH|URL",
                        help="SQLite file or database URL (env STORYGRAPH_DB).")(f)


def json_option(f):
    return click.option("--json", "as_json", is_flag=True, help="Print JSON for machines.")(f)


def page_options(default: Optional[int]):
    """--limit and --offset: a listing's page, as the web app pages it."""
    def wrap(f):
        f = click.option("--offset", type=click.IntRange(0), default=0, show_default=True,
                         help="Skip this many first.")(f)
        return click.option("--limit", type=click.IntRange(1), default=default,
                            show_default=default is not None,
                            help="At most this many" + ("" if default else " (default: all)") + ".")(f)
    return wrap


def run_options(f):
    f = click.option("--quiet", "-q", is_flag=True, help="No progress bar.")(f)
    f = click.option("--workers", "-w", type=click.IntRange(1, 64), default=1, show_default=True,
                     help="Worker processes for extraction.")(f)
    f = click.option("--model", envvar="STORYGRAPH_MODEL", default=None,
                     help="spaCy model package (env STORYGRAPH_MODEL).")(f)
    return f


def web_options(f):
    f = click.option("--allow-private", is_flag=True, default=None,
                     help="Fetch from loopback and private addresses too "
                          "(env STORYGRAPH_ALLOW_PRIVATE=1).")(f)
    f = click.option("--contact", metavar="EMAIL|URL", default=None,
                     help="Put in the user agent, so sites can reach you (env STORYGRAPH_CONTACT).")(f)
    f = click.option("--delay", type=click.FloatRange(0), default=None, metavar="SECONDS",
                     help="Seconds between two requests to one host (default 1).")(f)
    return f


def lang_option(f):
    return click.option("--lang", metavar="CODE",
                        help="Only documents in this language (ISO 639-1: en, fr).")(f)


def threshold_option(f):
    """--threshold for shifts and disputes: the lowest pair confidence shown."""
    return click.option("--threshold", type=click.FloatRange(0, 1), default=None,
                        help="Lowest confidence shown (default: the tuned one, "
                             "see docs/shifts.md).")(f)


def ray_option(f):
    return click.option("--ray", "ray", metavar="ADDRESS", envvar="STORYGRAPH_RAY", default=None,
                        help="Extract on the Ray cluster at ADDRESS (host:port; 'auto' joins "
                             "or starts a local one); needs storygraph[ray].")(f)


def _web_settings(allow_private, contact, delay):
    from .settings import WebSettings
    return WebSettings.load(allow_private=allow_private or None, contact=contact,
                            per_host_delay=delay)


def _open(db: str, create: bool = False):
    from .store import Store
    return Store(db, create=create)


def _emit_json(data) -> None:
    click.echo(json.dumps(query.to_json(data), ensure_ascii=False, indent=2, default=str))


@click.group(cls=Group)
@click.version_option(package_name="storygraph")
def main():
    """Turn news articles into an evidence-linked story graph."""


def run() -> None:
    """The ``storygraph`` console script: ``main``, then everything still alive frozen
    out of the cyclic collector's reach for the interpreter's exit.

    The interpreter collects once more as it ends, walking every model table and
    gazetteer entry it is about to free anyway: 0.2 s of each run's end (bench articles,
    one worker or two; 0.04 s frozen). Objects are still freed as before; only cycles
    left among them are not collected first, and the commands close their own files and
    stores."""
    import gc
    try:
        main()
    finally:
        gc.freeze()


# INPUTS are plain strings: a click.Path would turn "https://x" into "https:/x".
@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write JSON Lines here (default: standard output).")
@click.option("--all-relations", is_flag=True,
              help="Write every relation, not only those above the relation threshold.")
@run_options
@web_options
@ray_option
def extract(inputs, output, all_relations, workers, model, quiet, allow_private, contact, delay,
            ray):
    """Extract contract-v1 records from INPUTS: .jsonl[.gz], .txt, .html, folders, and
    URLs of articles, feeds (RSS, Atom, JSON Feed) and sitemaps, or files listing URLs."""
    from .pipeline import run_extract
    summary = run_extract(inputs, output, workers=workers, model=model, quiet=quiet,
                          web_settings=_web_settings(allow_private, contact, delay),
                          min_relation_confidence=0.0 if all_relations else None, ray=ray)
    _finish(summary, "written")


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@db_option
@click.option("--batch-size", type=click.IntRange(1, 10_000), default=64, show_default=True,
              help="Documents per transaction.")
@run_options
@web_options
@ray_option
def ingest(inputs, db, batch_size, workers, model, quiet, allow_private, contact, delay, ray):
    """Extract INPUTS (files, folders, URLs, feeds, sitemaps) and store them
    (re-ingesting is a no-op; a URL stored before is asked for only if changed)."""
    from .pipeline import run_ingest
    summary = run_ingest(inputs, db, workers=workers, model=model, quiet=quiet,
                         batch_size=batch_size,
                         web_settings=_web_settings(allow_private, contact, delay), ray=ray)
    _finish(summary, "stored")


@main.command()
@click.argument("records", nargs=-1, required=True, type=click.Path(path_type=Path))
@db_option
@click.option("--batch-size", type=click.IntRange(1, 10_000), default=1024, show_default=True,
              help="Documents per transaction (records are extracted already, so a "
                   "batch is quick to redo; bigger batches write each index page fewer times).")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def load(records, db, batch_size, quiet):
    """Store contract-v1 RECORDS (.jsonl[.gz] as 'extract' writes them), resolving their
    entities against the store (re-loading is a no-op)."""
    from .load import run_load
    summary = run_load(records, db, quiet=quiet, batch_size=batch_size)
    _finish(summary, "stored")


@main.command()
@click.argument("feeds", nargs=-1, required=True)
@db_option
@click.option("--every", default="15m", show_default=True, metavar="DURATION",
              help="Time between polls: 90s, 15m, 1h.")
@click.option("--polls", type=click.IntRange(1), default=None,
              help="Stop after this many polls (default: until Ctrl-C).")
@click.option("--batch-size", type=click.IntRange(1, 10_000), default=16, show_default=True,
              help="Documents per transaction.")
@click.option("--model", envvar="STORYGRAPH_MODEL", default=None,
              help="spaCy model package (env STORYGRAPH_MODEL).")
@web_options
def watch(feeds, db, every, polls, batch_size, model, allow_private, contact, delay):
    """Poll FEEDS (feeds, sitemaps, URLs) and ingest what is new until Ctrl-C.

    Ctrl-C ends after the batch in hand is stored; a second Ctrl-C ends at once.
    What was fetched is kept in the store, so a restart fetches nothing twice.
    """
    import signal
    import threading

    from .watch import parse_every, run_watch, stamp

    seconds = parse_every(every)
    stop = threading.Event()

    def on_interrupt(signum, frame):
        if stop.is_set():
            raise KeyboardInterrupt
        stop.set()
        click.echo("stopping after the current batch (Ctrl-C again to stop at once)", err=True)

    def report(n, summary):
        for skipped in summary.skipped:
            click.echo(f"  skipped {skipped}", err=True)
        counts = (f"{summary.fetched} fetched, {summary.done} stored, {summary.unchanged} "
                  f"unchanged, {len(summary.skipped)} skipped")
        if summary.already or summary.duplicates:
            counts += f", {summary.already + len(summary.duplicates)} stored before"
        click.echo(f"poll {n} at {stamp()}: {counts}", err=True)

    previous = signal.signal(signal.SIGINT, on_interrupt)
    try:
        click.echo(f"watching {len(feeds)} source(s) every {every}; Ctrl-C to stop", err=True)
        run_watch(feeds, db, every=seconds, model=model, polls=polls, batch_size=batch_size,
                  web_settings=_web_settings(allow_private, contact, delay), stop=stop,
                  report=report)
    finally:
        signal.signal(signal.SIGINT, previous)


def _finish(summary, verb: str) -> None:
    for duplicate in summary.duplicates:
        click.echo(f"note: {duplicate}", err=True)
    for skipped in summary.skipped:
        click.echo(f"skipped {skipped}", err=True)
    click.echo(summary.line(verb), err=True)
    if summary.skipped:
        sys.exit(EXIT_SKIPPED)


@main.command()
@db_option
@json_option
@click.option("--type", "label", help="Only this type (PERSON, ORG, GPE, …).")
@page_options(50)
def entities(db, as_json, label, limit, offset):
    """List entities with their aliases, most documents first."""
    rows = query.entities(_open(db), label=label, limit=limit, offset=offset)
    if as_json:
        return _emit_json(rows)
    from .render import entities_table
    entities_table(rows)


@main.command()
@click.argument("name")
@db_option
@json_option
@page_options(50)
@click.option("--all", "everything", is_flag=True,
              help="All quotes, not only speech and stated positions above the confidence "
                   "setting of their language (STORYGRAPH_QUOTE_CONFIDENCE, _FR).")
def entity(name, db, as_json, limit, offset, everything):
    """An entity's profile: aliases, documents, quotes, the entities it appears with
    (its documents, quotes and relations a page of --limit from --offset)."""
    store = _open(db)
    profile = query.entity(store, name, limit=limit, offset=offset, everything=everything)
    if as_json:
        return _emit_json(profile)
    from .render import entity_profile
    entity_profile(profile, query.relation_summary(store, profile.id))


@main.command()
@db_option
@json_option
@click.option("--speaker", help="Speaker name, alias or entity id.")
@click.option("--source", help="Outlet (e.g. 'Al Jazeera').")
@click.option("--since", metavar="YYYY-MM-DD")
@click.option("--until", metavar="YYYY-MM-DD")
@click.option("--contains", help="Only quotes containing this text.")
@lang_option
@page_options(None)
@click.option("--all", "everything", is_flag=True,
              help="All quotes, not only speech and stated positions above the confidence "
                   "setting of their language (STORYGRAPH_QUOTE_CONFIDENCE, _FR).")
def quotes(db, as_json, speaker, source, since, until, contains, lang, limit, offset,
           everything):
    """Quotes grouped by speaker, each with its date, outlet and document.

    By default only speech and stated positions at or above the confidence setting;
    --all shows every quote found (unsourced reports and low-confidence ones too)."""
    groups = query.quotes(_open(db), speaker=speaker, source=source, since=since,
                          until=until, contains=contains, limit=limit, offset=offset,
                          everything=everything, lang=lang)
    if as_json:
        return _emit_json(groups)
    from .render import quote_groups
    quote_groups(groups)


@main.command()
@click.argument("entity_name", required=False)
@db_option
@json_option
@click.option("--from", "since", metavar="YYYY-MM-DD")
@click.option("--to", "until", metavar="YYYY-MM-DD")
@lang_option
@page_options(None)
def timeline(entity_name, db, as_json, since, until, lang, limit, offset):
    """Dated quotes, relations and events in order, across documents."""
    items = query.timeline(_open(db), entity_name, since=since, until=until, limit=limit,
                           offset=offset, lang=lang)
    if as_json:
        return _emit_json(items)
    from .render import timeline_table
    timeline_table(items)


@main.command()
@click.argument("words")
@db_option
@json_option
@page_options(20)
def search(words, db, as_json, limit, offset):
    """Full-text search over article text and quotes."""
    hits = query.search(_open(db), words, limit=limit, offset=offset)
    if as_json:
        return _emit_json(hits)
    from .render import search_hits
    search_hits(hits)


@main.command()
@db_option
@json_option
@lang_option
@page_options(100)
def documents(db, as_json, lang, limit, offset):
    """Stored documents, newest first, with their language and outlet."""
    rows = _open(db).documents(limit=limit, offset=offset, lang=lang)
    if as_json:
        return _emit_json(rows)
    from .render import documents_table
    documents_table(rows)


@main.command()
@click.argument("doc_id")
@db_option
@json_option
def show(doc_id, db, as_json):
    """One stored document with its entities, quotes and dates."""
    doc = query.document(_open(db), doc_id)
    if as_json:
        return _emit_json(doc)
    from .render import document_view
    document_view(doc)


@main.command()
@click.argument("inputs", nargs=-1, type=click.Path(path_type=Path))
@click.option("--db", default="storygraph-demo.db", show_default=True,
              help="Where the demo store goes (replaced on each run).")
@click.option("--quiet", "-q", is_flag=True)
def demo(inputs, db, quiet):
    """Ingest the bundled example articles and print what storygraph found."""
    from .render import demo_report
    from .pipeline import example_articles, run_ingest
    inputs = inputs or (example_articles(),)
    path = Path(db)
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    summary = run_ingest(inputs, db, quiet=quiet)
    click.echo(summary.line("stored"), err=True)
    demo_report(_open(db), db)


@main.command()
@click.argument("name")
@click.option("--outlet", default=None, help="Also rank this outlet's terms by quarter.")
@click.option("--term", default=None, help="Every use of this term (with --outlet: by that outlet).")
@click.option("--limit", type=click.IntRange(1, 1000), default=10, show_default=True,
              help="Terms per outlet or speaker (uses with --term).")
@click.option("--offset", type=click.IntRange(0), default=0, show_default=True)
@click.option("--evidence", type=click.IntRange(0, 100), default=2, show_default=True,
              help="Example sentences per term.")
@db_option
@json_option
def framing(name, outlet, term, limit, offset, evidence, db, as_json):
    """How each outlet and each quoted speaker describes an entity: each outlet's most
    distinctive terms (weighted log-odds z-score against the other outlets) with evidence."""
    store = _open(db)
    if term:
        result = query.framing_uses(store, name, term, outlet=outlet, limit=limit, offset=offset)
        if as_json:
            return _emit_json(result)
        from .render import framing_uses_view
        return framing_uses_view(result)
    result = query.framing(store, name, limit=limit, offset=offset, evidence=evidence,
                           outlet=outlet)
    if as_json:
        return _emit_json(result)
    from .render import framing_view
    framing_view(result)


@main.command()
@click.argument("speaker", required=False)
@db_option
@json_option
@threshold_option
def shifts(speaker, db, as_json, threshold):
    """Where a speaker's position shifted: opposite stances on one proposition over time."""
    pairs = query.shifts(_open(db), speaker, threshold=threshold)
    if as_json:
        return _emit_json(pairs)
    from .render import shifts_view
    shifts_view(pairs)


@main.command()
@click.argument("entity_name", required=False)
@db_option
@json_option
@threshold_option
def disputes(entity_name, db, as_json, threshold):
    """Different sources taking opposite stances on one proposition (about ENTITY_NAME)."""
    pairs = query.disputes(_open(db), entity_name, threshold=threshold)
    if as_json:
        return _emit_json(pairs)
    from .render import disputes_view
    disputes_view(pairs)


@main.command()
@db_option
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def claims(db, quiet):
    """Find the claims of every stored document anew (stores made before claims)."""
    from .pipeline import run_claims
    n = run_claims(db, quiet=quiet)
    click.echo(f"{n} claims stored", err=True)


@main.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["graphml", "jsonl", "csv"]), required=True)
@click.option("-o", "--output", type=click.Path(path_type=Path), required=True,
              help="A file (graphml, jsonl) or a folder (csv: one file per table).")
def export(db, fmt, output):
    """Export entities and relations as GraphML, or the whole store as JSON Lines / CSV."""
    from .export import write
    written = write(_open(db), fmt, output)
    click.echo(f"wrote {written}", err=True)


@main.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", type=click.IntRange(1, 65535), default=8001, show_default=True)
def serve(db, host, port):
    """Explore the store in a local web app (read-only)."""
    from .web import serve as serve_app
    _open(db)  # a clear error now rather than on the first page
    serve_app(db, host=host, port=port)


@main.command()
@db_option
@json_option
@click.option("--type", "kind", metavar="TYPE", help="A PLOVER type: ACCUSE, AID, REJECT, …")
@click.option("--entity", metavar="NAME", help="Only relations this entity takes part in "
              "(either side).")
@click.option("--source", metavar="NAME", help="Only relations this entity is the source of.")
@click.option("--target", metavar="NAME", help="Only relations this entity is the target of.")
@click.option("--since", metavar="YYYY-MM-DD")
@click.option("--until", metavar="YYYY-MM-DD")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=None,
              help="Default: the relation threshold (env STORYGRAPH_RELATION_THRESHOLD).")
@click.option("--all", "show_all", is_flag=True, help="Every relation, however unsure.")
@lang_option
@page_options(None)
def relations(db, as_json, kind, entity, source, target, since, until, min_confidence, show_all,
              lang, limit, offset):
    """Who did what to whom: relations with their evidence, dated (their own date, else
    their article's), a page of --limit from --offset."""
    rows = query.relations(_open(db), type=kind, entity=entity, source=source, target=target,
                           since=since, until=until,
                           min_confidence=0.0 if show_all else min_confidence, lang=lang,
                           limit=limit, offset=offset)
    if as_json:
        return _emit_json(rows)
    from .render import relations_list
    relations_list(rows)


if __name__ == "__main__":  # python -m storygraph.cli
    main()
