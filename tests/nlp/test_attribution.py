"""Attribution kinds and confidence: what a quote is, on the real model (issue 11)."""
import pytest

from storygraph.nlp.attribution import Calibration, load_calibration


def found(nlp, text):
    return {(q.cue.text if q.cue else None): q for q in nlp(text)._.quotes}


@pytest.mark.model
@pytest.mark.parametrize("text, cue, attribution", [
    ("Angela Merkel said the talks would resume in March.", "said", "speech"),
    ("The minister told reporters the border was closed.", "told", "speech"),
    ("The union argued that the cuts were illegal.", "argued", "position"),
    ("The company denied that it had broken the law.", "denied", "position"),
    ("The minister rejected the claims made by the opposition.", "rejected", "position"),
    ("It is understood that the deal will be signed on Monday.", "understood", "unsourced"),
    ("EA plans to release 20 games next year.", "plans", None),
    ("Tony Blair seems certain to win the election.", "seems", None),
    ("The firm rejected the bid from its rival.", "rejected", None),
    ("The minister did not say when the talks would resume.", "say", None),
    ("Nintendo has also announced a media adapter for the console.", "announced", None),
    ("The DS will launch in Europe on 11 March, the company has announced.", "announced",
     "speech"),
    ("Sony announced that it would cut prices.", "announced", "speech"),
    ("That said, it is still great fun to pilot a Scout Walker.", "said", None),
    ("The two men have pleaded guilty to charges of piracy.", "pleaded", None),
    # BBC bench (issue 11): what a made thing is for, not a source's claim.
    ("Alerts tell people how the threats affect them.", "tell", None),
    ("The spokesman told reporters how the crash happened.", "told", "speech"),
    ("Jake White claimed the coaching award while his side held off France.", "claimed", None),
    ("He claimed that the vote was rigged.", "claimed", "position"),
    # Seventh sample (issue 11): data the writer reads, a topic talked about.
    ("Official figures show the economy shrank in the third quarter.", "show", None),
    ("Data from the safety network indicates 111 people have died in such crashes.",
     "indicates", None),
    ("The survey showed that most voters backed the plan.", "showed", "position"),
    ("We talked about the Sydney Olympics.", "talked", None),
    # Tenth sample (issue 11): a play added, a condition threatened over.
    ("Juan Gonzalez homered twice and Ivan Rodriguez added a two-run shot as the Rangers "
     "beat the Indians 5-3.", "added", None),
    ("The coach added that the team would travel on Friday.", "added", "speech"),
    ("The Agriculture Department proposed more than a year ago to significantly ease an "
     "82-year ban on Mexican avocados.", "proposed", None),
    ("The minister proposed that the ban be lifted.", "proposed", "position"),
    # Eleventh sample (issue 11): a verdict on a thing reports whom or what was judged;
    # records and evidence are data the writer reads; the accused are no accusers.
    ("Philippine President Joseph Estrada on Tuesday condemned the bombings of the U.S. "
     "embassies in Kenya and Tanzania.", "condemned", None),
    ("She criticised the \"complete irresponsibility\" of the producers.", "criticised",
     "position"),
    ("Cellphone records indicated he was at home that night.", "indicated", None),
    ("About 500 officials are accused of taking bribes from the firm.", "accused", "unsourced"),
    # Fifteenth sample (issue 11): a state of mind told in a participle beside an act.
    ("But on April 8, investigators, wondering how the assailant could have emerged from "
     "the woods unseen, searched the site once more.", "wondering", None),
    ("Investigators wondered aloud whether the assailant had fled on foot.", "wondered",
     "position"),
    # Ninth sample (issue 11): a thing applied for, denied, is a decision taken.
    ("The Treasury Department on Wednesday denied the charity's application to receive "
     "the award.", "denied", None),
    ("The U.S. Treasury Department on Wednesday denied Farrakhan 's application to receive "
     "the $ 250,000 award or a $ 1 billion donation Libyan leader Muammar Gaddafi had "
     "pledged to Farrakhan 's group after they met last January .", "denied", None),
    ("The embassy refused a visa to the minister's son.", "refused", None),
    ("The minister denied the allegations made by the opposition.", "denied", "position"),
    ("The firm denied any wrongdoing.", "denied", "position"),
    ("The ministry denied his application for asylum.", "denied", None),
    ("He denied that he had applied for a visa.", "denied", "position"),
    # Sixteenth sample (issue 11): a no-comment said is no attribution.
    ("John Smith, the firm's finance director, said the company has no comment on the "
     "filing.", "said", None),
    ("A spokesman said the bank would not comment on the report.", "said", None),
    ("A spokesman said the bank had made no loans to the firm.", "said", "speech"),
    # Seventeenth sample (issue 11): a thing withheld, a task or charge laid, tests read
    # and footage shown are no attribution.
    ("A knee injury denied Jones the chance to make a third start.", "denied", None),
    ("The Security Council has charged the inspectors with verifying that Iraq has "
     "destroyed its missiles.", "charged", None),
    ("Post-mortem examinations showed they were all caused by methanol poisoning.",
     "showed", None),
    ("After the rally, state television showed the exiles in the streets of Miami -- some "
     "of them carrying signs demanding ``Freedom for Elian,'' the same battle cry chanted "
     "at rallies in Havana.", "showed", None),
    ("The study showed that prices had risen.", "showed", "position"),
    # Stop 38's calibration refit: a thing designated, shown at 0.81.
    ("Home users could slash their monthly phone bills if they used it. Telecommunications "
     "regulator Ofcom has declared 056 to be the area code for Voip calls and 2005 is likely "
     "to see a lot more consumer-focused Voip call services starting up.", "declared", None),
    ("The minister declared that the war was over.", "declared", "speech"),
    # Stop 41 (the twenty-first): sympathy shown is an act, as "offered condolences" is,
    # and an event's timetable in the passive no one's claim.
    ("The Cuban government also expressed its condolences to the families of the victims.",
     "expressed", None),
    ("The union expressed hope that the talks would resume.", "expressed", "position"),
    ("A decision is expected by mid-September on whether he will run.", "expected", None),
    # The twenty-fifth judged sample: a work's plot, not its words.
    ("Sweet Charity tells the story of Charity Hope Valentine, a dance hall hostess who is "
     "looking for love.", "tells", None),
    # The twenty-ninth: a quoted noun phrase questioned is the thing judged, no claim.
    ('The institute also questioned "the long-term future of printed newspapers".',
     "questioned", None),
    ('The union questioned "whether the plan will ever work".', "questioned", "position"),
    ('The minister rejected "the claims of the opposition".', "rejected", "position"),
    # The thirty-first: a court's "and said" carries on its ruling, and a filing's
    # charge is the filing's, both legal acts, no one's statement.
    ("A tribunal ruled that the firm must stop selling the drink and said it must pay "
     "damages.", "said", None),
    ("The court ordered the bank to close the accounts and said it must repay the fees.",
     "said", None),
    ("The group's lawsuit accused two former managers of stealing designs.", "accused", None),
    ("The judge said the firm had misled its customers.", "said", "speech"),
    # The thirty-third: a firm's stated cause, "blamed X on Y" and "cited" reasons, is
    # its position (blaming a person, or cited for something, is not).
    ("The firm blamed the weak results on a mild winter and falling prices.", "blamed",
     "position"),
    ("The company also cited higher costs and a lack of demand for its older models.", "cited",
     "position"),
    ("The coach blamed the referee.", "blamed", None),
    ("The driver was cited for speeding on the bridge.", "cited", None),
    ("It blamed the poor sales on weak demand and a wet summer.", "blamed", "position"),
    ("The group cites the landmark ruling of 1984 on home video recorders.", "cites", None),
    # The thirty-sixth: the parse hung the "on" on the last noun of the object's chain.
    ("The minister blamed the delays in the project's first phase on the contractors.",
     "blamed", "position"),
    # The fortieth: a quoted no-comment through "not able to"; a thing conceded; a
    # judgement "widely seen as", held by many and no one named (a plain "seen as" is
    # the writer's hedge); a commitment of both of a named pair.
    ('"We are not able to comment on the lawsuit," said a spokesman for the studio, Tom Hart.',
     "said", None),
    ('"We are unable to comment on individual cases," a spokeswoman said.', "said", None),
    ('"We are not able to comment on the lawsuit, but the claims are baseless," said a '
     "spokesman for the studio, Tom Hart.", "said", "speech"),
    ("The senator admitted defeat late on Tuesday.", "admitted", None),
    ("The coach acknowledged the point about his defence.", "acknowledged", None),
    ("The striker admitted shooting the ball wide.", "admitted", "speech"),
    ('The manager admitted a "sense of frustration" about the decision.', "admitted", "speech"),
    ("The minister conceded that the plan had failed.", "conceded", "speech"),
    ("The old version of the browser is widely seen as falling behind its rivals.", "seen",
     "unsourced"),
    ("The plan is widely regarded as a failure.", "regarded", "unsourced"),
    ("The singer was seen leaving the hotel on Monday.", "seen", None),
    ("The envoy's return is seen as a test of the deal.", "seen", None),
    ("As for taxes, both candidates pledged to cut the deficit.", "pledged", "position"),
])
def test_kinds(nlp, text, cue, attribution):
    quotes = found(nlp, text)
    if attribution is None and cue not in quotes:
        return  # not found at all is as good as hidden
    assert quotes[cue].attribution == attribution


