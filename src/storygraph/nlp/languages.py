"""One pipeline per language: each document goes to its language's spaCy pipeline.

A document's language is its input's ``lang`` when given, else the one py3langid (its
bundled model, nothing downloaded) reads in the text. French documents run through the
French pipeline (settings ``model_fr``); every other language through the main (English)
one, as before. A language's pipeline is loaded the first time a document of it comes,
so a worker that meets only English never loads French.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Callable, Optional

#: Languages with a pipeline of their own (the main model reads every other one).
ROUTED = ("fr",)
#: Below this probability the detector's answer is not trusted (short texts, lists).
MIN_PROBABILITY = 0.9
#: The detector reads this much of a text: enough for a sure answer, cheap on long ones.
SAMPLE = 2000


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect(text: str) -> Optional[str]:
    """The text's language (ISO 639-1) when the detector is sure of it, else None."""
    sample = text[:SAMPLE]
    if sum(c.isalpha() for c in sample) < 20:
        return None
    lang, prob = _identifier().classify(sample)
    return lang if prob >= MIN_PROBABILITY else None


def language_of(document) -> Optional[str]:
    """The input's language code (its primary subtag: "fr-FR" -> "fr"), else detected."""
    if document.lang:
        return document.lang.split("-")[0].split("_")[0].lower() or None
    return detect(document.text)


class Pipelines:
    """The main pipeline and, loaded on first use, one per routed language."""

    def __init__(self, main, loaders: Optional[dict[str, Callable]] = None):
        self.main = main
        self._loaded = {main.lang: main}
        self._loaders = dict(loaders or {})

    @classmethod
    def around(cls, main, model_fr: Optional[str] = None) -> "Pipelines":
        """``main`` with the French pipeline named in settings (or ``model_fr``) to come."""
        from . import load
        from ..settings import Settings

        name = model_fr or Settings.load().model_fr
        return cls(main, {"fr": lambda: load(name)})

    def for_lang(self, lang: Optional[str]):
        """The pipeline for a language code: its own if routed, else the main one."""
        if lang not in ROUTED or lang == self.main.lang:
            return self.main
        if lang not in self._loaded:
            loader = self._loaders.get(lang)
            if loader is None:
                return self.main
            self._loaded[lang] = loader()
        return self._loaded[lang]
