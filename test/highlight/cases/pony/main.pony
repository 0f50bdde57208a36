use "collections"
use "time"

"""
A counter actor that keeps a running total and reports it.
"""
actor Counter
  var _count: U64 = 0
  let _env: Env

  new create(env: Env) =>
    _env = env

  be increment(by: U64 = 1) =>
    _count = _count + by

  be report() =>
    _env.out.print("count: " + _count.string() + "\n")

class val Point
  let x: F64
  let y: F64

  new val create(x': F64, y': F64) =>
    x = x'
    y = y'

  fun distance(other: Point box): F64 =>
    ((x - other.x).pow(2) + (y - other.y).pow(2)).sqrt()

primitive Greeting
  fun apply(name: String): String =>
    "Hello, " + name + "!\t\x41"

actor Main
  new create(env: Env) =>
    let counter = Counter(env)
    for i in Range[U64](0, 10) do
      counter.increment(i)
    end
    counter.report()
    let p = Point(1.5, 2.0e3)
    let q = Point(0x1F.8p2, .5)
    env.out.print(p.distance(q).string())
    /* block
       comment */
    let names = Array[String].create()
    names.push(Greeting("pony"))
    try
      env.out.print(names(0)?)
    else
      env.out.print("empty")
    end
    match names.size()
    | 0 => env.out.print("none")
    | let n: USize if n > 1 => env.out.print("many")
    else
      env.out.print("one")
    end
    let iso_ref: String iso = recover iso String end
    consume iso_ref