@pytest.mark.model
def test_an_agentless_passive_has_no_speaker(nlp):
    # The victims are what is believed, not who believes it.
    q = found(nlp, "More than 100,000 people are believed to have died in the floods.")
    assert q["believed"].attribution == "unsourced" and q["believed"].speaker is None


@pytest.mark.model
def test_a_passive_with_an_agent_names_it(nlp):
    q = found(nlp, "The attack is believed by police to have been planned for months.")
    assert q["believed"].speaker is not None and q["believed"].speaker.text == "police"


@pytest.mark.model
def test_a_passive_agent_hung_after_the_complement_speaks(nlp):
    # Tenth sample (issue 11): the friend describes; the one described said nothing.
    q = found(nlp, 'Fletcher was described as a "consummate professional" by his friend and '
                   'fellow broadcaster Michael Pointon.')
    assert q["described"].speaker is not None and "Pointon" in q["described"].speaker.text
    assert not q["described"].content.text.rstrip().endswith("by")


@pytest.mark.model
def test_the_speaker_after_the_cue(nlp):
    q = found(nlp, '"I was not good enough," admitted the 28-year-old Morientes.')
    assert q["admitted"].speaker.text.endswith("Morientes")
    assert "not good enough" in q["admitted"].content.text


@pytest.mark.model
def test_confidence_is_higher_for_speech_than_for_actions(nlp):
    said = found(nlp, "Angela Merkel said the talks would resume in March.")["said"]
    assert said.confidence is not None and said.confidence >= 0.5
    plans = found(nlp, "EA plans to release 20 games next year.").get("plans")
    assert plans is None or plans.confidence < said.confidence


