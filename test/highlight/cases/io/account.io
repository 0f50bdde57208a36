#!/usr/bin/env io
// A bank account prototype in Io
Account := Object clone do(
  balance ::= 0
  owner := nil

  deposit := method(amount,
    if(amount <= 0, Exception raise("bad amount"))
    balance = balance + amount
    self
  )

  withdraw := method(amount,
    if(amount > balance) then(
      return false
    ) else(
      balance = balance - amount
    )
    true
  )

  show := method(
    writeln("Account of ", owner, ": ", balance asString)
  )
)

/* a block comment
   over two lines */
/+ nested /+ comment +/ here +/

acct := Account clone setBalance(100.5)
acct owner = "Ada"
acct deposit(50) show
list(1, 2, 3) foreach(i, v, writeln(i, " -> ", v * 2))
squares := 1 to(5) asList map(x, x ** 2)
counter := Object clone
counter count := 0
counter inc := method(count = count + 1; @count)
e := try(acct deposit(-1))
e catch(Exception, writeln("caught: ", e error))
r := 3.14e2 + .5 - 42 / 7 % 3
doFile("other.io")
"escaped \"quote\" string" println
