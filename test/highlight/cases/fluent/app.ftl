# Simple things are simple.
hello-user = Hello, {$userName}!

## Section comment
shared-photos =
    {$userName} {$photoCount ->
        [one] added a new photo
       *[other] added {$photoCount} new photos
    } to {$userGender ->
        [male] his stream
        [female] her stream
       *[other] their stream
    }.

-brand-name = Firefox
    .gender = masculine

welcome = Welcome to {-brand-name}!
about = About { -brand-name }
    .title = Information about {-brand-name}
emails = You have { NUMBER($unread, minimumFractionDigits: 2) } unread emails.
literal = { "a \"quoted\" string \u00e9" } and { 42 } and { -3.5 }