def test_the_shipped_calibration_is_a_probability():
    cal = load_calibration()
    assert cal is not None and 0 < cal.threshold < 1
    assert 0.0 <= cal({"z": 6.0, "a=speech": 1.0}) <= 1.0
    assert Calibration({"bias": 0.0, "w": {"z": 1.0}})({"z": 0.0}) == 0.5


@pytest.mark.model
def test_the_person_quoted_last_is_the_next_he(nlp):
    text = ('"We are a tribute band," said Paul King, a consultant at Cisco.\n\n'
            'The film was good.\n\n"It is fine," he said.')
    quotes = nlp(text)._.quotes
    assert [q.speaker_entity for q in quotes] == ["paul-king", "paul-king"]


@pytest.mark.model
def test_a_member_speaks_not_the_body(nlp):
    q = found(nlp, "Lawyers for the alleged spammers said the lawsuit was groundless.")["said"]
    assert q.speaker.text == "Lawyers"


@pytest.mark.model
def test_a_quotation_run_together_over_paragraphs_is_kept_whole(nlp):
    text = ('Editor Ashley Bird said: "It is amazing to see so many albums in one list. '
            '"These are the real opinions of proper rock fans."')
    q = found(nlp, text)["said"]
    assert "amazing" in q.content.text and q.content.text.endswith('rock fans."')


@pytest.mark.model
def test_a_reader_writing_i_is_nobody_named(nlp):
    text = "Robbie Williams won the prize.\n\nI think that Angels is not the best song."
    q = found(nlp, text)["think"]
    assert q.speaker.text == "I" and q.speaker_entity is None


