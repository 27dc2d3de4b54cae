# Hand annotations for test14c (items 2201-2220 of the sampler's shuffled list,
# sample_part(2200, 2220)). Same item format as ann_dev4.py:
#   ("q", P, kind, speaker[, null_reason])  P = quote-mark pair index or (start, end)
#   ("n", P)  quote-mark stretch that is not a quotation.
# Annotated blind, by reading the articles only (show.py); the system was not run or read.
# Decisions beyond the guidelines:
#  * 17857: the mark at 430 (after "...or the stockmarket.") pairs with nothing:
#    no quote is open there and the next paragraph is the writer's ("He was
#    speaking at a news conference"). As dev11a 15773 it frames a stretch
#    running to the next mark, a not_quote (431, 493); every later pair index
#    shifts, so Somoza's two quotes are explicit offsets (494, 579) and
#    (858, 906), both direct. `reflected a "totally emotional" reaction` --
#    Somoza's evaluation in his reported speech, a quoted fragment: partial
#    (debatable: an attributive modifier inside the writer's noun phrase, a
#    not_quote under guideline 6, would be defensible). "the president of the
#    Mexican stock exchange, Manuel Somoza" -> "Manuel Somoza".
#  * 15769: Reuters continuation style (guideline 4): `Reagan declared,
#    "During ... Gulf.` (opened at 500) has no closing mark and the next
#    paragraph reopens at 650 (`"The future ... stand alone."`, closed at 776):
#    ONE direct quote (501, 776). Every later pair index is shifted, so all
#    items are explicit offsets. The unattributed paragraph `"It will be made
#    clear ..."` follows Reagan's "he said" quote: direct, same speaker. The
#    article names him only "President Reagan"/"Reagan": "President Reagan"
#    (dev10a 1642, dev10b 18385, dev12a 4730). `were aware that "it is not
#    our interests alone ..."` fills the that-clause: partial.
#  * 2334: `"We expect to file papers late tonight" asking the ICC to reopen
#    ..., spokesman Rich Hall said` -- a clause beginning the sentence,
#    continued by the writer before the attribution: direct (dev10b 7149),
#    "Rich Hall".
#  * 9019: `"These agreements, together with others for Argentina and we hope
#    Brazil," should assure substantial new loans this year, Mulford said.` --
#    the quoted words are a noun phrase, the subject of the writer's "should
#    assure": partial (guideline 3, dev9a 4136), "David Mulford".
#  * 3733: "a Council for Economic Planning and Development spokesman" / "the
#    spokesman" -> "Council for Economic Planning and Development".
#  * 1067: `Royal Bank said it set its provisions "given the continued ..."`
#    -> partial, "Royal Bank of Canada" (the company's fullest name).
#  * 1306: `the yen, which "have made ..." according to a GTX statement` ->
#    the document's issuer, "GTX Corp"; predicate slot: partial.
#  * 10997: "Finance Ministry sources said a "large majority" of foreign banks"
#    -- the head of a noun phrase of the sources' reported speech, not an
#    attributive modifier: partial, "Finance Ministry" (the attribution names
#    the ministry). `were renewed, "without exception."` -> partial, "Dilson
#    Funaro".
#  * 14722: `was ADNOC's most difficult ever but "a practical ... environment."`
#    -- completes the writer's reported clause: partial, "Khalaf al-Oteiba".
#  * 14786: the article repeats two paragraphs (pairs 2-3 and 4-5); each
#    repetition is annotated as it stands. "one trader", "one New York trader",
#    "another trader": null/anonymous, all direct.
#  * 15725: `Besides IBM, "Computer Associates will be ..." added E.F. Hutton
#    analyst Terence Quinn` -- a full clause after a fronted adverbial: direct.
#  * 18044: the ticker symbol "FGI." and 14840: the warrant classes "A"/"B"
#    (as share classes): not_quotes; neither article has a quotation.
A = "anonymous"
TEST14C = {
 17857: [("q",0,"partial","Manuel Somoza"), ("n",(431,493)),
         ("q",(494,579),"direct","Manuel Somoza"), ("q",(858,906),"direct","Manuel Somoza")],
 1067:  [("q",0,"partial","Royal Bank of Canada")],
 15333: [("q",0,"direct","Willy de Clercq")],
 3733:  [("q",0,"direct","Council for Economic Planning and Development")],
 15769: [("q",(365,420),"partial","President Reagan"),
         ("q",(501,776),"direct","President Reagan"),
         ("q",(1288,1428),"direct","President Reagan"),
         ("q",(1702,1890),"direct","President Reagan"),
         ("q",(1910,2112),"direct","President Reagan"),
         ("q",(2225,2397),"direct","President Reagan"),
         ("q",(2409,2482),"direct","President Reagan")],
 17849: [("q",0,"direct","Gerhard Stoltenberg"), ("q",1,"direct","Gerhard Stoltenberg")],
 17346: [("q",0,"direct","Colin Davies")],
 2334:  [("q",0,"direct","Rich Hall")],
 18044: [("n",0)],
 12111: [("q",0,"direct","Alan Garcia"), ("q",1,"direct","Alan Garcia")],
 9736:  [("q",0,"direct","Malcolm Baldrige"), ("q",1,"direct","Malcolm Baldrige"),
         ("q",2,"direct","Malcolm Baldrige")],
 14840: [("n",0), ("n",1), ("n",2), ("n",3)],
 10581: [("q",0,"direct","Phyllis Oakley")],
 4165:  [("q",0,"direct","Robbin Johnson"), ("q",1,"direct","Robbin Johnson")],
 15725: [("q",0,"direct","Scott Smith"), ("q",1,"direct","Scott Smith"),
         ("q",2,"direct","Terence Quinn")],
 1306:  [("q",0,"partial","GTX Corp")],
 14722: [("q",0,"direct","Khalaf al-Oteiba"), ("q",1,"direct","Khalaf al-Oteiba"),
         ("q",2,"partial","Khalaf al-Oteiba")],
 9019:  [("q",0,"partial","David Mulford"), ("q",1,"direct","David Mulford"),
         ("q",2,"direct","David Mulford")],
 14786: [("q",0,"direct",None,A), ("q",1,"direct",None,A), ("q",2,"direct",None,A),
         ("q",3,"direct",None,A), ("q",4,"direct",None,A), ("q",5,"direct",None,A),
         ("q",6,"direct",None,A)],
 10997: [("q",0,"partial","Finance Ministry"), ("q",1,"partial","Dilson Funaro")],
}
