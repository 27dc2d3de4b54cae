# Hand annotations for test13d (items 2101-2120 of the sampler's shuffled list,
# sample_part(2100, 2120)). Same item format as ann_dev4.py:
#   ("q", P, kind, speaker[, null_reason])  P = quote-mark pair index or (start, end)
#   ("n", P)  quote-mark stretch that is not a quotation.
# Annotated blind, by reading the articles only (show.py); the system was not run or read.
# Decisions beyond the guidelines:
#  * 1462: Hammer's SEC filing (a person's filing -> the person, dev5a 1956):
#    `because of his "extensive business experience"` (object slot) and `he
#    may be "invited" to become a member` (predicate slot; a word of the
#    filing, not the writer's scare quote) -> partial, "Mark Hammer".
#  * 11915: `The White House said the rise ... was "unfortunate in a general
#    sense"` -> predicate: partial, "White House" (the attribution names the
#    institution, not yet the spokesman); the later quote with `spokesman
#    Marlin Fitzwater said` -> "Marlin Fitzwater", direct.
#  * 162: `But "given ... balances," the OECD said.` and `Particularly for the
#    banks, "recent developments ... position," it said.` -- full clauses
#    before a bare frame, preceded only by a connective / fronted adverbial of
#    the writer: direct (as dev10a 4914 fronted adverbial). The report's issuer
#    by its fullest name, "Organisation for Economic Cooperation and
#    Development".
#  * 8514: "the statement said" (of the bourse) -> "Amsterdam Stock Exchange";
#    `described by bourse officials as Amsterdam's "little bang,"` -- a
#    nickname (precedent: "Little Bang" not_quote): not_quote.
#  * 9741: `"Indeed, he is likely to testify ...," Time said.` -- the
#    magazine's own words: "Time", direct. `Reagan told reporters Poindexter
#    and ... North "just didn't tell me ..."` -> partial, "President Reagan"
#    (the article names him only "President Reagan"/"Reagan", dev10a 1642).
#  * 3775: "an executive with a U.S. Bank", "one local banker", "the manager of
#    a European bank", "A local banker, who declined to be named" -> no named
#    affiliation: null/anonymous (dev9a 12218).
#  * 3969: `growth ... will "offset the additional capacity."` and `will
#    position it "well into the 21st century,"` -> partial, "Eastman Kodak Co".
#  * 10995: "one official" after "U.K. Authorities have lost patience ..." --
#    the attribution names no organisation: null/anonymous. "one official at
#    the Department of Trade and Industry (DTI)" -> "Department of Trade and
#    Industry". "she told Parliament" -> "Margaret Thatcher".
#  * 18592: "retired Adm. Eugene Carroll" -> "Eugene Carroll".
#  * 4285: `Diamant Board said "The results ..."` (the company statement, name
#    misspelt in the frame) -> "Diamant Boart SA", direct.
#  * 8919: `He said he had told cabinet ministers ... that "Marcos cronies"
#    could easily put up ...` -- a current label for a group of people (a
#    coined label, guideline 6), not SyCip's clause: not_quote (partial,
#    "David SyCip", would be defensible). The quote with a stray single mark
#    (`... accept them',"`) is one direct quote.
#  * 4105: `what he described as a "confidential" report` -- an attributive
#    modifier inside the writer's noun phrase (guideline 6, dev11a "material
#    adverse"): not_quote; the article has no quotation.
#  * 16123: `"Without this reduction, ... 138 mln dlrs," a 10 pct increase over
#    last year's profit, Taylor said.` -- a clause beginning the sentence,
#    continued by the writer before the frame: direct (dev10b 7149), "Allan
#    Taylor" ("chairman" dropped).
#  * 2229: "Gene Moos" for both quotes (the first "Moos said" follows the
#    named aide).
A = "anonymous"
TEST13D = {
 15343: [("q",0,"direct","M. N. Goiporia")],
 1462:  [("q",0,"partial","Mark Hammer"), ("q",1,"partial","Mark Hammer")],
 11915: [("q",0,"partial","White House"), ("q",1,"direct","Marlin Fitzwater")],
 7435:  [("q",0,"direct",None,A), ("q",1,"direct","Francisco Gros"),
         ("q",2,"direct","Francisco Gros"), ("q",3,"direct","Francisco Gros")],
 3241:  [("q",0,"direct",None,A), ("q",1,"direct","Poul Schlueter")],
 162:   [("q",0,"direct","Organisation for Economic Cooperation and Development"),
         ("q",1,"direct","Organisation for Economic Cooperation and Development")],
 8514:  [("q",0,"direct","Amsterdam Stock Exchange"), ("n",1)],
 9741:  [("q",0,"direct","Time"), ("q",1,"partial","President Reagan")],
 3775:  [("q",0,"direct",None,A), ("q",1,"direct",None,A),
         ("q",2,"direct",None,A), ("q",3,"direct","Kate Newman"),
         ("q",4,"direct",None,A)],
 3969:  [("q",0,"partial","Eastman Kodak Co"), ("q",1,"partial","Eastman Kodak Co"),
         ("q",2,"direct","William F. Fowble"), ("q",3,"direct","William F. Fowble")],
 10995: [("q",0,"direct",None,A),
         ("q",1,"direct","Department of Trade and Industry"),
         ("q",2,"direct","Margaret Thatcher")],
 18592: [("q",0,"direct","Fred Axelgard"), ("q",1,"direct","Eugene Carroll"),
         ("q",2,"direct","Caspar Weinberger"), ("q",3,"direct","Caspar Weinberger")],
 12948: [("q",0,"direct","Clayton Yeutter")],
 4285:  [("q",0,"direct","Diamant Boart SA")],
 6748:  [("q",0,"direct","Jose Carlos Goncalves")],
 8919:  [("q",0,"direct","David SyCip"), ("q",1,"direct","David SyCip"),
         ("q",2,"direct","David SyCip"), ("q",3,"direct","David SyCip"),
         ("q",4,"direct","David SyCip"), ("q",5,"direct","David SyCip"),
         ("q",6,"direct","David SyCip"), ("q",7,"direct","David SyCip"),
         ("n",8),
         ("q",9,"direct","David SyCip"), ("q",10,"direct","David SyCip"),
         ("q",11,"direct","David SyCip"), ("q",12,"direct","David SyCip")],
 4105:  [("n",0)],
 13096: [("q",0,"direct","Makoto Kuroda"), ("q",1,"direct","Makoto Kuroda")],
 2229:  [("q",0,"direct","Gene Moos"), ("q",1,"direct","Gene Moos")],
 16123: [("q",0,"direct","Allan Taylor"), ("q",1,"direct","Allan Taylor")],
}
