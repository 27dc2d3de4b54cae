# Hand annotations for test15f (items 2381-2400 of the sampler's shuffled list,
# sample_part(2380, 2400)). Same item format as ann_dev4.py:
#   ("q", P, kind, speaker[, null_reason])  P = quote-mark pair index or (start, end)
#   ("n", P)  quote-mark stretch that is not a quotation.
# Annotated blind, by reading the articles only (show.py); the system was not run or read.
# Decisions beyond GUIDELINES.md:
#  * 17306: `La Repubblica cited remarks by the Bank of Italy, which ... said it
#    had been partly caused by "non-banking capital outflows."` -- the bank's
#    words relayed by the paper -> the person/body quoted (guideline 5), "Bank
#    of Italy"; object of "by": partial. `"In practice, it seems ...," said the
#    newspaper` -- the paper's own commentary: direct, "La Repubblica".
#  * 16913: the department's documents and statements ("the federal finance
#    department said", "the finance department said") -> the issuer by its
#    fullest name in the article, "federal finance department" (as "The Fed"
#    -> "Federal Reserve Board"). "one finance department official who asked
#    not to be identified" names the affiliation -> the same body (as "a
#    senior Food Ministry official" -> "Food Ministry"; "finance department"
#    as the sentence names it would be defensible). `Financial institutions
#    "are going to complain, but we believe ...," said ...` -- the writer
#    supplies the subject, the quote is its predicate: partial (as dev9a 10050
#    PSBR "is the modern equivalent ..."), although it holds a full clause.
#    `reserves ..., which "will broaden the tax base ...," the finance
#    department said` -- predicate of the writer's relative clause: partial.
#  * 14468: `McGough told reporters "that our game plan does not call for an
#    acquisition,"` -- the quote includes the complementizer and fills the
#    object (that-clause) slot of "told": partial (as `had learned "that
#    markets ..."`), "George McGough".
#  * 14092: `the APFA was conducting a "smear campaign"` -- Duncan's own
#    characterization in his reported speech (object of "conducting"), not a
#    writer's scare quote: partial. Speaker "L.C. Duncan Jr." ("Jr." kept as
#    part of the name, as "Robert Miller Jr"; "vice president of corporate
#    communications" dropped).
#  * 16741: `he would not "quarrel" with a New York Times article` -- a word of
#    Robert Salomon's reported speech (his quote repeats it): partial, "Robert
#    Salomon" (as dev4 6059 "credit"). "Salomon said" / "he said" -> "Robert
#    Salomon" (the person, not Salomon Inc). "said Gutfreund in a statement"
#    -> "John Gutfreund" ("Salomon Chairman" dropped), direct.
#  * 12138: `Until trends are clearer, "the market can only ...," said
#    economists at Merrill Lynch Capital Markets` -- the quote is the main
#    clause of the sentence, the writer only supplies a fronted adverbial
#    clause: direct (as the writer's connective `But "a further ...," he
#    said`, dev10b 7149). "economists at Merrill Lynch Capital Markets" ->
#    "Merrill Lynch Capital Markets" (named affiliation, as dev9a 17348 "a
#    broker at Daiwa Securities Co Ltd"). "economists at Aubrey G. Lanston and
#    Co Inc" and the back-reference "The Lanston economists said, "..."" ->
#    both "Aubrey G. Lanston and Co Inc" (the fullest name of the same firm;
#    "Lanston" as the second sentence names it would be defensible); both
#    direct. `Braverman said that, "from a longer term perspective, ..."` --
#    fills the that-clause: partial. `The Irving economist noted that ... in a
#    similar "paroxysm of pessimism,"` -- Braverman's own phrase in his
#    reported speech: partial, "Philip Braverman" (a scare-quote reading,
#    not_quote, would be defensible). "Salomon Brothers' Henry Kaufman" ->
#    "Henry Kaufman"; "Mitchell Held of Smith Barney ..." -> "Mitchell Held".
#  * 5055: `Mulroney said "significant progress" was being made` -- a noun
#    phrase, subject of the writer's reported clause: partial (guideline 3).
#    `said that while ..., "a profile of a major trade deal is now
#    emerging."` -- completes the writer's that-clause: partial. `said Canada
#    was a "fair trader"` -- predicate of his reported speech: partial (as
#    dev10a 7706). The unattributed paragraph `"What we want is ..."` follows
#    his direct quote and continues him: direct. All "Brian Mulroney".
#  * 17365: `National said that ... the New Zealand dollar would find its level
#    with "complementary fiscal and monetary policies."` -> partial, the party
#    as named, "National Party" (descriptors "New Zealand's opposition"
#    dropped).
#  * 17693: the minister is written "Minister Manuel Azpur UA" (a garbled
#    "Azpurua"; later "Azpur"); copied as written (as dev11b 14123 "Roy
#    Denmam"), "Manuel Azpur UA". `the measure is "fundamental to ..."` --
#    predicate: partial.
#  * 15184: "a spokesman for one of Spain's major sunflower oil producers" --
#    the company is not named: null/anonymous (all three quotes, "he said").
#  * 11687 "one dealer with a U.S. Bank" (as dev9a 12218), "one dealer";
#    4961 "a source told Reuters", "one source" (congressional sources);
#    17357 "a Japanese refiner", "a Japanese oil trader", "one international
#    oil trader in Tokyo" / "he added", "One oil industry analyst concurred,"
#    (bare frame: direct), "an oil industry analyst": null/anonymous.
#  * 1362: quotes from an interview with El Universal -> the person, "Jorge
#    Marcano" ("public finances director" dropped).
#  * 13129: `a "golden share"` -- a privatisation term: not_quote; the article
#    has no quotation.
A = "anonymous"
TEST15F = {
 9369:  [("q",0,"direct","Roger Douglas"), ("q",1,"direct","Roger Douglas")],
 17306: [("q",0,"direct","Mario Sarcinelli"), ("q",1,"partial","Bank of Italy"),
         ("q",2,"direct","La Repubblica")],
 11687: [("q",0,"direct",None,A), ("q",1,"direct",None,A)],
 14092: [("q",0,"partial","L.C. Duncan Jr."), ("q",1,"direct","L.C. Duncan Jr.")],
 608:   [("q",0,"direct","Thomas O'Donnell")],
 4961:  [("q",0,"direct",None,A), ("q",1,"direct",None,A)],
 1362:  [("q",0,"direct","Jorge Marcano"), ("q",1,"direct","Jorge Marcano")],
 17547: [("q",0,"direct","Gibson Chigaga"), ("q",1,"direct","Gibson Chigaga")],
 17365: [("q",0,"partial","National Party")],
 14468: [("q",0,"partial","George McGough")],
 16913: [("q",0,"partial","federal finance department"),
         ("q",1,"partial","federal finance department"),
         ("q",2,"direct","federal finance department")],
 5055:  [("q",0,"partial","Brian Mulroney"), ("q",1,"partial","Brian Mulroney"),
         ("q",2,"direct","Brian Mulroney"), ("q",3,"direct","Brian Mulroney"),
         ("q",4,"partial","Brian Mulroney"), ("q",5,"direct","Brian Mulroney")],
 9090:  [("q",0,"direct","Rosario Ilacqua"), ("q",1,"direct","Sanford Margoshes"),
         ("q",2,"partial","Sanford Margoshes")],
 17357: [("q",0,"direct",None,A), ("q",1,"direct",None,A), ("q",2,"direct",None,A),
         ("q",3,"direct",None,A), ("q",4,"direct",None,A), ("q",5,"direct",None,A)],
 10515: [("q",0,"direct","J. Hugh Liedtke")],
 16741: [("q",0,"partial","Robert Salomon"), ("q",1,"direct","Robert Salomon"),
         ("q",2,"direct","Robert Salomon"), ("q",3,"direct","John Gutfreund")],
 12138: [("q",0,"direct","Merrill Lynch Capital Markets"),
         ("q",1,"direct","Henry Kaufman"), ("q",2,"direct","Philip Braverman"),
         ("q",3,"partial","Philip Braverman"), ("q",4,"partial","Philip Braverman"),
         ("q",5,"direct","Mitchell Held"),
         ("q",6,"direct","Aubrey G. Lanston and Co Inc"),
         ("q",7,"direct","Aubrey G. Lanston and Co Inc")],
 17693: [("q",0,"partial","Manuel Azpur UA")],
 15184: [("q",0,"direct",None,A), ("q",1,"direct",None,A), ("q",2,"direct",None,A)],
 13129: [("n",0)],
}
