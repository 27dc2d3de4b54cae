# Hand annotations for test3f (items 961-980 of the sampler's shuffled list,
# sample_part(960, 980)). Same item format as ann_dev4.py:
#   ("q", P, kind, speaker[, null_reason])  P = quote-mark pair index or (start, end)
#   ("n", P)  quote-mark stretch that is not a quotation.
# Annotated blind, by reading the articles only (show.py); the system was not run or read.
# Decisions beyond GUIDELINES.md:
#  * 14195: `A British minister said he had given ... if Tokyo did not allow
#    more access to its internal markets "and it was clearly understood."` --
#    the quoted words complete the writer's reported clause: partial. The
#    minister of the lead is named in the next paragraph, "Corporate Affairs
#    Minister Michael Howard" -> "Michael Howard". `the need to be "fair and
#    open"` (complement) -> partial. The unattributed quote paragraphs after
#    "Howard denied ..." / "Howard said ..." are his: direct.
#  * 6289: the SEC filing of "A shareholder group led by ... investor Natalie
#    Koether" ("the group said") -> the document's issuer, the unnamed group,
#    identified by its named leader: "Natalie Koether" (debatable: "Sun
#    Equities Corp", the member named in the quote, would be defensible).
#  * 1844: the two marks at 993 (`Iran"s`) and 2009 (`Qatar"s`) are double
#    marks typed for apostrophes; they pair with each other as a stretch that
#    is not a quotation: ("n", 0) (guideline 7). The article has no quotation.
#  * 5170: "a fixed-income securities portfolio manager at a major money
#    center bank" (bank not named) -> null/anonymous. `"Cash" in portfolios
#    usually means ...` -- a term mentioned by the writer: not_quote.
#    `He said "interest rates ..."` and `She said "we're worried ..."` are bare
#    frames: direct despite lower-case starts (as dev11b 14123).
#  * 10320: `aimed at "international markets"` (object fragment), `press
#    reports "was probably about right."` (predicate), `paid "at the date
#    foreseen ..."` and Callebaut's `since Ferruzzi was "apparently still
#    organising finance,"` fill slots of the writer's sentences: partial
#    (as dev9a 16804 "a week or so"). "Raul Gardini", "Pierre Callebaut".
#  * 3595: `he said "at this moment, we have ..."` -- bare frame: direct,
#    "Rha Woong Bae".
#  * 13022: "a spokesman for leading Japanese electronics firm Matsushita
#    Electric Industrial Co Ltd" -> that firm as named. "a senior Taiwanese
#    trade official who asked not to be named" -> the country of the
#    government official, "Taiwan" (the country rule; as dev10a 3248 "a
#    Reagan administration official ... who asked not to be named" is not
#    null; null/anonymous would be defensible).
#  * 14823: "one official" of the "Board officials" of "South Korea's
#    Securities Supervisory Board" -> "Securities Supervisory Board".
#  * 14089: the chairman is "Douglas Danforth" in the lead and "Danworth" (a
#    typo) in the attributions: the fullest name as the lead gives it.
#  * 17055: `it would be difficult, "if not impossible," for Sudan ...` --
#    fragment inside the writer's reported clause: partial, "Beshir Omar".
#  * 16387: `said yesterday it would be "disastrous" if ...` -- predicate of
#    reported speech: partial, "Jacques Delors".
#  * 8817: `some feedlots are already like "soup", he said` -- his word,
#    object of "like" in his reported speech (as dev11a 14500 "war"):
#    partial; "he" continues Paul Johnston (the preceding "he added"
#    paragraph), so "Paul Johnston".
A = "anonymous"
TEST3F = {
 14195: [("q",0,"partial","Michael Howard"), ("q",1,"partial","Michael Howard"),
         ("q",2,"direct","Michael Howard"), ("q",3,"direct","Michael Howard"),
         ("q",4,"direct","Michael Howard"), ("q",5,"direct","Michael Howard")],
 7930:  [("q",0,"direct","Pat Carney")],
 5170:  [("q",0,"direct","Christine Lisec-Tinto"), ("q",1,"direct","Fred Zuckerman"),
         ("q",2,"direct","Fred Zuckerman"), ("q",3,"direct","Judith Corchard"),
         ("q",4,"direct","Judith Corchard"), ("q",5,"direct","Judith Corchard"),
         ("q",6,"direct","Judith Corchard"), ("q",7,"direct",None,A),
         ("q",8,"direct","George Collins"), ("q",9,"direct","George Collins"),
         ("q",10,"direct","George Collins"), ("n",11)],
 6289:  [("q",0,"direct","Natalie Koether")],
 18295: [("q",0,"direct","White House")],
 10320: [("q",0,"partial","Raul Gardini"), ("q",1,"partial","Raul Gardini"),
         ("q",2,"partial","Pierre Callebaut"), ("q",3,"partial","Raul Gardini"),
         ("q",4,"direct","Raul Gardini"), ("q",5,"direct","Raul Gardini")],
 14370: [("q",0,"direct","Parker Montgomery"), ("q",1,"direct","Parker Montgomery"),
         ("q",2,"direct","Parker Montgomery")],
 1844:  [("n",0)],
 3595:  [("q",0,"direct","Rha Woong Bae")],
 12144: [("q",0,"direct","Dante de Guzman")],
 15855: [("q",0,"direct","Joe Levy"), ("q",1,"direct","Joe Levy"),
         ("q",2,"direct","Joe Levy")],
 17055: [("q",0,"partial","Beshir Omar")],
 11633: [("q",0,"direct","Andre Fortier")],
 13022: [("q",0,"direct","Matsushita Electric Industrial Co Ltd"),
         ("q",1,"direct","Tom Murtha"), ("q",2,"direct","Taiwan"),
         ("q",3,"direct","Paul Sheen"), ("q",4,"direct","Lawrence Mills"),
         ("q",5,"direct","Lawrence Mills"), ("q",6,"direct","John Button")],
 14823: [("q",0,"direct","Securities Supervisory Board")],
 14089: [("q",0,"direct","Douglas Danforth"), ("q",1,"direct","Douglas Danforth")],
 8974:  [("q",0,"direct","Karlheinz Kaske")],
 18082: [("q",0,"direct","Wendy Cuthbertson")],
 16387: [("q",0,"partial","Jacques Delors")],
 8817:  [("q",0,"direct","Todd Domer"), ("q",1,"direct","Paul Johnston"),
         ("q",2,"partial","Paul Johnston")],
}
