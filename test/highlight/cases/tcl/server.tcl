#!/usr/bin/env tclsh
# A tiny echo server
package require Tcl 8.6
namespace eval ::echo {
    variable port 9000
    variable clients [dict create]
}

proc ::echo::accept {sock addr port} {
    variable clients
    dict set clients $sock [list $addr $port]
    fconfigure $sock -buffering line -translation auto
    fileevent $sock readable [list ::echo::handle $sock]
    puts "Accepted $addr:$port"
}

proc ::echo::handle {sock} {
    if {[eof $sock] || [catch {gets $sock line}]} {
        close $sock
        return
    }
    set reply [string toupper $line]
    puts $sock "echo: $reply \{braces\} \x41\u00e9"
}

set count 0
foreach item {a b c} {
    incr count
    if {$count > 1} then {
        puts "item $item"
    } elseif {$count == 0} {
        puts zero
    } else {
        puts "first: ${item}"
    }
}
set squares [lmap x {1 2 3} {expr {$x * $x}}]
switch -- $count {
    3 { puts three }
    default { puts other }
}
socket -server ::echo::accept $::echo::port
vwait forever