@pytest.mark.model
@pytest.mark.parametrize("text, cue, attribution", [
    # someone asked to act is a request, as "called on X to" is (the thirteenth's
    # protocol): "urged Mrs May to abandon", "asked Mexican authorities to join"
    ("Boris Johnson urged Mrs May to abandon the plan.", "urged", None),
    ("Her family urged the charity to close its operations in Iraq.", "urged", None),
    ("Freeh asked Mexican authorities to join the hunt.", "asked", None),
    ("He urged restraint.", "urged", "position"),
    ("She urged that the talks resume.", "urged", "position"),
    # Thirty-fourth judged sample: "warns X to do", "told X to" are directives as
    # "urged X to" is; "warned X that" states a position
    ("The audit warns banks to keep better records.", "warns", None),
    ("The coach told the players to relax before the final.", "told", None),
    ("Officials warned residents that the river would flood.", "warned", "position"),
])
def test_someone_asked_to_act_is_a_request_not_a_claim(nlp, text, cue, attribution):
    assert found(nlp, text)[cue].attribution == attribution


@pytest.mark.model
def test_a_plan_weighed_and_a_call_up_are_no_attribution(nlp):
    # the thirteenth's "is considering building" (a plan, as "expects to make") and "can
    # call up to 200,000 reservists" (an act): both were shown as positions
    assert found(nlp, "Fiat is considering opening a plant in Brazil, but said it had not "
                      "decided yet.")["considering"].attribution is None
    assert found(nlp, "The president can call up to 50,000 reservists for up to 90 days "
                      "without asking Congress.")["call"].attribution is None


@pytest.mark.model
def test_what_the_writer_reads_in_an_event_is_no_attribution(nlp):
    quotes = found(nlp, "Bank of England governor Mervyn King has warned against reading "
                        "too much into a single month's figures, suggesting the committee "
                        "wants more evidence first.")
    assert quotes["suggesting"].attribution is None and quotes["warned"].attribution == "position"


@pytest.mark.model
def test_arguing_over_a_thing_is_an_act(nlp):
    assert found(nlp, "Tarango argued calls and taunted the crowd during his night "
                      "match.")["argued"].attribution is None
    assert found(nlp, "The union argued the cuts were illegal.")["argued"].attribution \
        == "position"


@pytest.mark.model
def test_surveys_read_together_are_the_writers_reading(nlp):
    assert found(nlp, "Recent housing market surveys have indicated that house prices "
                      "are rising more slowly.")["indicated"].attribution is None


@pytest.mark.model
def test_a_name_tagged_as_an_adjective_still_speaks(nlp):
    # Sixteenth sample (issue 11): the tagger read "Sherbatov" as a comparative adjective.
    doc = nlp("Major-General Nikolai Sherbatov took journalists to the town.\nSherbatov said "
              "the rebels were located about three km east of Tavildara.")
    q = next(q for q in doc._.quotes if q.cue and q.cue.text == "said")
    assert q.speaker is not None and q.speaker.text == "Sherbatov", q
    assert q.speaker_entity == "nikolai-sherbatov" and q.attribution == "speech", q


@pytest.mark.model
@pytest.mark.parametrize("text, cue, attribution", [
    # Nineteenth sample (issue 11): a request told in the passive, the writer's idiom.
    ("The appeals court has been asked by the government to suspend a ruling by one of "
     "its judges.", "asked", None),
    ("Having said that, Burnley are yet to win away from home this season.", "said", None),
    # (a group's finite "fear that"/"worry that" stays a stated position, as the first
    # and fresh samples' judges read "Critics fear the move could …")
    ("Critics fear the move could hand control of the police to campaigners.", "fear",
     "position"),
])
def test_passive_requests_and_idioms_are_no_attribution(nlp, text, cue, attribution):
    assert found(nlp, text)[cue].attribution == attribution


@pytest.mark.model
def test_a_player_recalled_to_a_side_is_no_memory_told(nlp):
    # Twenty-second judged sample (issue 11): a team selection read as speech.
    quotes = found(nlp, "The coach has recalled the experienced Marco Rossi at full-back and "
                        "dropped the young winger.")
    assert "recalled" not in quotes or quotes["recalled"].attribution is None
    assert found(nlp, "The coach recalled that the side had lost in Rome.")[
        "recalled"].attribution == "speech"
    # (a gerund is memory told too, as the first sample's judge read it)
    assert found(nlp, "Clapton recalled seeing him play as a teenager in England.")[
        "recalled"].attribution == "speech"


