/ Trade analytics in q
\l utils.q
trade:([] time:09:30:00.000 09:30:01.500 09:31:02.250; sym:`AAPL`MSFT`AAPL; price:189.5 402.25 190.1; size:100 200 150)
quote:([] time:`time$(); sym:`symbol$(); bid:`float$(); ask:`float$())

/ volume-weighted average price by symbol
vwap:{[t] select vwap:size wavg price, total:sum size by sym from t}
show vwap trade

/ average price in 1-minute buckets
bars:select open:first price, high:max price, low:min price, close:last price by sym, 1 xbar time.minute from trade

f:{x*y+1}
g:{[a;b] a+b}
r:f[2;3]
l:til 10
evens:l where 0=l mod 2
d:`a`b`c!1 2 3
k:key d
v:value d
.z.ts:{show .z.p}
dt:2024.01.15D09:30:00.000000000
dd:2024.01.15
n:0N 0Nf 0w
hex:0x1f
bits:0101b
fl:1.5e3
s:"a \"quoted\" string\n"
upsert[`trade;(10:00:00.000;`GOOG;140.5;50)]
aj[`sym`time;trade;quote]
count each group trade`sym
if[10<count trade; -1 "big table"]
{x+y} over 1 2 3 4
sums 1 2 3
`:data/trade set trade
h:hopen `::5001
h "select from trade"
/
a block comment
\
\\
everything after here is ignored
