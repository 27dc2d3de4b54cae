# Hand annotations for test12a (items 1921-1940 of the sampler's shuffled list,
# sample_part(1920, 1940)). Same item format as ann_dev4.py:
#   ("q", P, kind, speaker[, null_reason])  P = quote-mark pair index or (start, end)
#   ("n", P)  quote-mark stretch that is not a quotation.
# Annotated blind, by reading the articles only (show.py); the system was not run or read.
# Decisions beyond the guidelines:
#  * 15870: "an associate of Edelman" / "the aide" / "He" -> "Asher Edelman":
#    the aide speaks for the named person (as dev15a 17691 "an aide to
#    Chirac"). `Noting that "our tender offer is definitely in place" the aide
#    said` fills the that-clause: partial; `was thus a "non-event."`
#    (predicate) -> partial.
#  * 8009: "Hojatoleslam Akbar Hashemi Rafsanjani" -> "Akbar Hashemi
#    Rafsanjani" (a clerical title, dropped). `The agency ... quoted him as
#    saying that Iran did not need missiles ... because "we can close it ..."`
#    -- the person quoted by the agency (guideline 5), and the clause fills the
#    writer's because-slot: partial. `He added "We have ..."` -> bare frame:
#    direct.
#  * 4261: "a spokesman for the International Trade and Industry Ministry" /
#    "He" / "The spokesman" -> "International Trade and Industry Ministry".
#  * 2094: `warned against "quick fix" solutions` and 8092: `give "early
#    warning" signs` -- attributive modifiers inside the writer's noun phrase
#    (guideline 6): not_quotes. 8092: `Heller said, "A broadly based commodity
#    price index may be worth exploring" as a guide to monetary policy` -- a
#    clause after a bare frame, finished by the writer: direct.
#  * 18674: the article names him only as "President Reagan" / "Reagan" / "He"
#    -> "President Reagan" (dev10a 1642). `added that leading indicators had
#    sent a message of "steady as she goes."` -- Reagan's words in the object
#    slot of his reported speech: partial. `"issues lunch"` (a name of the
#    meeting) -> not_quote.
#  * 8736: `were down "moderately,"`, `was "excellent"`, `said it "will
#    continue ..."` -> partial, "U.S. Shoe Corp" (the company's statement).
#  * 461: "A company spokesman told Reuters "..."" -> "Montedison Spa", direct.
#  * 12510: `so-called "pathfinder prospectus"` (a term) -> not_quote; the
#    article has no quotation. 15538: the label `"world's fastest machine"` and
#    the technology name `"massive parallism."` -> not_quotes.
#  * 5491: `it has not "materialized as fast ..."` and `would be "rightly
#    perceived as a bank bailout."` -> partial, "James Baker".
#  * 4022: "a senior FRN trader at a U.K. Bank" (bank not named), "a senior
#    FRN market source", "another senior FRN trader" / "he", "one trader at a
#    Canadian house"; 10801 "a merchant banker"; 16125 "one futures analyst"
#    -> null/anonymous.
#  * 9652: `"We can handle ...," Krenzler said, "as long as we don't have a lot
#    of wind."` -- the second pair continues the sentence after the bare
#    frame: direct, "Eugene Krenzler".
A = "anonymous"
TEST12A = {
 8778:  [("q",0,"direct","James Miller"), ("q",1,"direct","James Miller"),
         ("q",2,"direct","James Miller"), ("q",3,"direct","James Miller")],
 15264: [("q",0,"direct","Bryan Kelman"), ("q",1,"direct","Bryan Kelman")],
 7148:  [("q",0,"direct","Michael Spicer")],
 4261:  [("q",0,"direct","International Trade and Industry Ministry"),
         ("q",1,"direct","International Trade and Industry Ministry"),
         ("q",2,"direct","International Trade and Industry Ministry")],
 15870: [("q",0,"partial","Asher Edelman"), ("q",1,"partial","Asher Edelman")],
 9652:  [("q",0,"direct","Eugene Krenzler"), ("q",1,"direct","Eugene Krenzler"),
         ("q",2,"direct","Eugene Krenzler"), ("q",3,"direct","Eugene Krenzler")],
 16125: [("q",0,"direct","Peter Beutel"), ("q",1,"direct",None,A)],
 8009:  [("q",0,"direct","Akbar Hashemi Rafsanjani"),
         ("q",1,"partial","Akbar Hashemi Rafsanjani"),
         ("q",2,"direct","Akbar Hashemi Rafsanjani")],
 2094:  [("q",0,"direct","Manuel Johnson"), ("q",1,"direct","Manuel Johnson"),
         ("q",2,"direct","Manuel Johnson"), ("n",3),
         ("q",4,"direct","Manuel Johnson")],
 4455:  [("q",0,"direct","Luigi Lucchini")],
 5491:  [("q",0,"direct","James Baker"), ("q",1,"partial","James Baker"),
         ("q",2,"partial","James Baker")],
 8736:  [("q",0,"partial","U.S. Shoe Corp"), ("q",1,"partial","U.S. Shoe Corp"),
         ("q",2,"partial","U.S. Shoe Corp")],
 461:   [("q",0,"direct","Montedison Spa")],
 12510: [("n",0)],
 5839:  [("q",0,"direct","Katsuyuki Okayasu"), ("q",1,"direct","Tetsuya Dezuka"),
         ("q",2,"direct","Tetsuya Dezuka"), ("q",3,"direct","Koki Chiyojima")],
 10801: [("q",0,"direct",None,A)],
 8092:  [("q",0,"direct","Robert Heller"), ("q",1,"direct","Robert Heller"),
         ("n",2), ("q",3,"direct","Robert Heller"), ("q",4,"direct","Robert Heller")],
 18674: [("n",0), ("q",1,"partial","President Reagan")],
 15538: [("n",0), ("q",1,"direct","Gary Smaby"), ("q",2,"direct","Lloyd Thorndyke"),
         ("n",3), ("q",4,"direct","Brian Boyle")],
 4022:  [("q",0,"direct",None,A), ("q",1,"direct",None,A), ("q",2,"direct",None,A),
         ("q",3,"direct",None,A), ("q",4,"direct",None,A)],
}