@pytest.mark.model
def test_measures_read_together_are_the_writers_reading(nlp):
    # Twenty-second judged sample: an economy's measures are data, not a source.
    quotes = found(nlp, "Still, some measures suggest the picture is not quite so bleak.")
    assert "suggest" not in quotes or quotes["suggest"].attribution is None


@pytest.mark.model
def test_a_reduced_passive_belief_has_no_source(nlp):
    # Twenty-second judged sample: "X, thought to be Y," is "X is thought to be Y".
    q = found(nlp, "The old liner , thought to be unsinkable , struck an iceberg in 1912 .")
    assert q["thought"].attribution == "unsourced" and q["thought"].speaker is None


@pytest.mark.model
@pytest.mark.parametrize("text, cue, attribution", [
    # an option weighed or a thing perceived was read as a claim
    ("But the Indian Armed Force is considering the buying of used jets from Lockheed.",
     "considering", None),
    ("The board is considering selling the unit.", "considering", None),
    ("Foreign visitors to the city have noted a reassuringly heavy presence of police.",
     "noted", None),
    ("The minister noted that prices had risen.", "noted", "speech"),
    ("Analysts consider the deal a mistake.", "consider", "position"),
])
def test_weighing_or_perceiving_is_no_claim(nlp, text, cue, attribution):
    quotes = found(nlp, text)
    assert cue in quotes and quotes[cue].attribution == attribution, {
        k: q.attribution for k, q in quotes.items()}


@pytest.mark.model
@pytest.mark.parametrize("text, cue, attribution", [
    # Twenty-eighth judged sample (issue 11): the one asked carries a relative clause,
    # on which the parse hangs the infinitive; still a request.
    ("The mayor urged residents who live near the dam to leave their homes.", "urged", None),
    ("The coach asked fans who travel to the final to behave.", "asked", None),
    ("The mayor urged that residents leave their homes.", "urged", "position"),
])
def test_a_request_to_someone_described_is_still_a_request(nlp, text, cue, attribution):
    quotes = found(nlp, text)
    assert cue in quotes and quotes[cue].attribution == attribution, {
        k: q.attribution for k, q in quotes.items()}


@pytest.mark.model
@pytest.mark.parametrize("text, cue, attribution", [
    # Twenty-eighth judged sample (issue 11): a status conferred on a thing is an act.
    ("The agency declared it a disaster zone for its floods and landslides.", "declared", None),
    ("The minister declared that the war was over.", "declared", "speech"),
])
def test_a_status_conferred_is_an_act(nlp, text, cue, attribution):
    quotes = found(nlp, text)
    assert cue not in quotes and attribution is None or \
        quotes[cue].attribution == attribution, {k: q.attribution for k, q in quotes.items()}


def _parsed(words, heads, deps, tags, pos, lemmas):
    from spacy.tokens import Doc
    from spacy.vocab import Vocab
    return Doc(Vocab(), words=words, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas)


def test_a_participle_describing_a_noun_is_no_cue():
    # Twenty-eighth judged sample (issue 11): "part of a pact agreed in 1999" is what was
    # done to the pact, and "part" is no source; the parse (as spaCy gave it there) reads
    # "agreed" as the verb of "part", with the sentence before as its clause.
    from storygraph.nlp.attribution import attribution_of
    words = "The bank can sell the unit , part of a pact agreed in 1999 .".split()
    heads = [1, 3, 3, 11, 5, 3, 11, 11, 7, 10, 8, 11, 11, 12, 11]
    deps = ["det", "nsubj", "aux", "ccomp", "det", "dobj", "punct", "nsubj", "prep", "det",
            "pobj", "ROOT", "prep", "pobj", "punct"]
    tags = ["DT", "NN", "MD", "VB", "DT", "NN", ",", "NN", "IN", "DT", "NN", "VBD", "IN",
            "CD", "."]
    pos = ["DET", "NOUN", "AUX", "VERB", "DET", "NOUN", "PUNCT", "NOUN", "ADP", "DET", "NOUN",
           "VERB", "ADP", "NUM", "PUNCT"]
    lemmas = "the bank can sell the unit , part of a pact agree in 1999 .".split()
    doc = _parsed(words, heads, deps, tags, pos, lemmas)
    assert attribution_of(doc[11], 0, 6, [False] * len(doc)) is None
    # (with an article the subject is a source: "…, the head of the union agreed")
    words[7:8] = ["the", "head"]
    heads = [1, 3, 3, 12, 5, 3, 12, 8, 12, 8, 11, 9, 12, 12, 13, 12]
    deps = deps[:7] + ["det"] + deps[7:]
    tags = tags[:7] + ["DT"] + tags[7:]
    pos = pos[:7] + ["DET"] + pos[7:]
    lemmas = lemmas[:7] + ["the", "head"] + lemmas[8:]
    doc = _parsed(words, heads, deps, tags, pos, lemmas)
    assert attribution_of(doc[12], 0, 6, [False] * len(doc)) == "position"


