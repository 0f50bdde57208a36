#!/usr/bin/awk -f
# Sum the sizes by owner
BEGIN {
    FS = ":"
    OFS = "\t"
    count = 0
}

/^#/ { next }

$3 > 1000 && $7 ~ /bash$/ {
    users[$1] = $3
    count++
}

NR % 2 == 0 {
    total += length($0)
}

function max(a, b) {
    return a > b ? a : b
}

{
    gsub(/[ \t]+/, " ", $0)
    n = split($0, parts, ",")
    printf "%s has %d parts\n", $1, n
    if (n > 3) print "many" > "/dev/stderr"
    else
        print toupper(substr($1, 1, 1))
    biggest = max(biggest, n)
    ratio = n / 2.5
}

END {
    for (u in users)
        print u, users[u]
    print "count:", count, "biggest:", biggest, NR, FILENAME
}
