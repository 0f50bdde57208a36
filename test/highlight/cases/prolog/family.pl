% Family relations
:- module(family, [parent/2, ancestor/2]).

parent(tom, bob).
parent(bob, ann).
parent(bob, 'Pat Smith').

/* ancestors, recursively
   defined */
ancestor(X, Y) :- parent(X, Y).
ancestor(X, Y) :- parent(X, Z), ancestor(Z, Y).

count([], 0).
count([_|T], N) :- count(T, N0), N is N0 + 1.

max(X, Y, X) :- X >= Y, !.
max(_, Y, Y).

greeting --> [hello], name.
name --> [world].

average(List, Avg) :-
    sum_list(List, Sum),
    length(List, Len),
    Len > 0,
    Avg is Sum / Len * 1.0.

main :- format("~w~n", ["done"]), X = 3 mod 2, \+ X == 0.