@pytest.mark.model
def test_a_participle_after_its_noun_is_no_cue(nlp):
    quotes = found(nlp, "The rules were set out in a treaty agreed in 1992.")
    assert "agreed" not in quotes or quotes["agreed"].attribution is None


@pytest.mark.model
@pytest.mark.parametrize("text, cue, attribution", [
    # Twenty-eighth judged sample (issue 11): studies read together, as surveys are.
    ("Some studies suggest that half of all homes could be online by next year.",
     "suggest", None),
    ("Research shows that children sleep less than they did.", "shows", None),
    ("A report suggests that half of all homes could be online by next year.",
     "suggests", "position"),
])
def test_studies_read_together_are_the_writers_reading(nlp, text, cue, attribution):
    quotes = found(nlp, text)
    assert cue not in quotes and attribution is None or \
        quotes[cue].attribution == attribution, {k: q.attribution for k, q in quotes.items()}


@pytest.mark.model
@pytest.mark.parametrize("text, cue, attribution", [
    # Twenty-eighth judged sample (issue 11): a topic spoken about, as one talked about.
    ("She spoke about the possibility of a merger.", "spoke", None),
    ("She spoke about how the firm had failed.", "spoke", "speech"),
])
def test_a_topic_spoken_about_is_no_claim(nlp, text, cue, attribution):
    quotes = found(nlp, text)
    assert cue not in quotes and attribution is None or \
        quotes[cue].attribution == attribution, {k: q.attribution for k, q in quotes.items()}


@pytest.mark.model
def test_what_a_rule_requires_is_no_position(nlp):
    quotes = found(nlp, "The official agency said the raids were meant to protect children. "
                        "The rules demand that bars close at midnight.")
    assert quotes["demand"].attribution is None


@pytest.mark.model
def test_a_thing_announced_is_an_act_whatever_follows_outside_it(nlp):
    quotes = found(nlp, "Zenco announced the next XT game, with a new team to develop it from "
                        "scratch, whilst PQ developed the existing code further to be released, "
                        "with new publishers Orbit, under the name Goal Boss.")
    assert quotes["announced"].attribution is None


@pytest.mark.model
def test_a_speaker_going_on_before_a_quotation_is_speech(nlp):
    assert found(nlp, 'The coach was pleased. Smith continued: "We will win the league '
                      'this year."')["continued"].attribution == "speech"


@pytest.mark.model
@pytest.mark.parametrize("text, cue, attribution", [
    # Thirty-fourth judged sample: the subject between the quotation and "continued",
    # and a paper's own report after the claim in the inverted order
    ('"We will fight on," Mr Petrov continued.', "continued", "speech"),
    ("The ferry will stop running in May, reports the Evening Courier.", "reports", "speech"),
    ("The fallout continued for months.", "continued", None),
    # a pro-form for a claim made before is no claim: "I say this as a fan"
    ("The list is a poor guide. I say this as a fan of the old phones.", "say", None),
    ('He said this: "We will win."', "said", "speech"),
])
def test_a_speaker_going_on_or_a_paper_reporting_after_the_words(nlp, text, cue, attribution):
    quotes = found(nlp, text)
    assert (quotes[cue].attribution if cue in quotes else None) == attribution


@pytest.mark.model
@pytest.mark.parametrize("text, cue, attribution", [
    # Thirty-second judged sample (issue 11): nothing said is no attribution, as a negated
    # cue is; a clause the cue governs stays a claim.
    ("The regulator said nothing about raising interest rates, which could hurt exporters.",
     "said", None),
    ("The regulator said nothing had changed.", "said", "speech"),
    # … a thing asked for, the parse making "for" the mark of an infinitive clause, is a
    # request, as "called for" is.
    ("The club have asked for a panel to look into claims that their striker was approached.",
     "asked", None),
    # … a thing proposed, a term in scare quotes inside it, is no statement.
    ('The notion of a "digital square" was first proposed by Ann Cole, a professor at Leeds.',
     "proposed", None),
    ("The minister proposed that the ban be lifted.", "proposed", "position"),
])
def test_nothing_said_a_thing_asked_for_or_proposed(nlp, text, cue, attribution):
    assert found(nlp, text)[cue].attribution == attribution


