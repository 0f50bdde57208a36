#! /usr/bin/env factor
! Shapes and areas in Factor
USING: accessors arrays io kernel math math.functions
    prettyprint sequences strings ;
IN: shapes

TUPLE: shape ;
TUPLE: circle < shape radius ;
TUPLE: rectangle < shape width height ;

C: <circle> circle
C: <rectangle> rectangle

GENERIC: area ( shape -- n )
M: circle area radius>> sq pi * ;
M: rectangle area [ width>> ] [ height>> ] bi * ;

: total-area ( shapes -- n ) [ area ] map-sum ;

: describe ( shape -- str )
    dup circle? [ drop "circle" ] [ drop "rectangle" ] if ;

SYMBOL: counter
CONSTANT: max-shapes 10

<PRIVATE
: clamp ( n -- m ) 0 max-shapes clamp ; inline
PRIVATE>

: demo ( -- )
    2.5 <circle> 3 4 <rectangle> 2array
    [ [ describe print ] each ]
    [ total-area "Total: " write . ] bi
    "escaped \"quote\"" print
    HEX: ff . BIN: 1010 . OCT: 17 .
    CHAR: a . t f and . -42 . 1.5 . ;

MAIN: demo
