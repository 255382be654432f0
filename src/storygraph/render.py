"""Readable terminal output (rich) for the CLI's listings; ``--json`` bypasses it."""
from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from .query import HIT_END, HIT_START

console = Console(soft_wrap=False)

_MARKS = "\"'“”‘’`"


def quoted(text: str) -> str:
    """A quote's words between one pair of curly marks: a direct quote's span carries its
    own marks and the comma before its cue ("“We …,” he said"), which would double up."""
    inner = text.strip()
    if inner[:1] in _MARKS and inner.rstrip(",")[-1:] in _MARKS:
        inner = inner.rstrip(",").strip(_MARKS).rstrip(",").strip()
    return f"“{inner}”"


def _aliases(aliases: list[dict], limit: int = 6) -> str:
    return ", ".join(f"{a['text']} ×{a['count']}" for a in aliases[:limit])


def entities_table(rows: list[dict], title: str = "Entities") -> None:
    table = Table(title=title, show_lines=False)
    for col in ("name", "type", "docs", "mentions", "aliases", "id"):
        table.add_column(col, overflow="fold")
    for r in rows:
        table.add_row(escape(r["name"]), r["label"], str(r["documents"]), str(r["mentions"]),
                      escape(_aliases(r.get("aliases", []))), escape(r["id"]))
    console.print(table)


def _quote_line(q) -> str:
    when = q.date or "undated"
    if q.date and q.date_from == "published":
        when += " (published)"   # no date in the text: the article's
    where = q.source or "unknown outlet"
    if getattr(q, "lang", None):
        where += f" ({q.lang})"
    to = f" to {escape(q.addressee)}" if q.addressee else ""
    what = q.kind + (f" · {q.attribution}" if getattr(q, "attribution", None) else "") + (
        f" {q.confidence:.2f}" if getattr(q, "confidence", None) is not None else "")
    return (f"  [dim]{when} · {escape(where)} · {escape(q.doc_id)} · {what}{to}[/dim]\n"
            f"    {escape(quoted(q.said or q.content))}")


def quote_groups(groups, limit_per_speaker: int = 0) -> None:
    if not groups:
        console.print("No quotes match.")
        return
    for g in groups:
        n = len(g.quotes)
        console.print(f"[bold]{escape(g.speaker)}[/bold] [dim]({n} quote{'' if n == 1 else 's'}"
                      f"{', ' + escape(g.speaker_entity) if g.speaker_entity else ''})[/dim]")
        for q in g.quotes[:limit_per_speaker or None]:
            console.print(_quote_line(q))
        console.print()


def timeline_table(items, title: str = "Timeline") -> None:
    if not items:
        console.print("Nothing dated yet.")
        return
    table = Table(title=title)
    for col in ("date", "what", "text", "outlet", "document"):
        table.add_column(col, overflow="fold")
    for i in items:
        what = i.kind + (f" · {escape(i.actor)}" if i.actor else "")
        body = escape({"date": i.evidence, "relation": f"{i.text}: {i.evidence}"}.get(i.kind, i.text))
        table.add_row(i.date, what, body, escape(i.source or ""), escape(i.doc_id))
    console.print(table)


def _highlight(snippet: str) -> str:
    return escape(snippet or "").replace(HIT_START, "[reverse]").replace(HIT_END, "[/reverse]")


def search_hits(hits: dict) -> None:
    if not hits["documents"] and not hits["quotes"]:
        console.print("No matches.")
        return
    for d in hits["documents"]:
        console.print(f"[bold]{escape(d['title'] or d['id'])}[/bold] [dim]{escape(d['source'] or '')} "
                      f"{d['published'] or ''} · {escape(d['id'])}[/dim]")
        console.print("  " + _highlight(d["snippet"]))
    if hits["quotes"]:
        console.print("\n[bold]Quotes[/bold]")
    for q in hits["quotes"]:
        console.print(f"  [dim]{q['date'] or ''} {escape(q['source'] or '')} · "
                      f"{escape(q['speaker_text'] or 'unnamed')}[/dim]: {_highlight(q['snippet'])}")


