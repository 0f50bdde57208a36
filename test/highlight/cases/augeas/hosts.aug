(* Parsing /etc/hosts *)
module Hosts =
  autoload xfm

  let sep_tab = Sep.tab
  let sep_spc = Sep.space
  let eol = Util.eol
  let indent = Util.indent

  let comment = Util.comment
  let empty = Util.empty

  let word = /[^# \n\t]+/
  let ipaddr = /[0-9a-fA-F:.]+\/?[0-9]*/
  let record = [ seq "host" . indent
               . [ label "ipaddr" . store ipaddr ] . sep_tab
               . [ label "canonical" . store word ]
               . [ label "alias" . sep_spc . store word ]*
               . (comment|eol) ]

  let lns = ( empty | comment | record ) *

  let filter = incl "/etc/hosts"
             . Util.stdexcl

  let xfm = transform lns filter

  (* a test (* nested *) *)
  test lns get "127.0.0.1 localhost\n" =
    { "1" { "ipaddr" = "127.0.0.1" } { "canonical" = "localhost" } }
  let s : string = "tab\tand \"quote\""
