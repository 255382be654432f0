"""claims.find_claims on hand-made records: whose statement a quote is, and its stance."""
from storygraph.claims import find_claims, stance
from storygraph.types import Entity, Extraction, Quote, Span


def record(text: str, quotes: list[dict], entities=()) -> Extraction:
    def span(s):
        start = text.index(s)
        return Span(start, start + len(s), s)
    qs = tuple(Quote(content=span(q["content"]), speaker=span(q["speaker"]) if q.get("speaker") else None,
                     speaker_entity=q.get("entity"), cue=span(q["cue"]) if q.get("cue") else None,
                     kind=q.get("kind", "direct"), attribution=q.get("attribution"),
                     confidence=q.get("confidence")) for q in quotes)
    ents, seen = [], {}
    for t, label, eid in entities:  # a name listed twice: its next occurrence
        start = text.index(t, seen.get(t, 0))
        seen[t] = start + 1
        ents.append(Entity(start, start + len(t), t, label, eid))
    ents = tuple(ents)
    return Extraction(id="d", text=text, published="2020-01-01", entities=ents, quotes=qs)


def test_a_direct_quote_gives_a_claim_with_stance_and_subject():
    text = "“We will not close the Elm Street library,” Mayor Susan Miller said."
    r = record(text, [{"content": "“We will not close the Elm Street library,”", "speaker": "Mayor Susan Miller",
                       "entity": "susan-miller", "cue": "said"}],
               [("Elm Street", "LOC", "elm-street"), ("Susan Miller", "PERSON", "susan-miller")])
    [claim] = find_claims(r)
    assert claim.text.text == "We will not close the Elm Street library"
    assert text[claim.text.start:claim.text.end] == claim.text.text
    assert (claim.stance, claim.polarity, claim.modality) == ("denies", -1, "will")
    assert claim.about == ("elm-street",) and claim.speaker_entity == "susan-miller"
    assert "close" in claim.predicate.split() and "not" not in claim.predicate.split()


def test_intentions_acts_and_unsourced_reports_are_not_claims():
    text = "Clinton is confident that she can deny Sanders the nomination. Clinton released a plan to cut taxes."
    r = record(text, [
        {"content": "that she can deny Sanders the nomination", "speaker": "Clinton", "entity": "clinton",
         "cue": "confident", "kind": "indirect"},
        {"content": "a plan to cut taxes", "speaker": "Clinton", "entity": "clinton", "cue": "released",
         "kind": "indirect"}])
    assert find_claims(r) == []


def test_the_quote_stage_attribution_wins_when_set():
    text = "“The plant will stay open for years,” it is understood."
    q = {"content": "“The plant will stay open for years,”", "speaker": None, "entity": "halvex", "cue": "understood"}
    assert find_claims(record(text, [{**q, "attribution": "unsourced"}])) == []
    assert find_claims(record(text, [{**q, "attribution": "speech", "confidence": 0.2}])) == []
    assert len(find_claims(record(text, [{**q, "attribution": "speech", "confidence": 0.9}]))) == 1


def test_a_quote_inside_a_quote_is_nobody_s_claim_here():
    text = "“My opponent told a crowd ‘I have always opposed the pipeline,’ and nobody believes him,” Brenner said."
    outer = {"content": "“My opponent told a crowd ‘I have always opposed the pipeline,’ and nobody believes him,”",
             "speaker": "Brenner", "entity": "paul-brenner", "cue": "said"}
    inner = {"content": "I have always opposed the pipeline", "speaker": "Brenner", "entity": "paul-brenner",
             "cue": "said"}
    assert find_claims(record(text, [outer, inner])) == []


def test_hearsay_and_questions_are_not_claims():
    text = "“He thought of his speeches as little talks,” he told friends. “Will we win the state?” she said."
    r = record(text, [
        {"content": "“He thought of his speeches as little talks,” he told friends", "speaker": "he",
         "entity": "clinton", "cue": "told", "kind": "mixed"},
        {"content": "“Will we win the state?”", "speaker": "she", "entity": "clinton", "cue": "said"}])
    assert find_claims(r) == []


