"""Hand-written test articles (written for storygraph's tests; all people, places and
firms invented) with known position shifts, disputes and near-misses.

Each article: (id, published, text). ``SHIFTS`` lists the pairs that must be found as
(speaker name, words of the earlier statement, words of the later one); ``NEAR_MISSES``
lists statements that must not appear in any reported shift; ``DISPUTES`` the pairs of
sources that must be found disputing.
"""

ARTICLES = [
    # 1. Library: "will not close" then "will close" (a shift).
    ("lib-1", "2022-03-01",
     "City keeps its libraries open\n\n"
     "The mayor of Brackton faced questions on Tuesday about the future of the city's "
     "oldest library, which needs a new roof.\n\n"
     "\u201cThe city will not close the Elm Street library,\u201d Mayor Susan Miller said at a "
     "town hall meeting.\n\n"
     "Residents applauded the announcement, and the council is expected to vote on the "
     "repairs next month."),
    ("lib-2", "2022-09-14",
     "Brackton budget cuts hit libraries\n\n"
     "Facing a deficit of $40 million, Brackton announced a round of cuts on Wednesday.\n\n"
     "\u201cThe city will close the Elm Street library next spring,\u201d Mayor Susan Miller said. "
     "She blamed rising costs for the decision.\n\n"
     "Library users said they would protest outside city hall."),
    # 3. Same words, different proposition (a pool, not the library): no shift.
    ("pool-1", "2022-05-20",
     "Summer plans for Brackton\n\n"
     "Mayor Susan Miller set out the city's summer programme on Friday.\n\n"
     "\u201cWe are planting two hundred trees along the river this summer,\u201d Miller said. "
     "\u201cThe new bus lanes on Main Street will open in July.\u201d\n\n"
     "The programme will cost about $2 million."),
    # 4-5. Pipeline: support then opposition (a shift).
    ("pipe-1", "2021-02-10",
     "Senator backs Carver pipeline\n\n"
     "The debate over the Carver County pipeline reached the state senate on Wednesday.\n\n"
     "\u201cI support the new oil pipeline through Carver County,\u201d Senator Paul Brenner "
     "told reporters. \u201cIt will bring work to the region.\u201d\n\n"
     "Environmental groups criticised the project."),
    ("pipe-2", "2021-11-03",
     "Brenner turns against pipeline\n\n"
     "After months of protests by farmers, the pipeline has become the main issue of the "
     "race.\n\n"
     "\u201cI oppose the new oil pipeline through Carver County,\u201d Senator Paul Brenner "
     "said on Tuesday, citing the risk to the water supply.\n\n"
     "His opponent accused him of changing his mind for votes."),
    # 6. Quote inside a quote: Brenner relays his opponent's words; no claim of his.
    ("pipe-3", "2022-01-12",
     "Pipeline fight turns personal\n\n"
     "The two candidates met for a debate in Carver City on Tuesday.\n\n"
     "\u201cMy opponent told a crowd \u2018I have always opposed the pipeline through Carver "
     "County,\u2019 and nobody believes him,\u201d Senator Paul Brenner said.\n\n"
     "The debate was broadcast on local radio."),
    # 7. A reporter's paraphrase of intentions: not Brenner's statement.
    ("pipe-4", "2022-02-15",
     "Brenner eyes a third term\n\n"
     "Senator Paul Brenner is confident that he can stop the pipeline through Carver County "
     "before the summer, according to people around his campaign.\n\n"
     "His campaign has raised $3 million since January."),
    # 8-9. Troops: "no troops" then "our troops are there" (a shift).
    ("troops-1", "2020-05-04",
     "Minister denies deployment\n\n"
     "Reports of foreign soldiers near the border of Kordavia have worried its neighbours.\n\n"
     "\u201cOur country has no troops in Kordavia,\u201d Defence Minister Lena Vogt said on "
     "Monday. \u201cThese reports are false.\u201d\n\n"
     "Satellite images published last week showed new camps near the border."),
    ("troops-2", "2020-12-07",
     "Vogt confirms soldiers abroad\n\n"
     "The defence ministry changed its account of the border camps on Monday.\n\n"
     "\u201cOur troops are in Kordavia to train its army,\u201d Defence Minister Lena Vogt said. "
     "\u201cThey will stay until the training is finished.\u201d\n\n"
     "Opposition lawmakers demanded an inquiry."),
    # 10-11. Jobs: "will not cut jobs" then "will cut 300 jobs" (a shift), and a union
    # leader disputing the later statement (a dispute, not Odell's shift).
    ("jobs-1", "2019-01-15",
     "Halvex promises to keep Dayton plant\n\n"
     "Halvex, the appliance maker, reported lower sales on Monday.\n\n"
     "\u201cHalvex will not cut jobs at the Dayton plant,\u201d chief executive Mark Odell "
     "said on a call with analysts.\n\n"
     "Shares rose 2 percent."),
    ("jobs-2", "2019-07-22",
     "Halvex to cut Dayton jobs\n\n"
     "Halvex said on Monday it would move part of its production abroad.\n\n"
     "\u201cHalvex will cut 300 jobs at the Dayton plant this year,\u201d chief executive Mark "
     "Odell said.\n\n"
     "\u201cHalvex will not cut any jobs at the Dayton plant, we have a contract,\u201d union "
     "leader Kim Sato said after the announcement."),
    # 12-13. Same proposition, same stance, months apart: no shift.
    ("port-1", "2022-01-18",
     "Port expansion approved\n\n"
     "The harbour board of Linmouth approved the expansion of the container port.\n\n"
     "\u201cThe port expansion will create hundreds of jobs in Linmouth,\u201d councillor Dana "
     "Whitfield said on Tuesday.\n\n"
     "Construction starts in the autumn."),
    ("port-2", "2022-08-09",
     "Port works begin\n\n"
     "Cranes arrived at the Linmouth harbour on Monday.\n\n"
     "\u201cThe expansion of the port will create many jobs in Linmouth,\u201d councillor Dana "
     "Whitfield said at the ceremony.\n\n"
     "The work should take two years."),
    # 14-15. Minimum wage bill: "will sign" then "will not sign" (a shift).
    ("wage-1", "2023-01-10",
     "Governor backs wage bill\n\n"
     "Lawmakers in the state of Norland introduced a bill to raise the minimum wage to $15.\n\n"
     "\u201cI will sign the bill to raise the minimum wage,\u201d Governor Ruth Amsel said on "
     "Monday.\n\n"
     "Business groups said the rise would cost jobs."),
    ("wage-2", "2023-06-20",
     "Amsel retreats on wage bill\n\n"
     "After a slowdown in the economy, Governor Ruth Amsel changed course on Tuesday.\n\n"
     "\u201cI will not sign the bill to raise the minimum wage,\u201d Amsel told reporters.\n\n"
     "Unions called the decision a betrayal."),
    # 16. Same words, different proposition for Amsel (a tax bill, not the wage bill).
    ("wage-3", "2023-09-05",
     "Amsel sets out tax plans\n\n"
     "The governor presented her budget on Tuesday.\n\n"
     "\u201cWe will plant new forests along the northern highway,\u201d Governor Ruth Amsel "
     "said. \u201cThe state parks will stay free for children.\u201d\n\n"
     "The budget goes to the legislature next week."),
    # 17-18. Recognition: "will not recognise" then "recognises" (a shift).
    ("recog-1", "2018-04-02",
     "Ilic rules out recognition\n\n"
     "The coup in Varenna has divided its neighbours.\n\n"
     "\u201cWe will not recognise the military government in Varenna,\u201d Foreign Minister "
     "Tomas Ilic said on Monday.\n\n"
     "Several embassies have closed."),
    ("recog-2", "2018-10-15",
     "Ilic opens talks with Varenna\n\n"
     "Relations with Varenna thawed after the elections were announced.\n\n"
     "\u201cWe recognise the military government in Varenna as the authority there,\u201d "
     "Foreign Minister Tomas Ilic said.\n\n"
     "An ambassador will be named next month."),
    # 19. Same stance again for Ilic, on another matter: no shift.
    ("recog-3", "2019-02-11",
     "Ilic signs trade deal\n\n"
     "The foreign minister travelled to the coast on Monday.\n\n"
     "\u201cThe trade agreement with Portavia will lower prices for farmers,\u201d Foreign "
     "Minister Tomas Ilic said.\n\n"
     "The agreement takes effect in March."),
    # 20. A statement by another source in an article about Vogt: not Vogt's.
    ("troops-3", "2021-03-01",
     "Inquiry into border camps\n\n"
     "Defence Minister Lena Vogt appeared before the inquiry on Monday.\n\n"
     "\u201cThe country has no troops in Kordavia and never had,\u201d opposition leader Ivo "
     "Marsh said, mocking the minister's earlier statements.\n\n"
     "The inquiry will report in June."),
    # 21. Same article, both stances (not two times): no shift.
    ("dam-1", "2020-08-18",
     "Dam decision delayed\n\n"
     "The Ostra dam project was discussed at length on Monday.\n\n"
     "\u201cThe dam will be built,\u201d engineer Sofia Lind said in the morning session. By the "
     "evening she had changed her tone. \u201cThe dam will not be built this decade,\u201d Lind "
     "said.\n\n"
     "The final decision is due in the autumn."),
    # 22. Support then support with different words: no shift (same stance).
    ("pipe-5", "2020-06-01",
     "Farmers' leader on the pipeline\n\n"
     "Farm groups met in Carver County on Monday.\n\n"
     "\u201cWe back the pipeline through Carver County because it pays rent to farmers,\u201d "
     "farmers' leader Greta Holm said.\n\n"
     "The meeting ended without a vote."),
    ("pipe-6", "2020-12-01",
     "Farmers still back pipeline\n\n"
     "Farm groups met again in Carver County on Tuesday.\n\n"
     "\u201cWe support the pipeline through Carver County, it pays farmers well,\u201d farmers' "
     "leader Greta Holm said.\n\n"
     "Some members left the meeting in protest."),
]

