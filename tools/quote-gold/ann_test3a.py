# Hand annotations for test3a (items 861-880 of the sampler's shuffled list,
# sample_part(860, 880)). Same item format as ann_dev4.py:
#   ("q", P, kind, speaker[, null_reason])  P = quote-mark pair index or (start, end)
#   ("n", P)  quote-mark stretch that is not a quotation.
# Annotated blind, by reading the articles only (show.py); the system was not run or read.
# Decisions beyond GUIDELINES.md:
#  * 812: Reuters continuation style (guideline 4): Rosenbaum's quote opened at
#    1293 has no closing mark and the next paragraph reopens at 1417; ONE quote
#    by explicit offsets (1294, 1566), containing the continuation mark, after
#    the bare frame `said in a statement ..., "..."`: direct, "Jon Rosenbaum"
#    (as dev10a 4914, dev11b 1850). Every later pair index is shifted, so
#    Dauster's `countered, "..."` is explicit offsets (1641, 1723): direct,
#    "Jorio Dauster" (title "President" dropped).
#  * 172: `the committee expressed "grave concern" ... according to a telex from
#    committee chairman Citibank` -- words of the telex (the article calls them
#    "the diplomatic phrase"), object of "expressed": partial. Given to the
#    committee, which the sentence makes the speaker of the words (the telex is
#    sent for it by its chairman; "Citibank", the document's sender, would be
#    defensible), as the sentence names it: "Brazil's 14-bank advisory
#    committee".
#  * 7111: the article names him only as "President Reagan"/"he": recorded
#    "President Reagan", following dev10a 1642.
#  * 13966: "a staff member of the committee" / "the staffer" -> the named
#    affiliation, "House Armed Services Committee" (as dev9a 4279, dev10a 3248);
#    the second pair continues after the attribution: direct.
#  * 11397: "a senior official" / "the Foreign Ministry official" / "the
#    official, who declined to be identified" -> "Foreign Ministry" (dev10a
#    3248, dev11a 15477).
#  * 1911: "lakes" and "grain mountain" are the writer's coined labels:
#    not_quotes. "one senior official" (no affiliation in the attribution) ->
#    null/anonymous.
#  * 15388: "a spokesman for the Ecological Life and Cultivation (VELT)" / "he"
#    -> "Ecological Life and Cultivation".
#  * 15373: `said that "..."`, `told ... that ultimately "..."`, `the dollar
#    ... "provide early warning ..."` (predicate), `continue "at best ..."`,
#    `that the next downturn "could be ..."` fill slots of the writer's
#    sentences: partial. The paragraph `"However, the imposition ..."` has no
#    attribution of its own and follows "He also told the association ...":
#    direct. All "John Medlin".
#  * 2159: `The heavy debt load "is one of our major concerns ...," he said` --
#    predicate of the writer's subject: partial (as dev9a 3783); `debt "so that
#    ..."` partial; `Nonetheless, "I think ...," he said` -- a clause after a
#    fronted adverb: direct. "Manuel Johnson".
#  * 6118: "short-form" approval (a regulatory term) and "greenmail." (defined
#    right after) -> not_quotes. 6377: "memorandum of understanding" (a
#    document term) -> not_quote.
#  * 18260: `said in an interview that "..."` and `when "the Fed acted ..."`
#    fill slots: partial, "Charles Schultze". The paragraph `"It is a much
#    more sophisticated system ..."` has no attribution of its own and follows
#    "T. Boone Pickens said ...": direct, "T. Boone Pickens". `saying "only
#    one-third ..."` -- a clause after the bare frame "saying": direct despite
#    the lower-case start, "Rex Hardesty". `closed for a "holiday"` -> scare
#    quote: not_quote.
#  * 13131: "The Iranian news agency IRNA" speaks its own report -> "IRNA".
#    `Baghdad said ... the Iranians had gained "footholds"` -- a word of
#    Baghdad's reported speech (object of "gained", as dev11a 14500 "war"):
#    partial, "Baghdad" as the sentence names it.
#  * 13250: `It said while many engineering details remain ..., "The ability
#    ..."` -- the quoted clause completes a reported clause begun in the
#    writer's words (as dev10a 5112): partial, "American Telephone and
#    Telegraph Co".
#  * 4255: "it" of the company statement -> "Adelaide Steamship Co Ltd" (the
#    leading "The" of the name dropped). 25: "one senior banker" ->
#    null/anonymous.
A = "anonymous"
TEST3A = {
 172:   [("q",0,"partial","Brazil's 14-bank advisory committee")],
 4255:  [("q",0,"direct","Adelaide Steamship Co Ltd"), ("q",1,"direct","Adelaide Steamship Co Ltd"),
         ("q",2,"direct","Adelaide Steamship Co Ltd")],
 812:   [("q",(1294,1566),"direct","Jon Rosenbaum"), ("q",(1641,1723),"direct","Jorio Dauster")],
 7111:  [("q",0,"direct","President Reagan")],
 25:    [("q",0,"direct",None,A)],
 13966: [("q",0,"direct","House Armed Services Committee"),
         ("q",1,"direct","House Armed Services Committee")],
 16165: [("q",0,"direct","Dan Stevens")],
 18398: [("q",0,"direct","Maurice Mann"), ("q",1,"direct","Maurice Mann"),
         ("q",2,"direct","Richard Goforth"), ("q",3,"direct","James Melton"),
         ("q",4,"direct","James Melton")],
 1911:  [("n",0), ("n",1), ("q",2,"direct",None,A)],
 11397: [("q",0,"direct","Foreign Ministry"), ("q",1,"direct","Foreign Ministry"),
         ("q",2,"direct","Foreign Ministry")],
 15388: [("q",0,"direct","Ecological Life and Cultivation")],
 15373: [("q",0,"partial","John Medlin"), ("q",1,"partial","John Medlin"),
         ("q",2,"partial","John Medlin"), ("q",3,"direct","John Medlin"),
         ("q",4,"partial","John Medlin"), ("q",5,"partial","John Medlin")],
 6184:  [("q",0,"direct","Daniel Amstutz")],
 8928:  [("q",0,"direct","Jaafar Hussein")],
 2159:  [("q",0,"partial","Manuel Johnson"), ("q",1,"partial","Manuel Johnson"),
         ("q",2,"direct","Manuel Johnson")],
 6118:  [("q",0,"direct","Larry Baker"), ("q",1,"direct","Larry Baker"), ("n",2),
         ("q",3,"direct","Charles Rose"), ("n",4), ("q",5,"direct","Charles Rose")],
 6377:  [("n",0), ("q",1,"direct","Tom Kay")],
 18260: [("q",0,"partial","Charles Schultze"), ("q",1,"direct","Charles Schultze"),
         ("q",2,"direct","Charles Schultze"), ("q",3,"partial","Charles Schultze"),
         ("q",4,"direct","T. Boone Pickens"), ("q",5,"direct","Marvin Kosters"),
         ("q",6,"direct","Marvin Kosters"), ("q",7,"direct","Rex Hardesty"), ("n",8)],
 13131: [("q",0,"direct","IRNA"), ("q",1,"partial","Baghdad")],
 13250: [("q",0,"partial","American Telephone and Telegraph Co")],
}
