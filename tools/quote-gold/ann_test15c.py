# Hand annotations for test15c (items 2321-2340 of the sampler's shuffled list,
# sample_part(2320, 2340)). Same item format as ann_dev4.py:
#   ("q", P, kind, speaker[, null_reason])  P = quote-mark pair index or (start, end)
#   ("n", P)  quote-mark stretch that is not a quotation.
# Annotated blind, by reading the articles only (show.py); the system was not run or read.
# Decisions beyond GUIDELINES.md:
#  * 3909: the nickname "Pete" in `C.J. "Pete" Silas` is a not_quote
#    (guideline 6); the name is interrupted by the nickname's marks, so the
#    speaker is recorded as "Silas" (as test5a 3703, the same speaker). The
#    mark at 337 (`Phillips" cash flow`) is an apostrophe typed as a double
#    mark, outside any quote: it pairs with nothing, so the stretch it opens,
#    running to the next mark, is a not_quote by explicit offsets (339, 661)
#    (guideline 7; as dev15a 213, dev10b 15255). Every later pair index is
#    shifted, so all later items are explicit offsets. `he was seeking "a
#    modification of terms ..."` (1422, 1550) -- object of the writer's
#    "seeking": partial. `Silas said, "In 1987 ..."` -- bare frame: direct.
#  * 240: Reuters continuation style (guideline 4): `The report said, "The
#    government continues ... producers.` (opened at 561) has no closing mark
#    and the next paragraph reopens at 734 and closes at 886; ONE quote
#    (562, 886), direct; the report -> its issuer "U.S. Embassy".
#  * 11087: `"There have to be ...," added "Buying six billion ..."` -- the
#    subjectless "added" continues Michael Snow of the paragraph before: both
#    direct, "Michael Snow". `one senior official in Tokyo said` -- the
#    paragraph before speaks of "Bank of Japan sources", but the attribution
#    itself names no affiliation: null/anonymous ("Bank of Japan" would be
#    defensible).
#  * 11026: "In a letter to the committee's, the bank group said," -> the
#    letter of the "Institute of International Finance" (the bank research
#    group), its issuer: direct.
#  * 5477: `"Clearly the NASD would willingly be the first to" voluntarily
#    adopt ..., NASD President Gordon S. Macklin said in a letter` -- a clause
#    beginning the sentence, completed by the writer: direct (as dev10b 7149,
#    dev11b 8809); a person's letter -> the person, "Gordon S. Macklin".
#  * 4074: `priced ... plus a "competitive premium," Treasury officials said`
#    -- a noun phrase of the officials' reported speech: partial, "Treasury"
#    (the affiliation as the attribution names it). "Britannia" (three times,
#    the coin's name) -> not_quotes.
#  * 7321: `has resulted in a "progressive contraction" of the sugar import
#    quota ..., he said` -- the head noun phrase of Myers' reported speech,
#    not an attributive modifier: partial, "Peter Myers". The bill title
#    "Sugar Program Improvements Act of 1987" -> not_quote.
#  * 15917: `persuade the United States to stop "talking down" the dollar` --
#    market jargon in the writer's sentence, not given as anyone's words:
#    not_quote. "An economist at a German bank, who declined to be
#    identified" -> null/anonymous. "he told business journalists" -> "Karl
#    Otto Poehl".
#  * 4402: "broker groups," / "trading rings." (pit jargon) -> not_quotes.
#    "stock futures analysts William Marcus of Donaldson, Lufkin, Jenrette
#    Inc." -> "William Marcus". 3249: "bull flag" (a chart pattern term) ->
#    not_quote. 14093: the promotion's name "Europe on Us" -> not_quote.
#    17929: the defined term "continuing directors" -> not_quote.
#  * 5407 "one said" (of the analysts), 3255 "one banker", 17865 "said one"
#    (of the "Other brokers") -> null/anonymous.
#  * 3365: "the spokesman" of "A Bank of Spain spokesman" -> "Bank of Spain".
A = "anonymous"
TEST15C = {
 11087: [("q",0,"direct","Jim O'Neill"), ("q",1,"direct","Michael Snow"),
         ("q",2,"direct","Francoise Soares-Kemp"), ("q",3,"direct","Michael Snow"),
         ("q",4,"direct","Michael Snow"), ("q",5,"direct","Michael Snow"),
         ("q",6,"direct","Michael Snow"), ("q",7,"direct",None,A)],
 14093: [("n",0)],
 3365:  [("q",0,"direct","Bank of Spain")],
 11026: [("q",0,"direct","Institute of International Finance")],
 240:   [("q",(562,886),"direct","U.S. Embassy")],
 7321:  [("n",0), ("q",1,"partial","Peter Myers"), ("q",2,"direct","Peter Myers")],
 4402:  [("n",0), ("n",1), ("q",2,"direct","William Marcus"),
         ("q",3,"direct","William Marcus"), ("q",4,"direct","William Marcus")],
 5407:  [("q",0,"direct","Daniel Roling"), ("q",1,"direct","Daniel Roling"),
         ("q",2,"direct",None,A), ("q",3,"direct","William Siedenburg"),
         ("q",4,"direct","Daniel Roling"), ("q",5,"direct","Vahid Fathi"),
         ("q",6,"direct","Vahid Fathi"), ("q",7,"direct","Nick Toufexis"),
         ("q",8,"direct","Nick Toufexis"), ("q",9,"direct","Nick Toufexis"),
         ("q",10,"direct","William Siedenburg")],
 3909:  [("n",0), ("q",1,"direct","Silas"), ("n",(339,661)),
         ("q",(667,742),"direct","Silas"), ("q",(985,1156),"direct","Silas"),
         ("q",(1422,1550),"partial","Silas"), ("q",(1670,1716),"direct","Silas"),
         ("q",(2058,2159),"direct","Silas"), ("q",(2257,2421),"direct","Silas"),
         ("q",(2578,2671),"direct","Silas"), ("q",(2859,2997),"direct","Silas"),
         ("q",(3012,3152),"direct","Silas")],
 15917: [("q",0,"direct","Karl Otto Poehl"), ("q",1,"direct","Ute Geipel"),
         ("q",2,"direct",None,A), ("n",3), ("q",4,"direct","Karl Otto Poehl"),
         ("q",5,"direct","Karl Otto Poehl"), ("q",6,"direct","Karl Otto Poehl")],
 6471:  [("q",0,"direct","Wiegand Hennicke"),
         ("q",1,"direct","Karl-Herbert Schneider-Gaedicke")],
 5477:  [("q",0,"direct","Gordon S. Macklin")],
 4074:  [("n",0), ("q",1,"partial","Treasury"), ("n",2), ("n",3)],
 3249:  [("q",0,"direct","Jason Gillard"), ("q",1,"direct","Craig Sloane"),
         ("q",2,"direct","William Byers"), ("n",3), ("q",4,"direct","Craig Sloane"),
         ("q",5,"direct","William Byers"), ("q",6,"direct","William Byers"),
         ("q",7,"direct","William Byers")],
 4257:  [("q",0,"partial","Bob Hawke"), ("q",1,"direct","Bob Hawke")],
 2331:  [("q",0,"partial","Dante Caputo")],
 3255:  [("q",0,"direct",None,A)],
 4856:  [("q",0,"direct","Malcolm Baldrige"), ("q",1,"direct","Malcolm Baldrige"),
         ("q",2,"direct","Malcolm Baldrige")],
 17929: [("n",0)],
 17865: [("q",0,"direct","Ronald Li"), ("q",1,"direct","David Li"),
         ("q",2,"direct","Hui Yin-fat"), ("q",3,"direct","Piers Jacobs"),
         ("q",4,"direct","George Tan"), ("q",5,"direct",None,A),
         ("q",6,"direct","John MacKenzie")],
}
