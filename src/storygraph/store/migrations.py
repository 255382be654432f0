"""Versioned schema changes. Version 1 creates the tables; each later change appends a
function here, and ``migrate`` runs the ones a store has not seen, in order."""
from __future__ import annotations

from sqlalchemy import inspect, select, text

from ..errors import StoreError
from . import schema

SQLITE_FTS = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5("
    "doc_id UNINDEXED, title, text, tokenize='unicode61 remove_diacritics 2')",
    "CREATE VIRTUAL TABLE IF NOT EXISTS quotes_fts USING fts5("
    "quote_id UNINDEXED, doc_id UNINDEXED, content, speaker, tokenize='unicode61 remove_diacritics 2')",
)


def _v1(conn) -> None:
    schema.metadata.create_all(conn)
    if conn.dialect.name == "sqlite":
        for statement in SQLITE_FTS:
            conn.execute(text(statement))


def _v2(conn) -> None:
    """Indexes for co-occurrence: entity pages and the graph pair mentions by document."""
    conn.execute(text("CREATE INDEX IF NOT EXISTS mentions_entity_doc ON mentions (entity_id, doc_id)"))
    conn.execute(text("CREATE INDEX IF NOT EXISTS mentions_doc_entity ON mentions (doc_id, entity_id)"))


def add_column(conn, table: str, column: str, sql_type: str) -> None:
    """Add a column a store made by an older version lacks (a new store has it from
    ``_v1``, which creates the tables as ``schema`` declares them today)."""
    if column not in {c["name"] for c in inspect(conn).get_columns(table)}:
        conn.execute(text(f"ALTER TABLE {table} ADD COLUMN {column} {sql_type}"))


def _v3(conn) -> None:
    """How sure each quote and relation is, and what a quote attributes."""
    add_column(conn, "quotes", "attribution", "VARCHAR(16)")
    add_column(conn, "quotes", "confidence", "FLOAT")
    add_column(conn, "relations", "confidence", "FLOAT")


def _v4(conn) -> None:
    """Web sources: what was fetched (for conditional requests), versions, language."""
    add_column(conn, "documents", "lang", "VARCHAR(16)")
    schema.metadata.create_all(conn, tables=[schema.web_pages, schema.document_versions])


def _v5(conn) -> None:
    """Scale: the resolver's state in indexed tables instead of one JSON value; counted
    names, labels, documents, co-occurrences and relations per entity; counters; and
    the indexes paged listings read in order."""
    from .backfill import backfill
    backfill(conn)


def _v6(conn) -> None:
    """The lemmatised term of each descriptor, which groups its variants (framing)."""
    add_column(conn, "descriptors", "term", "VARCHAR(255)")


def _v7(conn) -> None:
    """Claims with their embeddings (shifts and disputes read these, not texts)."""
    schema.claims.create(conn, checkfirst=True)


def _v8(conn) -> None:
    """Scale: quote counts and relation summaries per entity, claims' entities in an
    indexed table, entity counters per type, and the indexes pages walk in order."""
    from .backfill import backfill_v8
    backfill_v8(conn)


def _v9(conn) -> None:
    """Scale: the graph's relation edges from relation_months (with negation), not a
    grouped read over every relation."""
    from .backfill import backfill_v9
    backfill_v9(conn)


def _v10(conn) -> None:
    """quote_counts by language: each language's quotes are shown from its own
    confidence threshold, so the maintained totals must tell them apart."""
    from .backfill import backfill_v10
    backfill_v10(conn)


#: Indexes another index of the same table begins with (it serves their lookups as well),
#: and one no read uses: each is written at a random place by every batch, and in a big
#: store each such write is a page of its own written at commit.
REDUNDANT = ("quotes_speaker", "relations_source", "relations_target", "descriptors_entity",
             "claims_speaker", "relation_counts_relations")


def _v11(conn) -> None:
    """Fewer indexes to write: those in ``REDUNDANT``."""
    for name in REDUNDANT:
        conn.execute(text(f"DROP INDEX IF EXISTS {name}"))


def _v12(conn) -> None:
    """The writer's clauses inside a quote's content (``"A," she said. "B."``)."""
    add_column(conn, "quotes", "asides", "TEXT")


MIGRATIONS = [_v1, _v2, _v3, _v4, _v5, _v6, _v7, _v8, _v9, _v10, _v11, _v12]
VERSION = len(MIGRATIONS)


def current_version(conn) -> int:
    if not conn.dialect.has_table(conn, "meta"):
        return 0
    row = conn.execute(select(schema.meta.c.value)
                       .where(schema.meta.c.key == "schema_version")).first()
    return int(row[0]) if row else 0


#: PostgreSQL advisory lock key ("SG" and 2): two processes opening a new store at once
#: must not both create its tables.
MIGRATE_LOCK = 0x5347_0002


def migrate(engine) -> None:
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATE_LOCK})
        version = current_version(conn)
        if version > VERSION:
            raise StoreError(f"the store has schema version {version}, newer than this "
                             f"storygraph knows ({VERSION}): upgrade storygraph")
        for number in range(version, VERSION):
            MIGRATIONS[number](conn)
        if version != VERSION:
            conn.execute(schema.meta.delete().where(schema.meta.c.key == "schema_version"))
            conn.execute(schema.meta.insert().values(key="schema_version", value=str(VERSION)))
