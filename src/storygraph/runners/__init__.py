"""Where extraction runs when it leaves this machine's worker processes.

A runner maps batches of documents (and pass-through ``Skipped``) to their results,
yielding one list per batch in input order; ``pipeline.process`` uses one when given.
"""