@pytest.mark.model
@pytest.mark.parametrize("text, cue, attribution", [
    # The thirty-fifth judged sample: a move turned down, with a clause of time after it,
    # is an act; the object is no word for anything said.
    ("The Welsh striker has rejected a move to Leeds after falling out with his manager.",
     "rejected", None),
    ("The minister rejected the suggestion that he had lied.", "rejected", "position"),
    ("The leader hailed the clauses as making possible a form of self-rule.", "hailed",
     "position"),
    # a commitment told in the past, and a concession over a clause, are stated positions
    ("Mr Brown has promised to cut the deficit within four years.", "promised", "position"),
    ("The firm promises to pay its staff a bonus.", "promises", None),
    ("The 40-year-old comic has promised not to swear on air.", "promised", None),
    ("The coach accepted the referee had no option but to send him off.", "accepted",
     "position"),
    ("The club accepted the offer from Leeds.", "accepted", None),
    # a named medium's or body's own report of a fact is speech; a thing reported is not
    ("The Financial Times reported that the bank would cut 500 jobs.", "reported", "speech"),
    ("Sales rose by a third last year, the BPI reported this week.", "reported", "speech"),
    ("The New York team reported their findings in a journal.", "reported", None),
    ('"The room fell silent," Variety reported.', "reported", None),
    ("Some users report that they can see the site.", "report", None),
])
def test_acts_commitments_and_reports(nlp, text, cue, attribution):
    quotes = found(nlp, text)
    if attribution is None and cue not in quotes:
        return
    assert quotes[cue].attribution == attribution


@pytest.mark.model
def test_a_topic_before_a_colon_cue_is_no_item(nlp):
    # Thirty-fifth judged sample (issue 11): "Explaining why X, Y said: "…"" gave the
    # embedded question as what was said; the same speaker's words follow the colon.
    quotes = found(nlp, "Describing how the team had built the bridge in a week, the foreman "
                        "said: \"We worked day and night.\"")
    assert "Describing" not in quotes and "said" in quotes



def test_a_thing_announced_takes_no_clause_after_a_comma():
    # Thirty-eighth judged sample (issue 11): "announce" takes a thing or a clause, never
    # both; the parse (as spaCy gave it there) hangs the next verb's clause, after the
    # thing announced and a comma, on the first "announced".
    from storygraph.nlp.attribution import attribution_of
    words = "As Kenya announced its plan , Peru announced profits had risen .".split()
    heads = [2, 2, 2, 4, 2, 4, 10, 8, 6, 10, 2, 2]
    deps = ["mark", "nsubj", "ROOT", "poss", "dobj", "punct", "nsubj", "amod", "appos", "aux",
            "ccomp", "punct"]
    tags = ["IN", "NNP", "VBD", "PRP$", "NN", ",", "NNP", "VBN", "NNS", "VBD", "VBN", "."]
    pos = ["SCONJ", "PROPN", "VERB", "PRON", "NOUN", "PUNCT", "PROPN", "VERB", "NOUN", "AUX",
           "VERB", "PUNCT"]
    lemmas = "as Kenya announce its plan , Peru announce profit have rise .".split()
    doc = _parsed(words, heads, deps, tags, pos, lemmas)
    assert attribution_of(doc[2], 3, 11, [False] * len(doc)) is None
    # (a clause announced is speech: "Peru announced profits had risen")
    words = "Peru announced profits had risen .".split()
    doc = _parsed(words, [1, 1, 4, 4, 1, 1], ["nsubj", "ROOT", "nsubj", "aux", "ccomp", "punct"],
                  ["NNP", "VBD", "NNS", "VBD", "VBN", "."],
                  ["PROPN", "VERB", "NOUN", "AUX", "VERB", "PUNCT"],
                  "Peru announce profit have rise .".split())
    assert attribution_of(doc[1], 2, 5, [False] * len(doc)) == "speech"