def test_the_reporters_words_between_quotation_marks_are_left_out():
    text = "“America must lead,” Clinton said on Thursday in New York. “We need more of a coalition.”"
    r = record(text, [{"content": text, "speaker": "Clinton", "entity": "clinton", "cue": "said",
                       "kind": "mixed"}])
    assert [c.text.text for c in find_claims(r)] == ["We need more of a coalition."] or \
        [c.text.text for c in find_claims(r)] == ["We need more of a coalition"]


def test_stance():
    assert stance("We have nothing to do with that") == ("denies", -1)
    assert stance("This work, of course, will continue.") == ("affirms", 1)
    assert stance("I support the pipeline") == ("supports", 1)
    assert stance("I oppose the pipeline") == ("opposes", -1)
    assert stance("I will never support the pipeline") == ("opposes", -1)
    assert stance("There is no troops there, and never were") == ("denies", -1)
    assert stance("There is no doubt we will win") == ("affirms", 1)
    assert stance("Not only will we win, we will win big") == ("affirms", 1)
    # A superlative said through negations, a reply, a verb of lack, "back" as no verb.
    assert stance("There has never been a man or a woman, not me, nobody more qualified than "
                  "Hillary Clinton to serve as president") == ("affirms", 1)
    assert stance("No, I meant he's the founder of ISIS.") == ("affirms", 1)
    assert stance("She simply lacks the integrity to serve in the office") == ("denies", -1)
    assert stance("I haven't heard back from Bernie") == ("denies", -1)
    assert stance("I'm so glad he's back") == ("affirms", 1)
    assert stance("We back the pipeline through Carver County") == ("supports", 1)


def test_relayed_words_and_the_speaker_named_in_their_own_words_are_not_claims():
    text = ("“Last night you said the president was the founder of ISIS,” Hewitt said. "
            "“Wright-Phillips and Johnson will start the game,” said Wright-Phillips. "
            "“We will cut taxes next year,” Hewitt said.")
    r = record(text, [
        {"content": "“Last night you said the president was the founder of ISIS,”", "speaker": "Hewitt",
         "entity": "hugh-hewitt", "cue": "said"},
        {"content": "“Wright-Phillips and Johnson will start the game,”", "speaker": "Wright-Phillips",
         "entity": "shaun-wright-phillips", "cue": "said"},
        {"content": "“We will cut taxes next year,”", "speaker": "Hewitt", "entity": "hugh-hewitt",
         "cue": "said"}],
        [("Hewitt", "PERSON", "hugh-hewitt"), ("Wright-Phillips", "PERSON", "shaun-wright-phillips"),
         ("Johnson", "PERSON", "andy-johnson"), ("Wright-Phillips", "PERSON", "shaun-wright-phillips")])
    assert [c.text.text for c in find_claims(r)] == ["We will cut taxes next year"]


def test_an_entourage_or_another_given_name_is_not_the_entity_speaking():
    text = ("Donald Trump spoke. Eric Trump met Donald Trump. “We never said no,” Eric Trump said. "
            "“It will be huge,” a Trump campaign spokesman said. “We will win the state,” Donald Trump said.")
    ents = [("Donald Trump", "PERSON", "donald-trump"), ("Eric Trump", "PERSON", "donald-trump")]
    r = record(text, [
        {"content": "“We never said no,”", "speaker": "Eric Trump", "entity": "donald-trump", "cue": "said"},
        {"content": "“It will be huge,”", "speaker": "a Trump campaign spokesman", "entity": "donald-trump",
         "cue": "said"},
        {"content": "“We will win the state,”", "speaker": "Donald Trump", "entity": "donald-trump",
         "cue": "said"}], ents)
    assert [c.text.text for c in find_claims(r)] == ["We will win the state"]


def test_a_stand_of_support_is_the_speaker_s_own_not_a_third_party_s_nor_a_noun():
    assert stance("I am not ready to support Speaker Ryan's agenda") == ("opposes", -1)
    assert stance("he would support the Trump campaign", kind="indirect") == ("supports", 1)
    # What Trump did, asserted by the speaker; "his support" is a noun.
    assert stance("that Trump also initially supported the invasion in 2003", kind="indirect") == ("affirms", 1)
    assert stance("He refuses to take responsibility for his support.") == ("denies", -1)
    assert stance("Republicans who oppose him are wrong") == ("affirms", 1)


