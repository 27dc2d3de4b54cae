# Hand annotations for test6d (items 1261-1280 of the sampler's shuffled list,
# sample_part(1260, 1280)). Same item format as ann_dev4.py:
#   ("q", P, kind, speaker[, null_reason])  P = quote-mark pair index or (start, end)
#   ("n", P)  quote-mark stretch that is not a quotation.
# Annotated blind, by reading the articles only (show.py); the system was not run or read.
# Decisions beyond GUIDELINES.md:
#  * 9725: `Chinese-made "Silkworm" anti-ship missiles` -- a weapon's name
#    (attributive label): not_quote. "he" / "Aziz" -> "Tareq Aziz" (title
#    "Iraqi Foreign Minister" dropped; quotes given in the al-Thawra interview
#    -> the person, guideline 5).
#  * 14192: "the communique said" -- the communique of "The joint Development
#    Committee" ("A committee of the International Monetary Fund (IMF) and
#    World Bank") -> its issuer as named, "Development Committee" (the
#    descriptor "joint" dropped), direct. `noting that there had been a
#    declining flow ... that "has been particularly significant ..."` fills the
#    writer's relative clause: partial, same issuer. "U.S. Treasury Secretary
#    James Baker" -> "James Baker".
#  * 5427: the quote follows `the spokesman said.` with no attribution of its
#    own: direct, "a Foreign Ministry spokesman" -> "Foreign Ministry" (as
#    dev11a 15477 "Food Ministry").
#  * 1049: `designated as "distressed" under the terms of its master
#    agreement` -- a contractual designation (defined term): not_quote; the
#    article has no quotation.
#  * 7962: "A spokesman for the bank" / "he" -> the article's bank, "Credit
#    Suisse" (dev11b 4640).
#  * 96: "A Federal Reserve spokesman" / "He" / "The Fed spokesman" ->
#    "Federal Reserve"; `natural float had been "acting a bit strangely"` and
#    `adjustments were "small,"` are predicates of his reported speech:
#    partial.
#  * 5928: `Despite the 4th qtr results, Rhodes said, "net income ..." --
#    1.61 dlrs dlrs a share.` -- bare frame after a fronted adverbial, the
#    writer finishing the sentence after the closing mark: direct despite the
#    lower-case start, "Rhodes Inc".
#  * 11274, 8925: "one analyst" (both repeated paragraphs of 11274), "one
#    dealer": null/anonymous.
#  * 1938: `will consider well-conceived projects "even if they do not earn
#    foreign exchange."` -- completes the writer's clause: partial, "John
#    Bohn".
#  * 2573: `analysts' estimates ... "are not crazy."` (predicate) -> partial,
#    "David Stanley"; "Larry Kunz, chief financial officer" -> "Larry Kunz".
#  * 1754: `"The domestic economies ... forced to ease," thus paving the way
#    ..., added John Michael` -- a clause beginning the sentence, continued by
#    the writer before the attribution: direct (as dev10b 7149). `Keefe said
#    the next level ... Furthermore, "we still have the April (1986) highs to
#    contend with," which in the nearby contract is ...` -- a full clause
#    standing as the sentence's main clause after a bare sentence adverb, no
#    frame of the writer around it and Keefe the speaker of the paragraph:
#    direct, "Leslie Keefe" (partial would be defensible: the writer finishes
#    the sentence). `Michael said the breakout projects ... and "there is an
#    outside chance to reach 106."` -- conjoined to the writer's reported
#    that-clause: partial, "John Michael". "Refco analyst Mike Connery" ->
#    "Mike Connery"; "chartist Leslie Keefe of Technical Data Corp of Boston"
#    -> "Leslie Keefe".
#  * 9386: NEC's slogan `"C and C"` -- a name: not_quote. The quote paragraph
#    after `Tadahiro Sekimoto told Reuters` with no attribution of its own ->
#    direct, same speaker. "Salomon Brothers (Asia) Ltd analyst Carole Ryavec"
#    / "Salamon's Ryavec" -> "Carole Ryavec".
#  * 14434: `an audit ... revealed "substantial discrepancies" in Stearns
#    accounts` (object of the reported clause, as dev4 9699), `due to an
#    "improper recording of job costs ..."` (a quoted whole noun phrase) and
#    `was not "likely to be significant"` (predicate) -> partial. `the amount
#    involved in the "discrepancy"` -- the company's own word in its reported
#    speech (as dev11a 14500 "war", dev4 6059 "credit"): partial (a not_quote
#    scare-quote reading would be defensible). All "Foster Wheeler Corp" (the
#    company's statement).
#  * 11806: "a U.S. Embassy spokesman" -> "U.S. Embassy" (dev11a 4743). "A
#    British spokesman" / "he" -- the British embassy's spokesman, only the
#    country named: the country rule, the country as the article names it,
#    "Britain" (as dev9b 9585, dev15a 10500; null/anonymous would be
#    defensible, dev11a 13610 "Swiss" as a nationality of a private firm's
#    economist differs since this is an official spokesman).
#  * 10223: "Barry Maddams, Lloyds' general manager here" -> "Barry Maddams".
#  * 10636: "he" -> "Lawrence Uhlick". 3945: "White House spokesman Marlin
#    Fitzwater" -> "Marlin Fitzwater". 18145: "Antonio Pedone".
A = "anonymous"
TEST6D = {
 9725:  [("n",0), ("q",1,"direct","Tareq Aziz"), ("q",2,"direct","Tareq Aziz")],
 14192: [("q",0,"direct","Development Committee"), ("q",1,"direct","James Baker"),
         ("q",2,"partial","Development Committee")],
 5427:  [("q",0,"direct","Foreign Ministry")],
 1049:  [("n",0)],
 18145: [("q",0,"direct","Antonio Pedone")],
 7962:  [("q",0,"direct","Credit Suisse")],
 11274: [("q",0,"direct","Sandra Kaul"), ("q",1,"direct",None,A),
         ("q",2,"direct",None,A)],
 96:    [("q",0,"partial","Federal Reserve"), ("q",1,"partial","Federal Reserve")],
 5928:  [("q",0,"direct","Rhodes Inc")],
 8925:  [("q",0,"direct","Koichi Miyazaki"), ("q",1,"direct",None,A)],
 15325: [("q",0,"direct","Malcolm Baldrige"), ("q",1,"direct","Malcolm Baldrige"),
         ("q",2,"direct","Malcolm Baldrige"), ("q",3,"direct","Malcolm Baldrige"),
         ("q",4,"direct","Malcolm Baldrige"), ("q",5,"direct","Malcolm Baldrige")],
 1938:  [("q",0,"partial","John Bohn")],
 2573:  [("q",0,"direct","David Stanley"), ("q",1,"partial","David Stanley"),
         ("q",2,"direct","Larry Kunz")],
 1754:  [("q",0,"direct","Mike Connery"), ("q",1,"direct","John Michael"),
         ("q",2,"direct","John Michael"), ("q",3,"direct","Leslie Keefe"),
         ("q",4,"direct","Leslie Keefe"), ("q",5,"direct","Leslie Keefe"),
         ("q",6,"partial","John Michael"), ("q",7,"direct","Leslie Keefe")],
 10636: [("q",0,"direct","Lawrence Uhlick")],
 9386:  [("q",0,"direct","Tadahiro Sekimoto"), ("q",1,"direct","Tadahiro Sekimoto"),
         ("n",2), ("q",3,"direct","Carole Ryavec"), ("q",4,"direct","Carole Ryavec"),
         ("q",5,"direct","Tadahiro Sekimoto"), ("q",6,"direct","Tadahiro Sekimoto"),
         ("q",7,"direct","Tadahiro Sekimoto"), ("q",8,"direct","Tadahiro Sekimoto"),
         ("q",9,"direct","Tadahiro Sekimoto"), ("q",10,"direct","Carole Ryavec")],
 14434: [("q",0,"partial","Foster Wheeler Corp"), ("q",1,"partial","Foster Wheeler Corp"),
         ("q",2,"partial","Foster Wheeler Corp"), ("q",3,"partial","Foster Wheeler Corp")],
 11806: [("q",0,"direct","U.S. Embassy"), ("q",1,"direct","Britain"),
         ("q",2,"direct","Britain")],
 10223: [("q",0,"direct","Barry Maddams"), ("q",1,"direct","Barry Maddams")],
 3945:  [("q",0,"direct","Marlin Fitzwater")],
}
