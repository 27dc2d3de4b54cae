# Hand annotations for dev10b (items 520-539 of the sampler's shuffled list,
# sample_part(520, 540)). Same item format as ann_dev4.py:
#   ("q", P, kind, speaker[, null_reason])  P = quote-mark pair index or (start, end)
#   ("n", P)  quote-mark stretch that is not a quotation.
# Annotated blind, by reading the articles only (show.py); the system was not run or read.
# Decisions beyond README.md:
#  * 15255: the article uses '"' as an apostrophe nine times (bloc"s, Belgium"s,
#    group"s, don"t, farmers" incomes, France"s, Germany"s, Commission"s). The
#    only quotation is `one diplomat told journalists: "I don"t think ... crunch
#    yet."` -- ONE quote given by explicit offsets (489, 571) that contains the
#    apostrophe mark at 494 (as the stray mark in dev4 10031); bare frame
#    "told journalists:" -> direct; "one diplomat" -> null/anonymous. Every
#    other apostrophe mark pairs with nothing; to cover it, the stretch running
#    from it to the next mark is a not_quote (as dev7a 16908): (140, 250),
#    (307, 488) (ends at the opening mark of the quote, as dev7a 16908 2217),
#    (727, 788), (1462, 1499); the last mark (Commission"s, 1863) has no next
#    mark, so its stretch runs to the end of the last sentence (1864, 2364),
#    before the " REUTER" sign-off (as dev6b 11933). (A tighter alternative
#    would be a one-word not_quote after each apostrophe, e.g. "s".)
#  * 17729: the mark at 926 (`said the ruling ... "was totally unexpected, ...
#    upheld FERC.`) is never closed and the next paragraph does not reopen with
#    a mark, so not the continuation style: the quote ends at the end of its
#    paragraph (927, 1150), partial (predicate slot of the writer's "said the
#    ruling ..."), as dev6b 11640. Every later pair index is shifted, so all
#    items are explicit offsets. `In essence, Middle South said, "the
#    three-member panel ..."` (1187, 1323) comes right after the bare frame
#    "Middle South said,": direct despite the fronted adverbial and the
#    lower-case start (as dev5a 17632, test 13764). The statement quote
#    (1515, 1646) -> the issuer "Middle South Utilities Inc"; all three
#    -> "Middle South Utilities Inc" ("The company" / "Middle South").
#  * 10143: `Dixons said Cyacq Corp ... agreed to "promptly" terminate its
#    existing tender offer` -- a single word of Dixons's reported statement
#    (as dev4 6059 "credit", dev5a 997 "quelled"), not an attributive label
#    inside a noun phrase: partial, "Dixons Group PLC" (the word probably comes
#    from the agreement's wording; a not_quote reading is defensible).
#  * 11511: `Lyng said he and ... Yeutter ... will demand "total elimination"
#    of the beef import quota` -> object of "demand" in Lyng's reported speech:
#    partial, "Richard Lyng".
#  * 4572: `"Significant downside potential" still exists ..., the official
#    said` -- a quoted noun phrase starting the sentence: partial (README
#    "Coordinated, punishing intervention"). "a USDA official" / "the official"
#    / "he" -> "USDA" (as dev 5627 "the USDA official").
#  * 6664: "a National Southwire spokesman" -> "National Southwire" and "A
#    spokesman for Montreal-based Alcan" -> "Alcan": the nearest named
#    affiliation as the attribution names it (dev7a 8101 "Lamborghini", dev4
#    14339 "CBT"; the fullest names are "National Southwire Aluminum Co" and
#    "Alcan Aluminium Ltd"). The Alcan quote broken by `decision" about what it
#    means ... "But we're ..."` is two direct quotes. The last quote ("he
#    said") continues "the utility spokesman" / "A spokesman for the utility":
#    the utility is resolved like "the company" to "Big Rivers Electric Corp".
#  * 10937: "the spokesman at Jardine's London office", introduced as "A
#    spokesman for Jardine Matheson Holdings Ltd" -> "Jardine Matheson Holdings
#    Ltd" (as dev6a 16530 J.P. Morgan). The Keswick quote "was quoted as
#    saying" by the Daily Telegraph -> the person, "Simon Keswick" (guideline 5).
#  * 1593: `The paper said that regulatory authorities "recognize that ..."` --
#    the proposed guidelines "released jointly ... by the Bank of England and
#    the Federal Reserve Board": a document of two issuers, recorded as the
#    first-named "Bank of England" (as dev6b 13498); partial (object of
#    "that"). "a director at one U.K. merchant bank" (both of his quotes) and
#    "one bank official": null/anonymous.
#  * 7149: `"They need to beef up ... falls," or unemployment will keep
#    growing, Bergsten said.` -- the quote is a clause that begins the
#    sentence, so direct, although the writer's words continue it before the
#    attribution. "C. Fred Bergsten".
#  * 18385: the article names him only "President Reagan" / "Reagan": "President
#    Reagan" (the README exception); "said in a statement" -> the person.
#  * 7932 "foreign banking sources" / "the sources", 15359 "one dealer":
#    null/anonymous.
A = "anonymous"
DEV10B = {
 7932:  [("q",0,"direct",None,A), ("q",1,"direct",None,A)],
 6664:  [("q",0,"direct","National Southwire"), ("q",1,"direct","Alcan"),
         ("q",2,"direct","Alcan"), ("q",3,"direct","Big Rivers Electric Corp")],
 2862:  [("q",0,"direct","Petro-Canada"), ("q",1,"direct","Petro-Canada")],
 10937: [("q",0,"direct","Jardine Matheson Holdings Ltd"), ("q",1,"direct","Simon Keswick")],
 10143: [("q",0,"partial","Dixons Group PLC")],
 15359: [("q",0,"direct",None,A)],
 17729: [("q",(927,1150),"partial","Middle South Utilities Inc"),
         ("q",(1187,1323),"direct","Middle South Utilities Inc"),
         ("q",(1515,1646),"direct","Middle South Utilities Inc")],
 12490: [("q",0,"direct","Michael Smith"), ("q",1,"direct","Michael Smith"),
         ("q",2,"direct","Michael Smith")],
 7492:  [("q",0,"direct","Wolfgang Roeller")],
 15291: [("q",0,"direct","Kiichi Miyazawa")],
 5332:  [("q",0,"direct","Tom Murtha"), ("q",1,"direct","Rick May"),
         ("q",2,"direct","Rick May"), ("q",3,"direct","Tom Murtha"),
         ("q",4,"direct","Tom Murtha"), ("q",5,"direct","Rick May"),
         ("q",6,"direct","Nick Edwards"), ("q",7,"direct","Nick Edwards"),
         ("q",8,"direct","Hajime Tamura"), ("q",9,"direct","Hajime Tamura")],
 1593:  [("q",0,"direct","Patrick de Saint-Aignan"), ("q",1,"direct",None,A),
         ("q",2,"direct",None,A), ("q",3,"partial","Bank of England"),
         ("q",4,"direct",None,A)],
 4572:  [("q",0,"partial","USDA"), ("q",1,"direct","USDA"),
         ("q",2,"direct","Albert Melnikov")],
 8022:  [("q",0,"partial","Barber Conable")],
 11511: [("q",0,"direct","Richard Lyng"), ("q",1,"partial","Richard Lyng"),
         ("q",2,"direct","Richard Lyng")],
 18256: [("q",0,"direct","Dale Dellutri"), ("q",1,"direct","Dale Dellutri")],
 15255: [("n",(140,250)), ("n",(307,488)), ("q",(489,571),"direct",None,A),
         ("n",(727,788)), ("n",(1462,1499)), ("n",(1864,2364))],
 18385: [("q",0,"direct","President Reagan"), ("q",1,"direct","President Reagan"),
         ("q",2,"direct","President Reagan")],
 5390:  [("q",0,"direct","Gerard Zeebregts")],
 7149:  [("q",0,"direct","C. Fred Bergsten")],
}
