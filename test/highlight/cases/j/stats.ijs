NB. Statistics utilities in J
require 'stats/base'

mean =: +/ % #
median =: -:@(+/)@((<. , >.)@-:@<:@# { /:~)
variance =: (+/@:*:@:- mean) % <:@#
stddev =: %:@variance

NB. explicit definitions
sumsq =: 3 : 0
  +/ *: y
)

dist =: 4 : 0
  NB. euclidean distance of x and y
  %: +/ *: x - y
)

Note 'usage'
mean 1 2 3 4
stddev 2 4 4 4 5 5 7 9
)

add =: dyad def 'x + y'
inc =: monad : 'y + 1'
table =: noun define
a 1
b 2
)

fib =: 3 : 0
  if. y < 2 do.
    y
  else.
    (fib y - 1) + fib y - 2
  end.
)

loop =: 3 : 0
  r =. 0
  for_i. i. y do.
    r =. r + i
  end.
  while. r > 100 do. r =. r % 2 end.
  r
)

data =: 3 1 4 1 5 9 2 6 _5 2.5e3 16b1f 1r3
(mean ; median ; stddev) data
'it''s a string'
x =. 5 $ 0
}. 1 2 3
1 2 3 +/ . * 4 5 6