def _of(p, what: str, items) -> str:
    """"50 of 1,234" (from --offset) when a profile's list is a page of a longer one."""
    total = (getattr(p, "totals", None) or {}).get(what)
    if total is None or total <= len(items):
        return str(len(items))
    start = getattr(p, "offset", 0)
    return f"{start + 1}–{start + len(items)} of {total:,}"


def _relation_groups(groups: list[dict]) -> None:
    """An entity's relations by type and direction, with counts and counterparts."""
    console.print("\n[bold]Relations by type[/bold] [dim](→ it did to, ← done to it by; all of "
                  "them: storygraph relations --source/--target ID --all)[/dim]")
    for g in groups:
        who = ", ".join(f"{escape(c['name'])} ({c['count']})" for c in g["counterparts"][:8])
        arrow = "→" if g["direction"] == "by" else "←"
        console.print(f"  [cyan]{g['type']}[/cyan] ×{g['count']} {arrow} {who}")


def entity_profile(p, relation_groups: list[dict] = ()) -> None:
    console.print(f"[bold]{escape(p.name)}[/bold] [dim]{p.label} · {escape(p.id)}[/dim]")
    console.print(f"{p.mentions} mentions in {p.documents} documents, "
                  f"{p.first_seen or '?'} – {p.last_seen or '?'}")
    console.print(f"Aliases: {escape(_aliases(p.aliases, 20))}")
    if p.quotes:
        console.print(f"\n[bold]Quotes ({_of(p, 'quotes', p.quotes)})[/bold]")
        for q in p.quotes:
            console.print(_quote_line(q))
    if relation_groups:
        _relation_groups(relation_groups)
    if p.cooccurring:
        console.print("\n[bold]Appears with[/bold]: " + ", ".join(
            f"{escape(c['name'])} ({c['documents']})" for c in p.cooccurring[:15]))
    console.print(f"\n[bold]Documents ({_of(p, 'documents', p.appears_in)})[/bold]")
    for d in p.appears_in:
        console.print(f"  {d['published'] or '?'} {escape(d['source'] or '')} · "
                      f"{escape(d['title'] or d['id'])} [dim]({escape(d['id'])})[/dim]")


def document_view(doc: dict) -> None:
    console.print(f"[bold]{escape(doc['title'] or doc['id'])}[/bold]")
    console.print(f"[dim]{escape(doc['source'] or 'unknown outlet')} · "
                  f"{doc['published'] or 'undated'} · {escape(doc.get('lang') or '?')} · "
                  f"{escape(doc['id'])}[/dim]")
    if doc.get("url"):
        console.print(f"[dim]from[/dim] {escape(doc['url'])}")
    for v in doc.get("versions") or ():
        mark = " (this one)" if v.get("current") else ""
        console.print(f"[dim]version {v['version']}{mark}: {escape(v['id'])} · stored "
                      f"{v.get('ingested_at') or '?'} · {v.get('chars') or '?'} characters[/dim]")
    console.print()
    console.print(escape(doc["text"]))
    if doc["entities"]:
        console.print("\n[bold]Entities[/bold]: " + ", ".join(sorted({
            f"{escape(m['text'])} ({m['label']})" for m in doc["entities"]})))
    for q in doc["quotes"]:
        console.print(f"\n[bold]{escape(q['speaker_text'] or 'unnamed')}[/bold] "
                      f"[dim]{escape(q['cue_text'] or '')} · {q['kind']}[/dim]: "
                      + escape(quoted(q['content_text'])))
    if doc["timexes"]:
        console.print("\n[bold]Dates[/bold]: " + ", ".join(
            f"{escape(t['text'])} = {t['value'] or '?'}" for t in doc["timexes"]))


