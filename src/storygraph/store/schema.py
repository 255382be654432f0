"""The store's tables (SQLAlchemy Core): one schema for SQLite and PostgreSQL.

Every fact keeps its document and character span (evidence first). Entities are
aggregates of their mentions, refreshed in the same transaction that adds them.
"""
from __future__ import annotations

from sqlalchemy import (Boolean, Column, Float, ForeignKey, Index, Integer, LargeBinary,
                        MetaData, String, Table, Text)

metadata = MetaData()


def _span(prefix: str, nullable: bool = True) -> list[Column]:
    return [Column(f"{prefix}_start", Integer, nullable=nullable),
            Column(f"{prefix}_end", Integer, nullable=nullable),
            Column(f"{prefix}_text", Text, nullable=nullable)]


meta = Table("meta", metadata,
             Column("key", String(64), primary_key=True),
             Column("value", Text, nullable=False))

documents = Table(
    "documents", metadata,
    Column("id", String(255), primary_key=True),
    Column("text_hash", String(40), nullable=False, unique=True),
    Column("text", Text, nullable=False),
    Column("published", String(32)),
    Column("published_from", String(16)),
    Column("source", Text),
    Column("title", Text),
    Column("url", Text),
    Column("origin", Text),
    Column("ingested_at", String(32), nullable=False),
    Column("lang", String(16)),
)

entities = Table(
    "entities", metadata,
    Column("id", String(255), primary_key=True),
    Column("name", Text, nullable=False),
    Column("label", String(16), nullable=False),
    Column("mentions", Integer, nullable=False),
    Column("documents", Integer, nullable=False),
    Column("first_seen", String(32)),
    Column("last_seen", String(32)),
)

redirects = Table(
    "redirects", metadata,
    Column("old_id", String(255), primary_key=True),
    Column("new_id", String(255), nullable=False),
    Column("merged_at", String(32), nullable=False),
)

