# Hand annotations for test9d (items 1621-1640 of the sampler's shuffled list,
# sample_part(1620, 1640)). Same item format as ann_dev4.py:
#   ("q", P, kind, speaker[, null_reason])  P = quote-mark pair index or (start, end)
#   ("n", P)  quote-mark stretch that is not a quotation.
# Annotated blind, by reading the articles only (show.py); the system was not run or read.
# Decisions beyond GUIDELINES.md:
#  * 7576: `"But the price gap ... was large," Mangan said. In our
#    conversations ... would not be far apart."` -- the second sentence is
#    Mangan's words, but its opening mark is missing; a span there cannot be
#    framed by an opening mark (the framing check), so it is NOT recorded as a
#    quote (as dev11a 15773; a system quote there will count as unmatched).
#    The stray mark at 4189 pairs with nothing and has no next mark, so the
#    stretch it opens runs to the end of its sentence ("Meanwhile, ...
#    Philadelphia Electric Co <PE>."), a not_quote by explicit offsets
#    (4190, 4371), as dev12b 17204. "Michael Mangan" / "the GMAC officer" /
#    "the executive" -> "Michael Mangan". "an officer on Korth's syndicate
#    desk" / "a Korth official" -> "Korth" and "an officer on PaineWebber's
#    corporate syndicate desk" (two pairs, the second with no attribution of
#    its own) -> "PaineWebber": the affiliation as the attribution names it
#    (dev11a 7022). "one trader", "one underwriter away from the syndicate",
#    "an investment banker", "one said" (of the underwriters): null/anonymous.
#  * 10758: Reuters continuation style (guideline 4): Hawke's quote opened at
#    228 has no closing mark at the end of its paragraph and the next
#    paragraph reopens at 394; ONE quote by explicit offsets (229, 557);
#    `told reporters in Canberra: "..."` -> direct, "Bob Hawke".
#  * 163, 793: "an aide to Agriculture Secretary Richard Lyng" / "the aide to
#    Lyng" -> "Richard Lyng" (dev15a 17691 "an aide to Chirac"). 163: "one
#    former USDA official" -> null/anonymous (a former official no longer
#    speaks for USDA; "USDA" would be defensible). `One USDA official ...
#    described them as an exchange of "calm, basic, factual economics."` and
#    `Another USDA official said there was "not even ... hint"` -> partial,
#    "USDA".
#  * 793: "one senior official at USDA's Foreign Agricultural Service" ->
#    "Foreign Agricultural Service" (nearest named affiliation, dev9a 17348).
#    `which he said was started by "somebody fanning the (wheat) market."` ->
#    partial, "Richard Lyng" (his aide). `One lobbyist ... said a Soviet trade
#    team told ... Moscow would buy ... if it was "competitively priced."` --
#    the words of the Soviet team relayed by the lobbyist -> the reporter
#    (guideline 5, dev11a 7359), who is unnamed with no named affiliation:
#    partial, null/anonymous. `said that Moscow "would consider"` -> partial,
#    "Alexander Ivlev".
#  * 18586: `"We consider the matter closed," he said` -- "he" is "U.S.
#    Defence Secretary Caspar Weinberger" -> "Caspar Weinberger". "a okesman
#    [sic] for Tehran's War Information Headquarters vowed to avenge the attack
#    with a "crushing blow."` (object slot: partial) and `Tehran Radio quoted
#    him as saying` (the person, not the radio; direct) -> "War Information
#    Headquarters" (the spokesman's named organisation). "a diplomat", "one
#    diplomat", "another diplomat", "One source", "A senior Arab banker in the
#    area": null/anonymous, all direct (bare frames "Commented another
#    diplomat:", "said ...:", "commented:").
#  * 5036: `an outside consultant told them the drug "appears to be quite
#    safe ..."` -> partial (predicate), "Carl Leier" (the consultant named in
#    the next paragraph). `a state of sexual dysfunction known as "exagerrated
#    erection."` -- a medical term: not_quote. `He said "about one in five
#    will have ..."` -- a clause after a bare frame: direct, "Robert Stern"
#    ("Dr." dropped).
#  * 10722: `This seasonal reserve add is called a "pass."` -- jargon:
#    not_quote. `The Dean Witter economist said that today's prime rate rise
#    "may have been ..."` -> partial, "Elizabeth Reiners".
#  * 5940: quotes from Allegheny's SEC filing -> the issuer "Allegheny
#    International Inc"; `the company's accounting system "and other internal
#    controls," Allegheny said` -- a fragment completing the writer's noun
#    list: partial.
#  * 810: `he replied: "Below 15.8 (mln barrels per day)."` -- an answer
#    standing as the utterance after a bare frame (as dev11b 7078 "No"):
#    direct, "Subroto" (the only name the article gives). The last quote has
#    no attribution of its own and follows "He said ...": direct, "Subroto".
#  * 11463: `GPU said the dividend is of "modest size,"` -> partial, "General
#    Public Utilities Corp".
#  * 14315: `saying that if ... as the Americans "we should be able to ..."`
#    fills the that-clause: partial, "George Shultz". `the Soviet Union ...
#    has accused Washington of "spy-mania."` -- the Soviet Union's word, object
#    of "accused ... of" (as dev13b "accused the U.S. Of being "irrational.""):
#    partial, "Soviet Union". "an observer": null/anonymous.
#  * 791: "said one source" and "said one" (of "sources close to the Fed"):
#    null/anonymous. `a recent statement by a Reagan administration official
#    that the two men saw "exactly eye-to-eye"` -> partial, "Reagan
#    administration" (dev10a 3248).
#  * 17866: `He denied that there was any military hardware on the rigs
#    "except a 23 mm machinegun ..."` -> partial; `the radio quoted him as
#    saying` -> the person; all "Gholamreza Aqazadeh".
#  * 16248: the letter to Deutsche customers (`Deutsche wrote: "..."`, "it
#    added") -> its issuer "Deutsche Bank AG", direct.
#  * 7874: 'superconductors' is in single marks (not covered).
#  * 5244: `the company said in a statement` -> "Ashland Oil Inc", direct.
A = "anonymous"
TEST9D = {
 11683: [("q",0,"direct","Makoto Kuroda")],
 18586: [("q",0,"direct","Caspar Weinberger"),
         ("q",1,"partial","War Information Headquarters"),
         ("q",2,"direct","War Information Headquarters"),
         ("q",3,"direct",None,A), ("q",4,"direct",None,A), ("q",5,"direct",None,A),
         ("q",6,"direct",None,A), ("q",7,"direct",None,A), ("q",8,"direct",None,A),
         ("q",9,"direct",None,A)],
 8289:  [("q",0,"direct","Manuel Johnson")],
 5036:  [("q",0,"partial","Carl Leier"), ("q",1,"direct","Carl Leier"),
         ("q",2,"direct","Paul Bergstresser"), ("n",3),
         ("q",4,"direct","Robert Stern"), ("q",5,"direct","Robert Stern"),
         ("q",6,"direct","Robert Stern")],
 2044:  [("q",0,"direct","Mike Wehler"), ("q",1,"direct","Mike Wehler")],
 10722: [("q",0,"direct","Paul McCulley"), ("q",1,"direct","David Jones"),
         ("q",2,"direct","Joseph Liro"), ("n",3),
         ("q",4,"direct","Elizabeth Reiners"), ("q",5,"partial","Elizabeth Reiners")],
 5940:  [("q",0,"direct","Allegheny International Inc"),
         ("q",1,"direct","Allegheny International Inc"),
         ("q",2,"partial","Allegheny International Inc")],
 810:   [("q",0,"direct","Subroto"), ("q",1,"direct","Subroto")],
 11463: [("q",0,"partial","General Public Utilities Corp"),
         ("q",1,"direct","General Public Utilities Corp")],
 793:   [("q",0,"direct","Foreign Agricultural Service"),
         ("q",1,"partial","Richard Lyng"), ("q",2,"partial",None,A),
         ("q",3,"partial","Alexander Ivlev"), ("q",4,"direct","Alexander Ivlev"),
         ("q",5,"direct","Alexander Ivlev")],
 14315: [("q",0,"partial","George Shultz"), ("q",1,"partial","Soviet Union"),
         ("q",2,"direct",None,A)],
 9843:  [("q",0,"direct","Malcolm Baldrige"), ("q",1,"direct","Malcolm Baldrige"),
         ("q",2,"direct","Malcolm Baldrige")],
 791:   [("q",0,"direct",None,A), ("q",1,"partial","Reagan administration"),
         ("q",2,"direct",None,A), ("q",3,"direct","Stephen Axilrod")],
 17866: [("q",0,"partial","Gholamreza Aqazadeh"), ("q",1,"direct","Gholamreza Aqazadeh"),
         ("q",2,"direct","Gholamreza Aqazadeh")],
 7576:  [("q",0,"direct","Michael Mangan"), ("q",1,"direct","Michael Mangan"),
         ("q",2,"direct","Michael Mangan"), ("q",3,"direct","Korth"),
         ("q",4,"direct","Michael Mangan"), ("q",5,"direct","PaineWebber"),
         ("q",6,"direct","PaineWebber"), ("q",7,"direct",None,A),
         ("q",8,"direct",None,A), ("q",9,"direct","Michael Mangan"),
         ("q",10,"direct","Michael Mangan"), ("q",11,"direct","Michael Mangan"),
         ("q",12,"direct",None,A), ("q",13,"direct",None,A),
         ("q",14,"direct","Korth"), ("q",15,"direct","Michael Mangan"),
         ("n",(4190,4371))],
 163:   [("q",0,"direct","Richard Lyng"), ("q",1,"direct","Richard Lyng"),
         ("q",2,"direct","Richard Lyng"), ("q",3,"direct",None,A),
         ("q",4,"partial","USDA"), ("q",5,"partial","USDA")],
 10758: [("q",(229,557),"direct","Bob Hawke")],
 16248: [("q",0,"direct","Deutsche Bank AG"), ("q",1,"direct","Deutsche Bank AG")],
 7874:  [("q",0,"direct","Thomas Murtha")],
 5244:  [("q",0,"direct","Ashland Oil Inc")],
}
