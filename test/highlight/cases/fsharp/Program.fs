module Program

open System
open System.Collections.Generic

// A discriminated union
type Shape =
    | Circle of radius: float
    | Rectangle of width: float * height: float

(* block comment
   (* nested *) *)
let area shape =
    match shape with
    | Circle r -> Math.PI * r * r
    | Rectangle (w, h) -> w * h

let rec fib n =
    if n < 2 then n else fib (n - 1) + fib (n - 2)

type Person = { Name: string; Age: int }

let people = [ { Name = "Alice"; Age = 30 }; { Name = "Bob"; Age = 25 } ]

let adults =
    people
    |> List.filter (fun p -> p.Age >= 18)
    |> List.map (fun p -> p.Name)

let mutable counter = 0
let hex = 0xFF
let big = 1_000_000
let c = 'x'
let ``weird name`` = "with \"escapes\"\n"

[<EntryPoint>]
let main argv =
    printfn "Area: %f" (area (Circle 2.0))
    for i in 1 .. 10 do
        counter <- counter + i
    async {
        let! x = async { return 42 }
        return x
    } |> Async.RunSynchronously |> ignore
    0
