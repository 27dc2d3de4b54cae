# Hand annotations for test10e (items 1761-1780 of the sampler's shuffled list,
# sample_part(1760, 1780)). Same item format as ann_dev4.py:
#   ("q", P, kind, speaker[, null_reason])  P = quote-mark pair index or (start, end)
#   ("n", P)  quote-mark stretch that is not a quotation.
# Annotated blind, by reading the articles only (show.py); the system was not run or read.
# Decisions beyond GUIDELINES.md:
#  * 15320: `Reagan said he would tell Nakasone: "We want ... as soon as
#    evidence permits.` -- the mark at 661 is never closed and the next
#    paragraph ("Reagan said the 100 pct tariffs ...") does not reopen with a
#    mark, so not the continuation style: the quote ends at the end of its
#    sentence/paragraph (662, 802), as dev11b 14555; bare frame with colon:
#    direct. The later paragraph `"In imposing ... trade war," he said.` is
#    then the real pair (1026, 1129): direct. Every pair index is shifted, so
#    both are explicit offsets. The article names him only as "President
#    Reagan"/"Reagan" -> "President Reagan" (dev10a 1642).
#  * 2171: `Haughey said:" Delors assured me ...` -- the opening mark is
#    followed by a space; the span starts at the first word (578, 776), explicit
#    offsets; bare frame: direct. `he added :"If ..."` direct. `he regarded as
#    "almost paramount" the maintenance ...` -- complement of "regarded as":
#    partial. All "Charles Haughey".
#  * 15288: the communique of "The Group of 24 developing countries" -> its
#    issuer "Group of 24". `called for "a new attitude"` -> partial; `the
#    communique said` / `It added: "..."` -> direct.
#  * 16397: `"A sharp deterioration in asset quality," resulting in a
#    "significant" first-quarter loss were cited in the change.` -- the first
#    is a noun phrase (subject of the writer's sentence) cited by the rating
#    agency: partial, "Duff and Phelps"; "significant" is an attributive
#    modifier inside the writer's noun phrase (guideline 6): not_quote.
#  * 7995: `a statement released by the group, termed the San Jose Communique,
#    said` -- the group (representatives of 26 Latin American countries) is
#    not itself named; the meeting was held under the auspices of the "Latin
#    American Economic System", recorded as the issuer (debatable:
#    null/anonymous would be defensible). Direct.
#  * 11600: `The statement said senior officials of the company have stated
#    publicly that they regard apartheid as "a system wholly at variance ..."`
#    -- the statement distributed by "A reprsentative of Shell Oil Co" -> its
#    issuer "Shell Oil Co" (the unnamed officials belong to the company the
#    statement speaks for); complement of "regard as": partial (debatable:
#    "Royal Dutch Petroleum Co" would be defensible). `Goldin said the ultimate
#    aim of the group is to "tighten the noose ..."` -> partial. `asserting
#    that ... votes. "Large companies ..."` -> a new sentence after the
#    writer's clause, standing as Goldin's utterance: direct. "Harrison Goldin,
#    comptroller of New York City" -> "Harrison Goldin".
#  * 3446: "one U.S. Spokesman" following "U.S. Industry officials said ..."
#    -- a spokesman of the U.S. industry, no named organisation (not a
#    government official, so the country rule of dev15a 10500 is not applied;
#    "U.S." would be defensible): null/anonymous, both pairs around the
#    attribution. "said one" (of "some makers"), "a source close to the
#    industry", "one analyst": null/anonymous (each with its following
#    sentence-quote). "Bache's Wolffe" -> "Peter Wolffe"; "Bache Securities
#    (Japan) associate vice president Peter Wolffe" -> "Peter Wolffe".
#  * 12195: `"It makes sense," said James Parker of Robinson Humphrey. But "It
#    won't make out ..."` -- the second continues Parker after the writer's
#    "But": direct, "James Parker". "one arbitrager" -> null/anonymous. The
#    `279 mln dlr "bridge" loan` -- a financing term: not_quote.
#  * 19107: `wage rises are "faster than is comfortable."` and `saying OECD
#    predictions "are somewhat unreliable."` -- predicates: partial, "Nigel
#    Lawson" ("Chancellor of the Exchequer" dropped).
#  * 8498: `He told Parliament in a written answer that "there have been
#    informal talks ... to arrive at arrangements" along the lines ...` --
#    fills the that-clause, continued by the writer: partial, "Michael Howard".
#  * 9907: "a spokesman for Dutch grain and feed trade association, Het
#    Comite" / "The spokesman" / "The Het Comite spokesman" -> "Het Comite".
#    `selected the company ... "because the bill ..."` and `said it was very
#    likely ..., and "as a result it could easily be ..."` fill slots of the
#    reported clause: partial.
#  * 955: "a Labour Ministry official" -> "Labour Ministry". 8499: "Lechin" ->
#    "Juan Lechin Oquendo". 9170: "One economist", "One senior currency trader
#    in Riyadh", "One dealer": null/anonymous.
A = "anonymous"
TEST10E = {
 15320: [("q",(662,802),"direct","President Reagan"),
         ("q",(1026,1129),"direct","President Reagan")],
 7782:  [("q",0,"direct","Juan Lechin Oquendo")],
 13446: [("q",0,"partial","Group of 24"), ("q",1,"direct","Group of 24"),
         ("q",2,"direct","Group of 24")],
 7428:  [("q",k,"direct","Martin Bangemann") for k in range(3)],
 17001: [("q",0,"partial","Nigel Lawson"), ("q",1,"partial","Nigel Lawson"),
         ("q",2,"direct","Nigel Lawson"), ("q",3,"direct","Nigel Lawson"),
         ("q",4,"direct","Nigel Lawson")],
 11143: [("q",0,"direct",None,A), ("q",1,"direct","James Parker"),
         ("q",2,"direct","James Parker"), ("q",3,"direct","Douglas Arthur"),
         ("n",4)],
 10381: [("q",0,"direct","Robert Byrd")],
 14793: [("q",0,"direct","Howard Baker"), ("q",1,"direct","Howard Baker")],
 14476: [("q",0,"partial","Duff and Phelps"), ("n",1)],
 7313:  [("q",0,"direct","Latin American Economic System")],
 8382:  [("q",0,"direct",None,A), ("q",1,"direct",None,A), ("q",2,"direct",None,A)],
 886:   [("q",0,"direct","Takashi Kiuchi"), ("q",1,"direct","Labour Ministry")],
 10527: [("q",k,"direct","J. Hugh Liedtke") for k in range(8)],
 15502: [("q",k,"direct","Michael Bruno") for k in range(3)],
 6880:  [("q",k,"direct","Fred Hoffmann") for k in range(3)],
 10597: [("q",0,"direct","Harrison Goldin"), ("q",1,"partial","Harrison Goldin"),
         ("q",2,"partial","Shell Oil Co"), ("q",3,"direct","Harrison Goldin"),
         ("q",4,"direct","Harrison Goldin")],
 3165:  [("q",0,"direct","Peter Wolffe"), ("q",1,"direct","David Keller"),
         ("q",2,"direct","David Keller"), ("q",3,"direct","Carole Ryavec"),
         ("q",4,"direct","Steve Donovan"), ("q",5,"direct","Steve Donovan"),
         ("q",6,"direct",None,A), ("q",7,"direct","Peter Wolffe"),
         ("q",8,"direct",None,A), ("q",9,"direct",None,A),
         ("q",10,"direct",None,A), ("q",11,"direct",None,A),
         ("q",12,"direct",None,A), ("q",13,"direct",None,A)],
 2171:  [("q",(578,776),"direct","Charles Haughey"), ("q",1,"direct","Charles Haughey"),
         ("q",2,"direct","Charles Haughey"), ("q",3,"partial","Charles Haughey"),
         ("q",4,"direct","Charles Haughey")],
 7781:  [("q",0,"partial","Michael Howard")],
 9053:  [("q",0,"partial","Het Comite"), ("q",1,"partial","Het Comite")],
}