SHIFTS = [
    ("Susan Miller", "will not close the Elm Street library", "will close the Elm Street library"),
    ("Paul Brenner", "I support the new oil pipeline", "I oppose the new oil pipeline"),
    ("Lena Vogt", "has no troops in Kordavia", "Our troops are in Kordavia"),
    ("Mark Odell", "will not cut jobs at the Dayton plant", "will cut 300 jobs"),
    ("Ruth Amsel", "I will sign the bill", "I will not sign the bill"),
    ("Tomas Ilic", "We will not recognise", "We recognise the military government"),
]

NEAR_MISSES = [
    "planting two hundred trees",          # Miller, a different matter
    "bus lanes on Main Street",
    "always opposed the pipeline",         # quote inside Brenner's quote
    "nobody believes him",
    "he can stop the pipeline",            # reporter's paraphrase of intentions
    "will create many jobs",               # Whitfield, same stance twice
    "will create hundreds of jobs",
    "plant new forests",                   # Amsel, a different matter
    "parks will stay free",
    "trade agreement with Portavia",       # Ilic, another matter
    "never had",                           # Marsh's words, not Vogt's
    "The dam will",                        # one article, one day
    "We back the pipeline",                # Holm, same stance twice
    "We support the pipeline",
    "will not cut any jobs",               # Sato's words: a dispute, never Odell's shift
]

DISPUTES = [
    ("Kim Sato", "will not cut any jobs", "Mark Odell", "will cut 300 jobs"),
]
