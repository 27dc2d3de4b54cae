# Hand annotations for test4d (items 1041-1060 of the sampler's shuffled list,
# sample_part(1040, 1060)). Same item format as ann_dev4.py:
#   ("q", P, kind, speaker[, null_reason])  P = quote-mark pair index or (start, end)
#   ("n", P)  quote-mark stretch that is not a quotation.
# Annotated blind, by reading the articles only (show.py); the system was not run or read.
# Decisions beyond GUIDELINES.md:
#  * 5088: Reuters continuation style (guideline 4): Paust's paragraph opened
#    at 1963 has no closing mark and the next paragraph reopens at 2087, the
#    quote closing at 2257 (`... Norwegian government," he said.`); ONE quote
#    given by explicit offsets (1964, 2257), containing the continuation mark
#    (as dev10a 4914, dev11b 1850); direct, "Per Paust" ("he"). Pairs 0-1
#    come before it and keep their indices.
#  * 13620: `In a strongly worded statement terming the Japanese
#    action "extraordinary and urgent"` -- complement of "terming" (as
#    "called"): partial; the statement of the meeting of "The Group of Seven"
#    -> its issuer as the article names it, "Group of Seven" (as dev11a 13610
#    "G-7"). `A further sharp fall ... would "clearly pose ..." he said` --
#    predicate of the writer's sentence: partial, "Paul Volcker" (as dev9a
#    3783). `ranges or "norms"` -- a policy term: not_quote.
#  * 11838: `comprises shareholders' equity ... plus "general
#    provisions having the character of reserves."` -- a defined category of
#    the circular's capital definition (guideline 6, defined terms; as dev9a
#    4279 "double licensing"): not_quote (partial, "Bank of Italy", would be
#    defensible). `Banks which are not in line ... "must correct their
#    position ...," the Bank of Italy said` -- predicate: partial (dev9a 3783).
#  * 18366: `were called "a smart way ..." by one SEC staff member
#    who refused to be identified` -- complement of "called": partial; the
#    attribution names the agency -> "SEC" as the sentence names it (guideline
#    5, dev11a 15477).
#  * 3669: "the official" is "a Reagan Administration official"
#    quoted by Reuters -> "Reagan Administration" (as dev10a 3248); "one
#    banker" -> null/anonymous.
#  * 12191: "a manager at a Japanese bank" (bank not named) ->
#    null/anonymous. The repeated paragraph uses '+' marks, not '"'.
#  * 10406: `He said Reagan "is attempting ..."` fills the
#    reported clause's predicate slot: partial (as dev11a 3983, dev9a 15089).
#    `"It's confrontation."` after the attribution: direct, "Robert Byrd".
#  * 18716: `cautioned against seeking "quick-fix solutions"` --
#    object of the writer's verb: partial; the unattributed quote paragraph
#    following Johnson's reported speech -> direct, "Manuel Johnson".
#  * 18474: the Finance Ministry statement's words fill slots of
#    the writer's sentences (`must place the debt "within ..."`, `lifted "when
#    ..."`, `a token payment ... "will only be made ..."`): all partial,
#    "Finance Ministry".
#  * 17708 "ViraPap" (a product name), 15753 the `"free market" system`
#    (a market label), 16983 `at "reasonable levels."` -> the last is a
#    fragment of Concepcion's reported speech: partial, "Jose Concepcion";
#    the first two are not_quotes.
#  * 5224: "Johnson of L.F. Rothschild" -> "Paul Johnson";
#    "Kidder Peabody analyst Adam F. Cuhney" -> "Adam F. Cuhney" (both pairs).
A = "anonymous"
TEST4D = {
 2930:  [("q",0,"direct","Eugene Rotberg")],
 13620: [("q",0,"partial","Group of Seven"), ("q",1,"partial","Paul Volcker"),
         ("n",2)],
 335:   [("q",0,"direct","Edouard Balladur"), ("q",1,"direct","Edouard Balladur")],
 9957:  [("q",0,"direct","Robert Byrd"), ("q",1,"direct","Robert Byrd"),
         ("q",2,"direct","Richard Gephardt")],
 11838: [("n",0), ("q",1,"partial","Bank of Italy")],
 12191: [("q",0,"direct",None,A)],
 8956:  [("q",0,"direct","Peter Witte")],
 18366: [("q",0,"partial","SEC")],
 3669:  [("q",0,"direct",None,A), ("q",1,"direct","Reagan Administration")],
 5088:  [("q",0,"direct","Thorvald Stoltenberg"), ("q",1,"direct","Per Paust"),
         ("q",(1964,2257),"direct","Per Paust")],
 17708: [("n",0)],
 16983: [("q",0,"partial","Jose Concepcion")],
 11328: [("q",0,"direct","Alfred Herrhausen")],
 10406: [("q",0,"direct","Robert Byrd"), ("q",1,"direct","Robert Byrd"),
         ("q",2,"partial","Robert Byrd")],
 17773: [("q",0,"direct","Philip Lippincott"), ("q",1,"direct","Sherman Chao"),
         ("q",2,"direct","Sherman Chao"), ("q",3,"direct","Lawrence Ross"),
         ("q",4,"direct","George Adler"), ("q",5,"direct","Philip Lippincott")],
 18888: [("q",0,"direct","Robin Kline")],
 18716: [("q",0,"partial","Manuel Johnson"), ("q",1,"direct","Manuel Johnson"),
         ("q",2,"direct","Manuel Johnson")],
 15753: [("n",0)],
 18474: [("q",0,"partial","Finance Ministry"), ("q",1,"partial","Finance Ministry"),
         ("q",2,"partial","Finance Ministry")],
 5224:  [("q",0,"direct","Paul Johnson"), ("q",1,"direct","Adam F. Cuhney"),
         ("q",2,"direct","Adam F. Cuhney"), ("q",3,"direct","Paul Johnson"),
         ("q",4,"direct","Paul Johnson"), ("q",5,"direct","Paul Johnson")],
}