def test_sentences_run_past_abbreviations_and_reported_noun_phrases_are_no_claims():
    text = ("Mrs. Clinton said that, like him, Mrs. Ortiz had paid $1.5 million for the U.S. "
            "embassy. She cited her deep ties to black churches.")
    r = record(text, [{"content": "that, like him, Mrs. Ortiz had paid $1.5 million for the U.S. embassy",
                       "speaker": "Mrs. Clinton", "entity": "hillary-clinton", "cue": "said", "kind": "indirect"},
                      {"content": "her deep ties to black churches", "speaker": "She",
                       "entity": "hillary-clinton", "cue": "cited", "kind": "indirect",
                       "attribution": "speech"}],
               [("Clinton", "PERSON", "hillary-clinton")])
    [claim] = find_claims(r)
    assert claim.text.text == "that, like him, Mrs. Ortiz had paid $1.5 million for the U.S. embassy"


def test_negations_that_deny_nothing_said():
    # "Without" negates a modifier; a condition's negation, "whether or not", "can't wait"
    # deny nothing the sentence says.
    assert stance("Israel is ready at any time without preconditions to enter peace negotiations") \
        == ("affirms", 1)
    assert stance("If Mexico does not pay, we will build the wall anyway") == ("affirms", 1)
    assert stance("We will build the wall whether or not Mexico pays for it") == ("affirms", 1)
    assert stance("I can't wait to debate her on the economy") == ("affirms", 1)
    # What still denies: a plain "not", "no longer", a negated thinking.
    assert stance("We will no longer fund the rebels") == ("denies", -1)
    assert stance("I don't think he will win the nomination") == ("denies", -1)


def test_a_negated_knowing_takes_no_stance_and_is_no_claim():
    text = ("“We are not aware of any Iraqi military advance on Arbil,” the official said. "
            "“Iraqi forces are advancing on Arbil,” the envoy said.")
    r = record(text, [
        {"content": "“We are not aware of any Iraqi military advance on Arbil,”", "speaker": "the official",
         "entity": "un", "cue": "said"},
        {"content": "“Iraqi forces are advancing on Arbil,”", "speaker": "the envoy", "entity": "envoy",
         "cue": "said"}], [("Arbil", "GPE", "arbil"), ("Arbil", "GPE", "arbil")])
    assert [c.speaker_entity for c in find_claims(r)] == ["envoy"]
    text = "Davies said he knew of no plans to return the man to Cuba."
    r = record(text, [{"content": "he knew of no plans to return the man to Cuba", "speaker": "Davies",
                       "entity": "davies", "cue": "said", "kind": "indirect"}])
    assert find_claims(r) == []


def test_a_pronoun_speaker_after_someone_else_named_speaking_is_doubtful():
    from storygraph.types import Entity
    text = ('Prime Minister Benjamin Netanyahu took office in June. "The media are full of expressions '
            'that must be worrying," Levy said. "We expect Syria will answer our message to enter '
            'peace negotiations," he said.')

    def claim_confidence(speaker_text):
        content = text.index('"We expect')
        content = Span(content, text.index('," he') + 2, text[content:text.index('," he') + 2])
        at = text.index(speaker_text, content.end if speaker_text == "he" else 0)
        quote = Quote(content=content, speaker=Span(at, at + len(speaker_text), speaker_text),
                      speaker_entity="benjamin-netanyahu", cue=Span(text.rindex("said"), len(text) - 1, "said"))
        entities = tuple(Entity(text.index(t), text.index(t) + len(t), t, "PERSON", e)
                         for t, e in (("Benjamin Netanyahu", "benjamin-netanyahu"), ("Levy", "david-levy")))
        [claim] = find_claims(Extraction(id="d", text=text, published="2020-01-01", entities=entities,
                                         quotes=(quote,)))
        return claim.confidence
    # "he" given to Netanyahu right after "Levy said": kept, but less sure than a named speaker
    assert claim_confidence("he") < 0.6 * claim_confidence("Netanyahu")


