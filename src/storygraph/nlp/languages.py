"""One pipeline per language: each document goes to its language's spaCy pipeline.

A document's language is its input's ``lang`` when given, else the one read in the text:
first by a profile of English and French function words (most news is plainly one of the
two), and only when that is unsure by py3langid (its bundled model, nothing downloaded;
loading it costs a worker about 80 MB resident, so it is loaded on first need). French
documents run through the French pipeline (settings ``model_fr``); every other language
through the main (English) one, as before. A language's pipeline is loaded the first
time a document of it comes, so a worker that meets only English never loads French.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Optional

#: Languages with a pipeline of their own (the main model reads every other one).
ROUTED = ("fr",)
#: Below this probability the detector's answer is not trusted (short texts, lists).
MIN_PROBABILITY = 0.9
#: The detector reads this much of a text: enough for a sure answer, cheap on long ones.
SAMPLE = 2000

#: Function words frequent in one language and rare in the other and in the languages
#: near them (no "de", "en", "la", "in", "a": Spanish, Dutch, Italian share them).
_FUNCTION_WORDS = {
    "en": frozenset("the of and to is was that with for it he she said they have has been "
                    "were which by would from this are who will not but".split()),
    "fr": frozenset("le les des et est une dans pour qui sur pas du au aux avec ont été il "
                    "elle sont mais cette ce ses leur selon".split()),
}
#: The profile decides alone only on this many words, this share of them the language's
#: function words, and the other language's at most this fraction of those.
_PROFILE_WORDS = 40
_PROFILE_SHARE = 0.15
_PROFILE_OTHER = 0.1
_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def profile(text: str) -> Optional[str]:
    """"en" or "fr" when the text's function words leave no doubt, else None."""
    words = _WORD.findall(text.lower())
    if len(words) < _PROFILE_WORDS:
        return None
    hits = {lang: sum(w in vocab for w in words) for lang, vocab in _FUNCTION_WORDS.items()}
    for lang, other in (("en", "fr"), ("fr", "en")):
        if hits[lang] >= _PROFILE_SHARE * len(words) and hits[other] <= _PROFILE_OTHER * hits[lang]:
            return lang
    return None


def detect(text: str) -> Optional[str]:
    """The text's language (ISO 639-1) when the detector is sure of it, else None."""
    sample = text[:SAMPLE]
    if sum(c.isalpha() for c in sample) < 20:
        return None
    quick = profile(sample)
    if quick:
        return quick
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