def documents_table(rows: list[dict], title: str = "Documents") -> None:
    if not rows:
        console.print("No documents.")
        return
    table = Table(title=title)
    for col in ("published", "lang", "outlet", "title", "id"):
        table.add_column(col, overflow="fold")
    for d in rows:
        table.add_row(d["published"] or "?", escape(d.get("lang") or "?"),
                      escape(d["source"] or ""), escape(d["title"] or ""), escape(d["id"]))
    console.print(table)


def demo_report(store, db: str) -> None:
    from . import query
    stats = store.stats()
    console.rule("[bold]storygraph demo")
    console.print(f"{stats['documents']} documents, {stats['entities']} entities, "
                  f"{stats['quotes']} quotes, {stats['timexes']} time expressions, "
                  f"{stats['relations']} relations  ({stats['first']} – {stats['last']})\n")
    documents_table(store.documents())
    entities_table(query.entities(store, limit=12), title="Main entities")
    console.rule("Quotes by speaker")
    quote_groups(query.quotes(store)[:6], limit_per_speaker=4)
    timeline_table([i for i in query.timeline(store) if i.kind != "quote"][:20],
                   title="Dated events")
    console.print(f"\nThe store is {escape(db)}. Explore it (after `. .venv/bin/activate`):\n"
                  f"  storygraph entities --db {escape(db)}\n"
                  f"  storygraph entity Lavrov --db {escape(db)}\n"
                  f"  storygraph quotes --speaker Lavrov --db {escape(db)}\n"
                  f"  storygraph timeline --db {escape(db)}\n"
                  f"  storygraph serve --db {escape(db)}    (a web app on http://127.0.0.1:8001)")


