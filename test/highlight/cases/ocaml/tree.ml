(* A binary search tree *)
type 'a tree =
  | Leaf
  | Node of 'a tree * 'a * 'a tree

exception Not_found_in_tree of string

let rec insert x = function
  | Leaf -> Node (Leaf, x, Leaf)
  | Node (l, v, r) as t ->
      if x < v then Node (insert x l, v, r)
      else if x > v then Node (l, v, insert x r)
      else t

let rec fold f acc = function
  | Leaf -> acc
  | Node (l, v, r) -> fold f (f (fold f acc l) v) r

module StringMap = Map.Make (String)

let count_words (s : string) : int StringMap.t =
  let words = String.split_on_char ' ' s in
  List.fold_left
    (fun m w -> StringMap.update w (function None -> Some 1 | Some n -> Some (n + 1)) m)
    StringMap.empty words

let () =
  let t = List.fold_left (fun t x -> insert x t) Leaf [5; 3; 8; 1; 4] in
  let sum = fold ( + ) 0 t in
  Printf.printf "sum = %d\n" sum;
  let pi = 3.14159e0 and big = 0x1F_FF and mask = 0b1010 lsl 2 in
  print_endline (string_of_float pi ^ "\t" ^ string_of_int (big land mask));
  let c = 'a' and nl = '\n' in
  ignore (c, nl, `Polymorphic, ~label:1);
  match [] with
  | [] -> raise (Not_found_in_tree "empty")
  | _ :: _ -> ()
(* nested (* comment *) here *)
