"""Quote speakers (nlp/quote_speakers.py): the speaker phrase rules on hand-built parses."""
import spacy
from spacy.tokens import Doc

from storygraph.nlp.quote_speakers import named_after_cue, own_subject


def _parsed(words, heads, deps, pos, tags, lemmas, ents=None):
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos,
               tags=tags, lemmas=lemmas, ents=ents)


def test_an_inverted_cues_speaker_is_the_person_after_a_bodys_role():
    words = ['"', "Nobody", "leads", ",", '"', "declared", "Falcons", "coach", "Peter", "Marsh",
             "on", "arrival", "."]
    doc = _parsed(words, heads=[5, 2, 5, 5, 5, 5, 7, 5, 9, 7, 7, 10, 5],
                  deps=["punct", "nsubj", "ccomp", "punct", "punct", "ROOT", "compound", "nsubj",
                        "compound", "appos", "prep", "pobj", "punct"],
                  pos=["PUNCT", "PRON", "VERB", "PUNCT", "PUNCT", "VERB", "PROPN", "NOUN",
                       "PROPN", "PROPN", "ADP", "NOUN", "PUNCT"],
                  tags=["``", "NN", "VBZ", ",", "''", "VBD", "NNP", "NN", "NNP", "NNP", "IN",
                        "NN", "."],
                  lemmas=['"', "nobody", "lead", ",", '"', "declare", "Falcons", "coach", "Peter",
                          "Marsh", "on", "arrival", "."],
                  ents=["O", "O", "O", "O", "O", "O", "B-ORG", "O", "B-PERSON", "I-PERSON", "O",
                        "O", "O"])
    in_quote = [i <= 4 for i in range(len(doc))]
    # the club's name modifies the coach's role; the coach, named after it, speaks
    assert named_after_cue(doc[5], in_quote).text == "Marsh"


def test_of_two_subjects_a_participle_is_done_by_the_nearest():
    words = ["the", "manner", "has", "coach", "Ann", "Cole", "bemoaning", "a", "lack"]
    doc = _parsed(words, heads=[1, 6, 6, 5, 5, 6, 6, 8, 6],
                  deps=["det", "nsubj", "aux", "compound", "compound", "nsubj", "ROOT", "det",
                        "dobj"],
                  pos=["DET", "NOUN", "AUX", "NOUN", "PROPN", "PROPN", "VERB", "DET", "NOUN"],
                  tags=["DT", "NN", "VBZ", "NN", "NNP", "NNP", "VBG", "DT", "NN"],
                  lemmas=["the", "manner", "have", "coach", "Ann", "Cole", "bemoan", "a", "lack"])
    assert own_subject(doc[6]).text == "Cole"