mentions = Table(
    "mentions", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("doc_id", String(255), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("label", String(16), nullable=False),
    Column("entity_id", String(255)),
    Index("mentions_entity", "entity_id"),
    Index("mentions_doc", "doc_id"),
)

quotes = Table(
    "quotes", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("doc_id", String(255), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    *_span("content", nullable=False),
    *_span("speaker"),
    Column("speaker_entity", String(255)),
    *_span("cue"),
    *_span("addressee"),
    Column("kind", String(16), nullable=False),
    Column("date", String(32)),
    Column("date_from", String(16)),
    Column("attribution", String(16)),
    Column("confidence", Float),
    #: The writer's clauses inside the content (``types.Quote.asides``), as JSON
    #: ``[[start, end], …]``; null for none.
    Column("asides", Text),
    Index("quotes_doc", "doc_id"),
)

timexes = Table(
    "timexes", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("doc_id", String(255), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("type", String(16), nullable=False),
    Column("value", String(64)),
    Index("timexes_doc", "doc_id"),
)

relations = Table(
    "relations", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("doc_id", String(255), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("type", String(16), nullable=False),
    Column("source_entity", String(255)),
    Column("target_entity", String(255)),
    Column("reporter_entity", String(255)),
    Column("negated", Boolean, nullable=False),
    *_span("evidence", nullable=False),
    *_span("content"),
    Column("date", String(32)),
    Column("date_from", String(16)),
    Column("confidence", Float),
)

descriptors = Table(
    "descriptors", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("doc_id", String(255), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("entity_id", String(255)),
    Column("kind", String(16), nullable=False),
    Column("speaker_entity", String(255)),
    *_span("span", nullable=False),
    *_span("evidence", nullable=False),
    Column("term", String(255)),
)

# -- maintained with every batch, so that storing and reading cost what a batch or a
#    page holds, never what the store holds (see docs/store.md) --------------------------

#: The resolver's names and ids (what ``Resolver.state()`` holds in memory), read per
#: batch for the batch's keys only. ``seq`` keeps the order names were learned in.
resolver_names = Table(
    "resolver_names", metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("name", String(512), nullable=False, unique=True),
    Column("entity_id", String(255), nullable=False),
    Column("surname", String(255)),
    Column("given", String(255)),
    Column("acronym", String(64)),
    Column("core", String(512)),
    Index("resolver_names_surname", "surname"),
    Index("resolver_names_acronym", "acronym"),
    Index("resolver_names_core", "core"),
)

resolver_ids = Table(
    "resolver_ids", metadata,
    Column("id", String(255), primary_key=True),
    Column("label", String(16), nullable=False),
    Column("seq", Integer, nullable=False),
    Column("base", String(255), nullable=False),
    Index("resolver_ids_base", "base"),
    Index("resolver_ids_seq", "seq"),
)

#: How often each entity is named each way, and typed each way: its name and label are
#: votes over these, without reading its mentions.
entity_names = Table(
    "entity_names", metadata,
    Column("entity_id", String(255), primary_key=True),
    Column("text", String(512), primary_key=True),
    Column("count", Integer, nullable=False),
)

entity_labels = Table(
    "entity_labels", metadata,
    Column("entity_id", String(255), primary_key=True),
    Column("label", String(16), primary_key=True),
    Column("count", Integer, nullable=False),
)

#: Each entity's documents (paged on its page, in date order).
entity_documents = Table(
    "entity_documents", metadata,
    Column("entity_id", String(255), primary_key=True),
    Column("doc_id", String(255), primary_key=True),
    Column("mentions", Integer, nullable=False),
    Column("published", String(32)),
    Index("entity_documents_date", "entity_id", "published", "doc_id"),
    Index("entity_documents_doc", "doc_id"),
)

#: Pairs of entities among the ten a document names most, with how many documents.
cooccurrences = Table(
    "cooccurrences", metadata,
    Column("a", String(255), primary_key=True),
    Column("b", String(255), primary_key=True),
    Column("documents", Integer, nullable=False),
    Index("cooccurrences_a", "a", "documents"),
    Index("cooccurrences_b", "b", "documents"),
)

relation_counts = Table(
    "relation_counts", metadata,
    Column("source_entity", String(255), primary_key=True),
    Column("target_entity", String(255), primary_key=True),
    Column("type", String(16), primary_key=True),
    Column("negated", Boolean, primary_key=True),
    Column("relations", Integer, nullable=False),
    Index("relation_counts_target", "target_entity"),
)

#: How many quotes each entity speaks and relations it takes part in (its page's totals).
entity_facts = Table(
    "entity_facts", metadata,
    Column("entity_id", String(255), primary_key=True),
    Column("quotes", Integer, nullable=False),
    Column("relations", Integer, nullable=False),
)

#: Quotes counted by speaker (``ALL`` for every quote), their document's language (its
#: primary subtag, "" unknown: each language has its own default threshold),
#: attribution ("" for none) and confidence in hundredths (-1 for none): a listing's
#: total under the "shown" filter is a sum over a few of these rows, never a count over
#: the quotes.
quote_counts = Table(
    "quote_counts", metadata,
    Column("speaker_entity", String(255), primary_key=True),
    Column("lang", String(16), primary_key=True, default=""),
    Column("attribution", String(16), primary_key=True),
    Column("confidence", Integer, primary_key=True),
    Column("quotes", Integer, nullable=False),
)

#: An entity's relations counted by side ("by": it is the source; "on": the target),
#: type, month ("" undated), counterpart ("" none), confidence in hundredths (-1 for
#: none) and negation: its page's relation summary and the graph's relation edges at any
#: threshold, without grouping its relations.
relation_months = Table(
    "relation_months", metadata,
    Column("entity_id", String(255), primary_key=True),
    Column("direction", String(4), primary_key=True),
    Column("type", String(16), primary_key=True),
    Column("month", String(7), primary_key=True),
    Column("other", String(255), primary_key=True),
    Column("confidence", Integer, primary_key=True),
    Column("negated", Boolean, primary_key=True, default=False),
    Column("relations", Integer, nullable=False),
    Index("relation_months_other", "other"),
)

#: Which entities each claim is about or around (its ``about`` and ``topics``): an
#: entity's claims through an index, not a scan of every claim's text.
claim_entities = Table(
    "claim_entities", metadata,
    Column("entity_id", String(255), primary_key=True),
    Column("claim_id", Integer, primary_key=True),
    Index("claim_entities_claim", "claim_id"),
)

#: Row counts for the overview ("documents", "mentions", "entities", ...).
counters = Table(
    "counters", metadata,
    Column("name", String(64), primary_key=True),
    Column("value", Integer, nullable=False),
)

outlets = Table(
    "outlets", metadata,
    Column("source", String(512), primary_key=True),  # "" for documents without one
    Column("documents", Integer, nullable=False),
)

# What was fetched from the web, so a poll fetches nothing twice: one row per URL (an
# article, a feed or a sitemap), with what a conditional request needs and the hash of
# the text last seen there.
web_pages = Table(
    "web_pages", metadata,
    Column("url", String(2048), primary_key=True),
    Column("kind", String(16), nullable=False),         # article, feed, sitemap
    Column("status", String(16), nullable=False),       # stored, unchanged, thin
    Column("etag", Text),
    Column("last_modified", Text),
    Column("content_hash", String(40)),
    Column("doc_id", String(255)),
    Column("entry_date", String(32)),                   # the feed entry's date when fetched
    Column("canonical", Text),
    Column("checked_at", String(32), nullable=False),
)

# A changed article is a new document; this links it to the one it replaces.
document_versions = Table(
    "document_versions", metadata,
    Column("doc_id", String(255), ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("previous_id", String(255), nullable=False),
    Column("url", Text),
    Column("stored_at", String(32), nullable=False),
    Index("document_versions_previous", "previous_id"),
)

# What a quote asserts (claims.py): the rows shifts and disputes read, with each claim's
# sentence embedding and its context's (float16 bytes), so no query reads article texts.
# ``about`` and ``topics`` hold entity ids as " id1 id2 " (spaces around each).
claims = Table(
    "claims", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("doc_id", String(255), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("quote_id", Integer, ForeignKey("quotes.id", ondelete="CASCADE"), nullable=False),
    Column("speaker_entity", String(255), nullable=False),
    *_span("text", nullable=False),
    Column("context_start", Integer, nullable=False),
    Column("context_end", Integer, nullable=False),
    Column("about", Text, nullable=False),
    Column("topics", Text, nullable=False),
    Column("predicate", Text, nullable=False),
    Column("stance", String(16), nullable=False),
    Column("polarity", Integer, nullable=False),
    Column("modality", String(16)),
    Column("anaphoric", Boolean, nullable=False),
    Column("confidence", Float, nullable=False),
    Column("speaker_pronoun", String(8)),
    Column("date", String(32)),
    Column("embedding", LargeBinary),
    Column("context_embedding", LargeBinary),
    Index("claims_doc", "doc_id"),
)