def _around(sentence: str, text: str, width: int = 200) -> str:
    """The sentence, cut to ``width`` characters around the described words."""
    sentence = " ".join(sentence.split())
    if len(sentence) <= width:
        return sentence
    at = max(sentence.find(text), 0)
    start = max(0, min(at - width // 2, len(sentence) - width))
    return ("…" if start else "") + sentence[start:start + width].strip() + "…"


def _term_line(t) -> str:
    z = f" [dim]z={t.z:+.1f}[/dim]" if t.z is not None else ""
    others = [v for v in t.variants if v["text"].lower() != t.term.lower()][:3]
    variants = (" [dim](" + ", ".join(f"{escape(v['text'])} ×{v['count']}" for v in others)
                + ")[/dim]") if others else ""
    return f"[bold]{escape(t.term)}[/bold] ×{t.count}{z}{variants}"


def _terms_block(groups: dict, totals: dict, offset: int, prefix: str = "") -> None:
    for who, terms in groups.items():
        total = totals.get(prefix + who, len(terms))
        shown = f"{offset + 1}–{offset + len(terms)} of {total}" if terms else f"none of {total}"
        console.print(f"  [bold]{escape(who)}[/bold] [dim]({shown} terms)[/dim]")
        for t in terms:
            console.print(f"    {_term_line(t)}")
            for e in t.evidence:
                console.print(f"      [dim]{escape(e['date'] or '?')} · {escape(e['doc_id'])}[/dim] "
                              f"{escape(_around(e['sentence'], e.get('text') or t.term))}")
            if t.more:
                console.print(f"      [dim]… {t.more} more[/dim]")


def framing_view(f) -> None:
    console.print(f"[bold]How {escape(f.name)} is described[/bold] [dim]({escape(f.entity_id)})[/dim]")
    if not f.by_outlet and not f.by_speaker:
        console.print("No descriptions found.")
        return
    if f.common:
        console.print("\n[bold]All outlets:[/bold] " + ", ".join(
            f"{escape(t.term)} ×{t.count}" for t in f.common))
    if f.by_outlet:
        console.print("\n[bold]By outlet[/bold] [dim](most distinctive first: z = weighted "
                      "log-odds z-score against the other outlets; z > 2 sets an outlet apart)[/dim]")
        _terms_block(f.by_outlet, f.totals, f.offset)
    if f.by_period:
        console.print(f"\n[bold]{escape(f.outlet or '')} by quarter[/bold] "
                      "[dim](z against its other quarters)[/dim]")
        _terms_block(f.by_period, {}, f.offset)
    if f.by_speaker:
        console.print("\n[bold]In quotes, by speaker[/bold]")
        for who, terms in f.by_speaker.items():
            console.print(f"  [bold]{escape(who)}[/bold]: " + ", ".join(
                f"{escape(t.term)} ×{t.count}" for t in terms))
    console.print("\n[dim]Every use of a term: storygraph framing NAME --term TERM [--outlet OUTLET]; "
                  "more terms: --offset / --limit; --json for all fields.[/dim]")


def framing_uses_view(u: dict) -> None:
    by = f" by {escape(u['outlet'])}" if u["outlet"] else ""
    by += f" quoting {escape(u['speaker'])}" if u["speaker"] else ""
    console.print(f"[bold]“{escape(u['term'])}” for {escape(u['name'])}{by}[/bold] "
                  f"[dim]({u['total']} uses; {u['offset'] + 1}–{u['offset'] + len(u['uses'])})[/dim]")
    for e in u["uses"]:
        who = f" · quoting {escape(e['speaker'])}" if e["speaker"] else ""
        console.print(f"  [dim]{escape(e['date'] or '?')} · {escape(e['outlet'] or '?')}{who} · "
                      f"{escape(e['doc_id'])}[/dim] {escape(_around(e['sentence'], e['text']))}")


def shifts_view(pairs) -> None:
    if not pairs:
        console.print("No position shifts found.")
        return
    for p in pairs:
        d = p if isinstance(p, dict) else p.__dict__
        console.print(f"[bold]{escape(str(d.get('speaker')))}[/bold] "
                      f"[dim]confidence {d.get('confidence', 0):.2f} · {escape(str(d.get('reason', '')))}[/dim]")
        for side in ("before", "after"):
            q = d.get(side) or {}
            q = q if isinstance(q, dict) else q.__dict__
            console.print(f"  [dim]{q.get('date')} · {escape(str(q.get('source')))}[/dim] "
                          + escape(quoted(str(q.get('content')))))
        console.print()


def _bold_names(text: str, names: list) -> str:
    """The evidence with the actors' names in bold (escaped for rich)."""
    out = escape(text)
    for name in sorted({n for n in names if n}, key=len, reverse=True):
        out = out.replace(escape(name), f"[bold]{escape(name)}[/bold]")
    return out


def relations_list(rows: list[dict]) -> None:
    if not rows:
        console.print("no relations (see --all and --min-confidence)")
        return
    for r in rows:
        src = r.get("source_name") or r.get("source_entity") or "?"
        tgt = r.get("target_name") or r.get("target_entity") or "?"
        conf = f"{r['confidence']:.2f}" if r.get("confidence") is not None else "-"
        console.print(f"{escape(r.get('when') or 'undated')}  [bold]{escape(src)}[/bold] "
                      f"{'NOT ' if r['negated'] else ''}[cyan]{r['type']}[/cyan] "
                      f"[bold]{escape(tgt)}[/bold]  ({conf}, {escape(r.get('outlet') or '')} "
                      f"{escape(r['doc_id'])}{' ' + escape(r['lang']) if r.get('lang') else ''})")
        console.print("    " + _bold_names(r["evidence_text"] or "", [r.get("source_name"),
                                                                       r.get("target_name")]))


def disputes_view(pairs) -> None:
    if not pairs:
        console.print("No disputes found.")
        return
    for p in pairs:
        d = p if isinstance(p, dict) else p.__dict__
        console.print(f"[bold]{escape(', '.join(d.get('subject') or []))}[/bold] "
                      f"[dim]confidence {d.get('confidence', 0):.2f} · {escape(str(d.get('reason', '')))}[/dim]")
        for side in ("first", "second"):
            q = d.get(side) or {}
            console.print(f"  [bold]{escape(str(q.get('speaker')))}[/bold] "
                          f"[dim]{q.get('date')} · {escape(str(q.get('source')))}[/dim] "
                          + escape(quoted(str(q.get('content')))))
        console.print()
