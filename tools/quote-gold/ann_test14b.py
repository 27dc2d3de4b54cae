# Hand annotations for test14b (items 2181-2200 of the sampler's shuffled list,
# sample_part(2180, 2200)). Same item format as ann_dev4.py:
#   ("q", P, kind, speaker[, null_reason])  P = quote-mark pair index or (start, end)
#   ("n", P)  quote-mark stretch that is not a quotation.
# Annotated blind, by reading the articles only (show.py); the system was not run or read.
# Decisions beyond the guidelines:
#  * 7504: `calling it a "dramatic, overnight solution."` -- complement of
#    "calling": partial. The Miami Herald article is Baker's own ("Baker
#    wrote") -> the person, "James Baker" (title "U.S. Treasury Secretary"
#    dropped); the other three are direct.
#  * 18493: `Administration officials said Bush had assured the Crown Prince
#    the United States would "stay the course"` -- Bush's words relayed by the
#    officials -> the reporter of the words (guideline 5, Baker/Reagan; dev3
#    734); the officials are unnamed but the attribution names their
#    affiliation -> "Administration" as the sentence writes it (as dev10a 3248
#    "Reagan administration"; the country rule "United States" would also be
#    defensible). `They said Prince Abdullah ... was "very supportive"` --
#    predicate: partial, same speaker. `replied, "I believe ..."` -> direct,
#    "Abdullah bin Abdul Aziz" ("Crown Prince" dropped).
#  * 18274: `in what the administration called a "measured and appropriate
#    response"` -> partial, "administration" as written (same reasoning as
#    18493). `Weinberger said on Monday the United States did not seek ...,
#    "but we will be prepared ..."` continues the writer's paraphrase: partial
#    (as dev10a 5112), "Caspar Weinberger".
#  * 17323: `it told an "aggressive buyer" of its stock` -- the whole noun
#    phrase quoted from Dayton Hudson's letter to shareholders (not a modifier
#    only): partial, "Dayton Hudson Corp" (document -> its issuer; as dev5a
#    9057 "substantial waiting list"; a label reading would be defensible).
#  * 14630: `He said "action should be taken ..."` -- "He" is Reagan (subject
#    of the preceding sentence); the article names him only "President
#    Reagan"/"Reagan": "President Reagan" (dev10a 1642 and later); bare frame,
#    lower-case start: direct.
#  * 3712: `Yeutter said yesterday, "I am cautiously optimistic," that the ...
#    House will come up with ...` -- a clause after a bare frame, the writer
#    finishing the sentence after the closing mark: direct, "Clayton Yeutter".
#  * 15935: "a western diplomat" / "the diplomat" / "he", "Another diplomat",
#    "One of China's top economists wrote in the People's Daily" / "The
#    economist" (the person, not the paper; unnamed) -> null/anonymous, all
#    direct.
#  * 2023: "the bank said in a statement" / "the statement said" -> the
#    statement speaks of "our group" acquiring CC-Bank, so the bank is Banco
#    Santander: "Banco Santander"; the second pair (no attribution of its own)
#    continues the statement: direct.
#  * 6758: `coffee "C" contracts` (a contract class) and `"spot," or
#    unlimited, contract months` (market term): not_quotes; 17031 `"minimum
#    demand" provisions` (contract term), 1304 the campaign title "Pork - The
#    Other White Meat", 9549 the fare name "Lei-zy Day Fares": not_quotes.
#    6547 `"big-ticket" manufactured goods` (attributive label): not_quote.
#  * 6547: "Bethlehem Steel's Wendt" -> "Bob Wendt"; "one economist"
#    -> null/anonymous. 8672 "a western diplomat in Sao Paulo" -> null/anonymous.
#  * 5277: quotes from the annual report where "Chairman Robert Reuss told
#    shareholders" -> the person, "Robert Reuss".
A = "anonymous"
TEST14B = {
 7504:  [("q",0,"partial","James Baker"), ("q",1,"direct","James Baker"),
         ("q",2,"direct","James Baker"), ("q",3,"direct","James Baker")],
 6758:  [("n",0), ("n",1)],
 6547:  [("q",0,"direct","Steve Cerier"), ("q",1,"direct","Robert Chandross"),
         ("n",2), ("q",3,"direct","Bob Wendt"), ("q",4,"direct","Richard Koss"),
         ("q",5,"direct","Bob Wendt"), ("q",6,"direct",None,A)],
 2673:  [("q",0,"direct","Ott Cefkin")],
 8672:  [("q",0,"direct",None,A)],
 17323: [("q",0,"partial","Dayton Hudson Corp")],
 14630: [("q",0,"direct","President Reagan")],
 18493: [("q",0,"direct","Abdullah bin Abdul Aziz"), ("q",1,"partial","Administration"),
         ("q",2,"partial","Administration")],
 7805:  [("q",0,"direct","Tom Hockin"), ("q",1,"partial","Tom Hockin")],
 17031: [("n",0)],
 16085: [("q",0,"direct","Hans Mast"), ("q",1,"direct","Hans Mast"),
         ("q",2,"direct","Hans Mast"), ("q",3,"direct","Hans Mast"),
         ("q",4,"direct","Hans Mast"), ("q",5,"direct","Hans Mast")],
 15935: [("q",0,"direct",None,A), ("q",1,"direct",None,A),
         ("q",2,"direct",None,A), ("q",3,"direct",None,A),
         ("q",4,"direct",None,A), ("q",5,"direct",None,A),
         ("q",6,"direct",None,A), ("q",7,"direct",None,A),
         ("q",8,"direct",None,A)],
 5277:  [("q",0,"direct","Robert Reuss"), ("q",1,"direct","Robert Reuss")],
 15178: [("q",0,"direct","Amoco Oil Co")],
 3843:  [("q",0,"direct","Masahiko Koido"), ("q",1,"direct","Susumu Taketomi"),
         ("q",2,"direct","Susumu Taketomi")],
 18274: [("q",0,"partial","administration"), ("q",1,"direct","Norman Polmar"),
         ("q",2,"direct","Anthony Cordesman"), ("q",3,"direct","Anthony Cordesman"),
         ("q",4,"partial","Caspar Weinberger")],
 1304:  [("n",0)],
 3712:  [("q",0,"direct","Richard Gephardt"), ("q",1,"direct","James Wright"),
         ("q",2,"direct","Clayton Yeutter")],
 2023:  [("q",0,"direct","Banco Santander"), ("q",1,"direct","Banco Santander")],
 9549:  [("n",0)],
}
