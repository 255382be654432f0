"""storygraph's errors: one base class, a few kinds. The CLI turns each into a message."""


class StorygraphError(Exception):
    """Base of every error storygraph raises on purpose."""


class InputError(StorygraphError):
    """An input file or record cannot be read; the message names the file and line."""


class ModelError(StorygraphError):
    """The spaCy model (or a storygraph model) cannot be loaded."""


class StoreError(StorygraphError):
    """The store cannot be opened, migrated, read or written."""


class ClusterError(StorygraphError):
    """A Ray cluster cannot be reached or used (or Ray is not installed)."""