def test_reasons_demands_and_cut_contents():
    # A negated gerund after a preposition names a reason: it denies nothing.
    assert stance("Sanders attacked Clinton as too cozy with Wall Street and for not releasing "
                  "transcripts of her speeches") == ("affirms", 1)
    text = ("Sanders has called for Clinton to release the transcripts of her speeches. "
            "Cruz said that he was the lone candidate who has")
    r = record(text, [
        {"content": "Clinton to release the transcripts of her speeches", "speaker": "Sanders",
         "entity": "sanders", "cue": "called", "kind": "indirect"},
        {"content": "that he was the lone candidate who has", "speaker": "Cruz", "entity": "cruz",
         "cue": "said", "kind": "indirect"}])
    assert find_claims(r) == []


def test_words_told_to_advisers_are_hearsay():
    text = "“He can beat Hillary,” he told advisers afterward, according to Uzi Arad."
    r = record(text, [{"content": "“He can beat Hillary,”", "speaker": "he", "entity": "netanyahu",
                       "cue": "told"}])
    assert find_claims(r) == []


def test_a_name_that_only_says_whose_people_or_where_they_are_is_no_source():
    # The head of the mention is a group or an office around the name, or the name follows
    # "<noun> of / in": whose foes, where the exiles are; no one named speaks.
    text = ("An Iraqi official said Ritter would not visit the presidential sites. "
            "The Bush administration considers the sanctions essential to keeping Saddam in check. "
            "Cuban exiles in Miami say the boy's mother died to give him freedom. "
            "Only the most obdurate foes of Castro can argue that Elian should not be reunited with him.")
    r = record(text, [
        {"content": "Ritter would not visit the presidential sites", "speaker": "An Iraqi official",
         "entity": "iraqi", "cue": "said", "kind": "indirect"},
        {"content": "the sanctions essential to keeping Saddam in check", "speaker": "The Bush administration",
         "entity": "bush", "cue": "considers", "kind": "indirect"},
        {"content": "the boy's mother died to give him freedom", "speaker": "Miami", "entity": "miami",
         "cue": "say", "kind": "indirect"},
        {"content": "that Elian should not be reunited with him", "speaker": "Castro", "entity": "castro",
         "cue": "argue", "kind": "indirect"}])
    assert find_claims(r) == []
    # A description of the entity itself, resolved by coreference, still speaks for it.
    text = "“Iraqi forces are advancing on Arbil toward the city,” the envoy said."
    r = record(text, [{"content": "“Iraqi forces are advancing on Arbil toward the city,”",
                       "speaker": "the envoy", "entity": "pelletreau", "cue": "said"}])
    assert [c.speaker_entity for c in find_claims(r)] == ["pelletreau"]


def test_a_surname_shared_with_someone_named_just_before_is_doubtful():
    # "Gonzalez" after the father was named in full, resolved to the boy: kept, less sure.
    text = ("Elian Gonzalez has been in Miami since November. Castro said he sympathized with the "
            "boy's father, Juan Miguel Gonzalez. Gonzalez said his boy must be returned to him in Cuba.")

    def confidence(entity):
        at = text.rindex("Gonzalez said")
        quote = Quote(content=Span(at + 19, len(text) - 1, text[at + 19:-1]),
                      speaker=Span(at, at + 8, "Gonzalez"), speaker_entity=entity,
                      cue=Span(at + 9, at + 13, "said"), kind="indirect")
        entities = tuple(Entity(text.index(t), text.index(t) + len(t), t, "PERSON", e)
                         for t, e in (("Elian Gonzalez", "elian-gonzalez"),
                                      ("Juan Miguel Gonzalez", "juan-miguel-gonzalez")))
        [claim] = find_claims(Extraction(id="d", text=text, published="2020-01-01",
                                         entities=entities, quotes=(quote,)))
        return claim.confidence
    assert confidence("elian-gonzalez") < 0.7 * confidence("juan-miguel-gonzalez")
