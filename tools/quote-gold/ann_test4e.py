# Hand annotations for test4e (items 1061-1080 of the sampler's shuffled list,
# sample_part(1060, 1080)). Same item format as ann_dev4.py:
#   ("q", P, kind, speaker[, null_reason])  P = quote-mark pair index or (start, end)
#   ("n", P)  quote-mark stretch that is not a quotation.
# Annotated blind, by reading the articles only (show.py); the system was not run or read.
# Decisions beyond GUIDELINES.md:
#  * 11006: `"If oil prices should rise ...," he said, "ARCO could record
#    earnings of 6.50 dlrs a share.` -- the mark at 540 is never closed and the
#    next paragraph does not reopen with a mark (not the continuation style):
#    the quote ends at the end of its sentence/paragraph (541, 589), as dev11b
#    14555; direct, "Eugene Nowak". The next mark (802) therefore opens
#    `Nowak said, "The company has done ... earnings power."` closed at 916:
#    explicit offsets (803, 916), direct.
#  * 3691: `In order for bonds to break above the top of the range, ..., "the
#    crude oil rally needs to run its course and pull back a little bit,"
#    Singer said.` -- the quoted words are a whole independent main clause
#    with a bare trailing frame; the writer only fronts an adverbial clause:
#    direct (the mirror of a writer finishing the sentence after the closing
#    mark, guideline 2; partial would be defensible). `Retail sales "will tell
#    us ..."` (the writer supplies the subject) -> partial, "Karen Gibbs".
#  * 8051: `Sudan's Finance Minister said ... the country's IMF representative
#    had told him the fund's executive board was "very pleased with ... we
#    have paid ..."` -- the reporter of the words is the minister (the "we" is
#    Sudan's): "Beshir Omer" (as dev3 734, dev11a 7359); predicate slot: partial.
#  * 3021: `will increase the frequency ... as a "very strong act of faith and
#    confidence"` -> complement of "as": partial, "Antony Butterwick". "A
#    statement issued by the conference" / "it said" -> the issuer, the
#    conference's name as the article gives it, "Europe South and South-East
#    African Conference Lines".
#  * 12778: the mechanical harvesters were particularly "vulnerable," --
#    predicate of Castro's reported speech (published in GRANMA; the person,
#    not the paper): partial, "Fidel Castro".
#  * 15020: `"This is the first ambitious proposal ...," Lee said.` -> "Lee
#    Ta-hai" (the only Lee; not John Ni, the "he" of the preceding paragraphs).
#  * 14818: `He said the South Korean won would be revalued ..., but added "We
#    do not believe ..."` follows Koo's quotes ("Koo said the loans ...
#    he said."): "Koo Bon-yong"; bare frame "added": direct.
#  * 8386: `will also be maintained at "a level no higher than 20 pct," he
#    said` -- object of the writer's preposition: partial, "Zain Azraai".
#  * 10219: "one added" of the "Foreign bankers" (no bank named) and 12752 "a
#    bill trader", 9620 "one commission house analyst" / "one analyst":
#    null/anonymous. 9620 "Walter Brown, market analyst for a major
#    California cotton producer" (producer not named) -> "Walter Brown";
#    `Brown took that opinion a step further. "I don't think ...,"` (no frame,
#    the quote stands as his utterance) -> direct.
#  * 17747: `A. William Reynolds, GenCorp chairman said the sale ...
#    "represents ..."` / `are "proceeding satisfactorily."` -> partial,
#    "A. William Reynolds".
A = "anonymous"
TEST4E = {
 15452: [("q",k,"direct","Steve Slifer") for k in range(2)]
        + [("q",k,"direct","Ward McCarthy") for k in range(2,6)],
 14818: [("q",0,"direct","Kim Mahn-je"), ("q",1,"direct","Koo Bon-yong"),
         ("q",2,"direct","Koo Bon-yong"), ("q",3,"direct","Koo Bon-yong"),
         ("q",4,"direct","Koo Bon-yong")],
 12778: [("q",0,"partial","Fidel Castro")],
 3021:  [("q",0,"partial","Antony Butterwick"),
         ("q",1,"direct","Europe South and South-East African Conference Lines")],
 10985: [("q",0,"direct","James Baker"), ("q",1,"partial","James Baker")],
 2567:  [("q",0,"direct","Kevin Mukri"), ("q",1,"direct","Kevin Mukri")],
 15737: [("q",0,"direct","John Kaiser"), ("q",1,"direct","John Kaiser")],
 7447:  [("q",0,"direct","Ian Story")],
 8386:  [("q",0,"partial","Zain Azraai")]
        + [("q",k,"direct","Zain Azraai") for k in range(1,6)],
 9962:  [("q",0,"direct","Turgut Ozal"), ("q",1,"partial","Turgut Ozal")],
 10219: [("q",0,"direct","Jaime Ongpin"), ("q",1,"partial","Jaime Ongpin"),
         ("q",2,"direct","Jaime Ongpin"), ("q",3,"direct","Jaime Ongpin"),
         ("q",4,"direct","Jaime Ongpin"), ("q",5,"direct",None,A)],
 3691:  [("q",0,"direct","Craig Sloane"), ("q",1,"direct","Craig Sloane"),
         ("q",2,"partial","Karen Gibbs"), ("q",3,"direct","Brian Singer"),
         ("q",4,"direct","Brian Singer"), ("q",5,"direct","Brian Singer"),
         ("q",6,"direct","Jim Rozich")],
 12752: [("q",0,"direct",None,A), ("q",1,"direct",None,A)],
 17747: [("q",0,"direct","Rip Tilden"), ("q",1,"partial","A. William Reynolds"),
         ("q",2,"partial","A. William Reynolds")],
 13086: [("q",0,"direct","Stuart Kelso")],
 15020: [("q",0,"direct","Lee Ta-hai"), ("q",1,"direct","Hou Chia-chi")],
 8051:  [("q",0,"partial","Beshir Omer")],
 9620:  [("q",0,"direct","Lisbeth Keefe"), ("q",1,"direct","Judy Weissman"),
         ("q",2,"direct",None,A), ("q",3,"direct","Walter Brown"),
         ("q",4,"direct",None,A), ("q",5,"direct","Walter Brown"),
         ("q",6,"partial","Walter Brown"), ("q",7,"direct","Walter Brown")],
 11578: [("q",0,"direct","William Bradt"), ("q",1,"direct","William Bradt")],
 11006: [("q",0,"direct","Eugene Nowak"), ("q",(541,589),"direct","Eugene Nowak"),
         ("q",(803,916),"direct","Eugene Nowak")],
}
