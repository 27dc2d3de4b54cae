# Hand annotations for test2d (items 641-660 of the sampler's shuffled list,
# sample_part(640, 660)). Same item format as ann_dev4.py:
#   ("q", P, kind, speaker[, null_reason])  P = quote-mark pair index or (start, end)
#   ("n", P)  quote-mark stretch that is not a quotation.
# Annotated blind, by reading the articles only (show.py); the system was not run or read.
# Decisions beyond GUIDELINES.md:
#  * 6412: `A North Korean Foreign Ministry statement said it hoped diplomatic
#    contact would help "promote sincere conversations ...," the agency said.`
#    -- the statement's words (relayed by the New China News Agency, which is
#    not the speaker) -> the issuer as the attribution names it, "North Korean
#    Foreign Ministry" (as dev11a 15477 "Food Ministry", with the adjective the
#    sentence gives; "Foreign Ministry" would be defensible); object slot of
#    "help": partial.
#  * 6872: `"Serious mistakes were made ...," the report said.` -- the report
#    "by subcommittee staffs of the Senate Judiciary Committee and the Joint
#    Economic Committee" is a joint document: recorded as the first-named
#    issuer, "Senate Judiciary Committee" (as dev6b 13498; "Joint Economic
#    Committee" is equally the issuer; the senators only based their charges
#    on it). Direct.
#  * 5388: "a company spokesman" / "the spokesman" of <Billiton International
#    Metals B.V.> -> its fullest name "Billiton International Metals B.V."
#    (guideline 5, "Benetton SpA").
#  * 1757: the article names him only "President Reagan" / "Reagan": "President
#    Reagan" (the exception of dev10a 1642, dev10b 18385). `Reagan added: "..."`
#    -> direct.
#  * 8243: `the Republicans were prepared to make a "good faith" effort` -- only
#    the modifier is quoted, an attributive label inside the writer's noun
#    phrase (guideline 6; as dev11a 13480 "material adverse"): not_quote; the
#    article has no quotation.
#  * 11107: Glickman's `evidence that a "few bad apples" were using ...` (subject
#    of the reported clause) and `jeopardized the "political credibility" of
#    U.S. farm programs` (the head noun phrase, object of the reported verb, not
#    a modifier) are fragments of his reported speech: partial, "Dan Glickman"
#    (as dev4 6059 "credit", dev11a 14500 "war"). `would consider legislation to
#    "ensure than no one ..."` -> partial. `a regulation requiring a
#    reorganization to involve a "substantive" change` -- an attributive
#    modifier, the regulation's term: not_quote. "GAO Senior Associate Director
#    Brian Crowley" -> "Brian Crowley"; `contributed to "the creation of ..."`
#    -> partial.
#  * 2898: `Xuto said in his consultations with ... over the last few months,
#    "I have found ..."` -- a full clause after the frame with an intervening
#    adverbial: direct (as dev10a 4914 fronted adverbial). The next paragraph's
#    quote has no attribution of its own and continues Xuto: direct, "Manaspas
#    Xuto". `said he was cautiously optimistic "that together we should ..."`
#    fills the complement slot of "optimistic": partial, "Wong Kum Choon".
#  * 16567: `to review a "strategic plan" developed by management` -- the name
#    of the management document, a label inside the writer's noun phrase:
#    not_quote (partial, "Woodstream Corp", would be defensible as a quoted
#    whole noun phrase, dev5a 9057); the article has no quotation.
#  * 5881: "the Institute of Economic Research (NZIER)" / "The NZIER" / "The
#    independent institute ... in its quarterly March issue" -> "Institute of
#    Economic Research" (the fullest name the text gives). The quotes with no
#    attribution of their own (pairs 2, 4) follow "the NZIER said": direct.
#  * 17411: `the profit increase would be "not insignificant."` -- predicate:
#    partial, "Helmut Sihler".
#  * 9846: the quotes come from General Acquisition's letter to the GenCorp
#    board -> the issuer "General Acquisition Co". `until it has "thoroughly
#    explored with us ..."` (predicate slot) and `if GenCorp does not allow an
#    "environment for fair competition,"` (object noun phrase of the reported
#    clause, the whole phrase quoted) -> partial; `"poison pill"` (a defence
#    term glossed by the writer) -> not_quote.
#  * 10455: `The company said that the principal effect of the measure "will
#    be ..."` (proxy material -> the issuer) -> partial, "Exxon Corp".
#  * 16663: "a statement issued after a two day meeting of the Inter
#    Governmental Group on Indonesia (IGGI)" / "it said" -> the issuer, "Inter
#    Governmental Group on Indonesia". Direct.
#  * 10202: `Even so, Reagan's decision "doesn't give us any joy. ..." Yeutter
#    said` -- the quoted words fill the predicate of the writer's subject:
#    partial although they hold full sentences (as dev6a 7679); `are problems
#    "they have brought on themselves."` and `will include "some difficult
#    items ..."` -> partial. "U.S. Trade Representative Clayton Yeutter" ->
#    "Clayton Yeutter".
#  * 3737: `Such bids "often depend ..." he said` and `They "should exercise
#    ..." he added` -- predicates of the writer's subjects: partial. `he said
#    "those in the City ..."` -> bare frame after a fronted adverbial, direct
#    despite the lower-case start. "its governor, Robin Leigh-Pemberton" ->
#    "Robin Leigh-Pemberton".
#  * 8876: "Ansell regional director Chris Humphrey" / "he" -> "Chris Humphrey".
#    5318: "Space Commission Chairman Udipi Ramachandra Rao" -> "Udipi
#    Ramachandra Rao".
A = "anonymous"
TEST2D = {
 6412:  [("q",0,"partial","North Korean Foreign Ministry")],
 5388:  [("q",0,"direct","Billiton International Metals B.V.")],
 6872:  [("q",0,"direct","Senate Judiciary Committee")],
 17812: [("q",0,"direct","Rastam Hadi")],
 3317:  [("q",0,"direct","Gordon White")],
 8243:  [("n",0)],
 1757:  [("q",0,"direct","President Reagan"), ("q",1,"direct","President Reagan")],
 17858: [("q",0,"direct","Gerhard Stoltenberg")],
 8876:  [("q",0,"direct","Chris Humphrey")],
 11107: [("q",0,"direct","Brian Crowley"), ("q",1,"direct","Brian Crowley"),
         ("q",2,"partial","Dan Glickman"), ("q",3,"partial","Dan Glickman"),
         ("q",4,"partial","Dan Glickman"), ("q",5,"direct","Brian Crowley"),
         ("q",6,"partial","Brian Crowley"), ("n",7)],
 2898:  [("q",0,"direct","Manaspas Xuto"), ("q",1,"direct","Manaspas Xuto"),
         ("q",2,"partial","Wong Kum Choon"), ("q",3,"direct","Wong Kum Choon")],
 5318:  [("q",0,"direct","Udipi Ramachandra Rao"), ("q",1,"direct","Udipi Ramachandra Rao"),
         ("q",2,"direct","Udipi Ramachandra Rao")],
 16567: [("n",0)],
 5881:  [("q",k,"direct","Institute of Economic Research") for k in range(5)],
 17411: [("q",0,"partial","Helmut Sihler")],
 9846:  [("q",0,"partial","General Acquisition Co"), ("q",1,"direct","General Acquisition Co"),
         ("n",2), ("q",3,"partial","General Acquisition Co")],
 10455: [("q",0,"partial","Exxon Corp")],
 16663: [("q",0,"direct","Inter Governmental Group on Indonesia")],
 10202: [("q",0,"direct","Clayton Yeutter"), ("q",1,"partial","Clayton Yeutter"),
         ("q",2,"direct","Clayton Yeutter"), ("q",3,"direct","Clayton Yeutter"),
         ("q",4,"partial","Clayton Yeutter"), ("q",5,"partial","Clayton Yeutter")],
 3737:  [("q",0,"direct","Robin Leigh-Pemberton"), ("q",1,"direct","Robin Leigh-Pemberton"),
         ("q",2,"direct","Robin Leigh-Pemberton"), ("q",3,"partial","Robin Leigh-Pemberton"),
         ("q",4,"direct","Robin Leigh-Pemberton"), ("q",5,"partial","Robin Leigh-Pemberton")],
}
