# Hand annotations for test11d (items 1861-1880 of the sampler's shuffled list,
# sample_part(1860, 1880)). Same item format as ann_dev4.py:
#   ("q", P, kind, speaker[, null_reason])  P = quote-mark pair index or (start, end)
#   ("n", P)  quote-mark stretch that is not a quotation.
# Annotated blind, by reading the articles only (show.py); the system was not run or read.
# Decisions beyond GUIDELINES.md:
#  * 14776: `Pzena said company officials were asked ... but offered "no
#    comment" in reply` -- the Texaco officials' words, given by the text as
#    Pzena's report -> the reporter of the words, "Richard Pzena" (as dev3 734,
#    dev11a 7359; "Texaco Inc" would be defensible); object of "offered":
#    partial. "one analyst who attended the Texaco meeting but declined to be
#    named" / "he" -> null/anonymous (both pairs). "Alan Edgar of Prudential
#    Bache ..." / "he added" -> "Alan Edgar".
#  * 13135: `described his meeting ... as "very frank indeed."` -- complement
#    of "as": partial, "Michael Howard". The "he said" of pair 2 follows the
#    paragraphs on Howard ("Howard told reporters ...", "..., he said"):
#    "Michael Howard". `Howard replied, "We find ..."` -> direct.
#  * 2891: "the Drexel spokesman" (after "A spokesman for Drexel") -> "Drexel",
#    the affiliation as the attribution writes it (dev11a 7022; fullest name
#    "Drexel Burnham Lambert Inc"). "one corporate bond trader", "one portfolio
#    manager" -> null/anonymous. "Robert Nelson of S and P" -> "Robert Nelson"
#    (both pairs, the second continuing after the attribution).
#  * 8267: `a classified or "staggered" board` -- a governance term and
#    attributive modifier: not_quote. `GenCorp said these proposals could
#    "distract ..."` -> partial, "GenCorp Inc".
#  * 16161: `it also said it is "investigating the possibility ..."` in the
#    SEC filing of "An investor group led by Technology Growth Fund Ltd" -> the
#    group's only named member/leader, "Technology Growth Fund Ltd" (document ->
#    its issuer, named as the article names the group); partial.
#  * 9761: "a U.S. Bank foreign exchange manager" (bank not named, as dev9a
#    12218) -> null/anonymous, direct. "P.S. Tam of Morgan Guaranty Trust" ->
#    "P.S. Tam".
#  * 7869: `he noted that "I cannot help but wonder ..."` -- fills the
#    that-clause although a full first-person sentence: partial (as dev11a
#    3983, dev9a 10050), "Jose Concepcion".
#  * 4974: broken marks. The mark at 666 (`traditional "kasgeldleningen',"`)
#    is a double typed for a single opening an inner quote (closed by the
#    apostrophe), so it stays inside Etty's quote (guideline 7): ONE quote from
#    the opening at 584 to the closing at 684, explicit offsets (585, 684),
#    direct, "Walter Etty" ("financial alderman" dropped). Every later pair
#    index is shifted: `"CPs and CDs ... promotional reasons," Amro board
#    member Dick Meys told ...` -> (1072, 1169), direct, "Dick Meys".
#  * 10308: `attacked the "profit before everything" mentality` -- an
#    attributive label inside the writer's noun phrase (guideline 6; dev11b
#    15111 "too expansive"): not_quote, although it is Rong Yiren's phrase
#    (partial, "Rong Yiren", would be defensible). "One" of the unnamed
#    "Deputies from three provinces" / "he said" and "another congress member
#    was quoted by the agency as saying" -> null/anonymous (an NPC deputy does
#    not speak for the NPC; the agency only relays). The deputy's quote after
#    "he said" -> direct; `saying Zhao's opening speech ... was "discreet,
#    ..."` -> predicate: partial.
#  * 14228: `TransCanada's proposal "amounts to a quasi debt restructuring,"
#    oil analyst Doug Gowland ... said` -- the quote is the predicate of a
#    subject in the writer's words: partial, "Doug Gowland". "Dome spokesman
#    David Annesley ... he said" -> "David Annesley".
#  * 13322: "a spokesman for Montreal-based Dominion called the report just
#    "rumors."" -> complement of "called": partial; "A Dominion spokesman said
#    ... negotiating with "many" U.S. textile companies" -> a quantity in the
#    spokesman's reported speech (as dev9a 16804 "a couple of million"), not
#    the writer's label: partial. Both -> "Dominion", the affiliation as the
#    attributions write it (fullest name "Dominion Textiles Inc"). "one
#    arbitrager" -> null/anonymous. "Eileen Gormley of Thomson McKinnon" /
#    "she" / "Gormley" -> "Eileen Gormley".
#  * 12310: `Burkhard "Bobby" Junger` -- a nickname: not_quote. `Retemeyer said
#    "We are still investigating ... dealers"` (closed without punctuation) ->
#    bare frame: direct, "Carl Hermann Retemeyer" ("chief state prosecutor"
#    dropped).
#  * 3059: "a striking seaman" / "he" -> null/anonymous (no named union).
#  * 11336: "Gunther Schulz, ADB Vice-President in charge of projects" ->
#    "Gunther Schulz"; "bank Vice-President S. Stanley Katz" -> "S. Stanley
#    Katz".
#  * 8621: `Kroger indicated ... with ... the U.S. market still "difficult."`
#    -- the complement of the writer's small clause paraphrasing Kroger:
#    partial, "Joseph Kroger".
#  * 16473: "A Commission official" / "The official said the measures "will
#    take into account ..."" -> "Commission", the affiliation as the
#    attribution names it (as dev11a 15477 "Food Ministry"; the article's
#    fullest form "EC Commission" would be defensible); predicate: partial.
#  * 16292: the closing quote "..., Mercantile Bancorp said." -> "Mercantile
#    Bancorp Inc" (the company's fullest name), direct.
A = "anonymous"
TEST11D = {
 14776: [("q",0,"direct","Richard Pzena"), ("q",1,"direct",None,A),
         ("q",2,"direct",None,A), ("q",3,"partial","Richard Pzena"),
         ("q",4,"direct","Richard Pzena"), ("q",5,"direct","Richard Pzena"),
         ("q",6,"direct","Alan Edgar"), ("q",7,"direct","Alan Edgar"),
         ("q",8,"direct","John Olson")],
 13135: [("q",0,"partial","Michael Howard"), ("q",1,"direct","Michio Takeuchi"),
         ("q",2,"direct","Michael Howard"), ("q",3,"direct","Michael Howard")],
 2891:  [("q",0,"direct","Robert Nelson"), ("q",1,"direct","Robert Nelson"),
         ("q",2,"direct","Drexel"), ("q",3,"direct",None,A),
         ("q",4,"direct",None,A)],
 8267:  [("n",0), ("q",1,"partial","GenCorp Inc")],
 16161: [("q",0,"partial","Technology Growth Fund Ltd")],
 9761:  [("q",0,"direct",None,A), ("q",1,"direct","P.S. Tam")],
 7869:  [("q",0,"partial","Jose Concepcion"), ("q",1,"direct","Jose Concepcion")],
 4974:  [("q",(585,684),"direct","Walter Etty"),
         ("q",(1072,1169),"direct","Dick Meys")],
 10308: [("n",0), ("q",1,"direct",None,A), ("q",2,"partial",None,A)],
 14228: [("q",0,"partial","Doug Gowland"), ("q",1,"direct","Wilf Gobert"),
         ("q",2,"direct","Wilf Gobert"), ("q",3,"direct","David Annesley")],
 13322: [("q",0,"partial","Dominion"), ("q",1,"partial","Dominion"),
         ("q",2,"direct","Eileen Gormley"), ("q",3,"direct","Eileen Gormley"),
         ("q",4,"direct","Eileen Gormley"), ("q",5,"direct","Eileen Gormley"),
         ("q",6,"direct",None,A)],
 12310: [("n",0), ("q",1,"direct","Carl Hermann Retemeyer"),
         ("q",2,"direct","Carl Hermann Retemeyer")],
 3059:  [("q",0,"direct",None,A), ("q",1,"direct",None,A)],
 11336: [("q",0,"direct","S. Stanley Katz"), ("q",1,"direct","Gunther Schulz"),
         ("q",2,"direct","Gunther Schulz")],
 8621:  [("q",0,"direct","Joseph Kroger"), ("q",1,"partial","Joseph Kroger")],
 9953:  [("q",0,"direct","Lars-Erik Thunholm")],
 16428: [("q",0,"direct","John Brinsden"), ("q",1,"direct","Danny Chan")],
 8171:  [("q",0,"direct","Edouard Balladur"), ("q",1,"direct","Edouard Balladur")],
 16473: [("q",0,"partial","Commission")],
 16292: [("q",0,"direct","Mercantile Bancorp Inc")],
}
