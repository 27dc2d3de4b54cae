# Hand annotations for dev2 (articles 61-100 of the sampler's shuffled list;
# 1-30 are dev, 31-60 test). Same item format as ann_dev.py:
#   ("q", P, kind, speaker[, null_reason])  P = quote-mark pair index or (start, end)
#   ("n", P)  quote-mark stretch that is not a quotation.
# Annotated by reading the articles only (show.py), before running the system on them.
# Decisions beyond README.md:
#  * 16527: the opening mark is never closed; the quote is taken to end at the
#    end of its sentence ("...JWT and its clients."), not at the end of the text.
#  * 16036: the text of a banner ("Under a banner reading ...") is a not_quote.
#  * 15172 "fundamentals." and 8609 "friendly to the United States" are labels
#    in the writer's paraphrase: not_quotes. 15386 "trade bridge." is a quoted
#    phrase given to Reagan: partial.
#  * 17899: the third quote is framed by "Cohen said ... it said": Cohen.
A = "anonymous"
DEV2 = {
 9802:  [("n",0)],
 16881: [("q",0,"direct","Bob Blair"), ("q",1,"direct","Bob Blair")],
 4695:  [("q",0,"direct","La Electricidad de Caracas")],
 6574:  [("q",0,"direct","Michael Egan")],
 6810:  [("q",0,"direct","Lawson"), ("q",1,"direct","Lawson"), ("q",2,"direct","Lawson")],
 18365: [("q",0,"direct","Bank of New York Corp"), ("q",1,"direct","Mark Alpert"),
         ("q",2,"direct","Mark Alpert"), ("q",3,"direct",None,A),
         ("q",4,"direct","Michael Flores"), ("q",5,"direct","Mark Alpert"),
         ("q",6,"direct",None,A)],
 8364:  [("q",0,"direct","Bumpei Otsuki"), ("q",1,"direct","Bumpei Otsuki"),
         ("q",2,"direct","Bumpei Otsuki")],
 2815:  [("n",0)],
 2487:  [("q",0,"partial","International Monetary Fund"),
         ("q",1,"direct","International Monetary Fund"),
         ("q",2,"direct","International Monetary Fund")],
 2995:  [("n",0)],
 10261: [("q",0,"partial","Erkki Karmila")],
 8368:  [("n",0), ("q",1,"direct","Guy Verhofstadt")],
 14122: [("n",0)],
 2559:  [("q",0,"direct","Raul Baglini")],
 4566:  [("q",0,"direct","GTE Corp"), ("q",1,"partial","GTE Corp")],
 12958: [("q",0,"direct",None,A)],
 3109:  [("q",0,"direct","Leon Febres Cordero"), ("q",1,"direct","Jorge Brancho")],
 6058:  [("n",0), ("n",1)],
 15172: [("q",0,"direct","Martin Bangemann"), ("n",1), ("n",2),
         ("q",3,"direct","Martin Bangemann")],
 6922:  [("q",0,"direct","Paul Volcker"), ("q",1,"direct","Paul Volcker"),
         ("q",2,"direct","Paul Volcker")],
 17899: [("q",0,"direct","Peter A. Cohen"), ("q",1,"direct","Peter A. Cohen"),
         ("q",2,"partial","Peter A. Cohen")],
 6836:  [("n",0)],
 899:   [("q",0,"direct","FNV"), ("q",1,"direct","Jacques Schoufour"),
         ("q",2,"direct","Jacques Schoufour")],
 7563:  [("n",0)],
 7729:  [("q",0,"direct","Robert Dole"), ("q",1,"direct","Elizabeth Dole"),
         ("q",2,"direct","Elizabeth Dole"), ("q",3,"direct","Robert Dole")],
 3133:  [("q",0,"partial","Carl Lindner")],
 1139:  [("q",0,"direct","Fertility and Genetics Research Inc")],
 11509: [("n",0), ("q",1,"direct","Nigel Lawson"), ("q",2,"direct","Nigel Lawson")],
 16036: [("n",0)],
 823:   [("q",0,"direct","Machiko Suzuki")],
 13199: [("n",0)],
 3078:  [("q",0,"partial","world bank"), ("q",1,"direct","world bank")],
 3693:  [("q",0,"partial","Ronald Gallatin")],
 10238: [("q",0,"direct","Bank of Japan"), ("q",1,"direct","Bank of Japan"),
         ("q",2,"direct","Bank of Japan"), ("q",3,"direct","Bank of Japan"),
         ("q",4,"direct","Bank of Japan")],
 9925:  [("q",0,"direct","Henley Group")],
 7938:  [("q",0,"direct","Clayton Yeutter"), ("q",1,"direct","Clayton Yeutter"),
         ("q",2,"direct","Clayton Yeutter")],
 8609:  [("n",0)],
 16527: [("q",(391,509),"partial","JWT Group Inc")],
 18244: [("q",0,"direct","Jim Anderson"), ("q",1,"direct","Jim Anderson")],
 15386: [("q",0,"direct","President Reagan"), ("q",1,"direct","President Reagan"),
         ("q",2,"partial","President Reagan"), ("q",3,"direct","President Reagan"),
         ("q",4,"partial","President Reagan"), ("q",5,"partial","President Reagan"),
         ("q",6,"direct","President Reagan"), ("q",7,"direct","President Reagan")],
}
