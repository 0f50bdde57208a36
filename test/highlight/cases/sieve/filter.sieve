require ["fileinto", "reject", "vacation", "imap4flags", "variables", "envelope"];

# Sort mailing lists into folders
if header :contains "List-Id" "<dev.lists.example.org>" {
    fileinto "Lists/dev";
    stop;
}

/* Spam handling:
   discard obvious spam */
if anyof (header :contains "X-Spam-Flag" "YES",
          size :over 10M) {
    discard;
} elsif header :matches "Subject" "*[SPAM]*" {
    addflag "\\Seen";
    fileinto "Junk";
}

if address :is :domain "from" "example.com" {
    set "sender" "${1}";
    fileinto "Work/${sender}";
}

if not exists "Date" {
    reject "Messages must carry a Date header.";
}

vacation :days 7 :subject "Out of office"
    "I am away until Monday. Contact \"Bob\" instead.";
keep;
