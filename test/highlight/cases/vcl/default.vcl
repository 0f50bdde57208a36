vcl 4.1;

import std;
import directors;

# Backends
backend web1 {
    .host = "10.0.0.11";
    .port = "8080";
    .connect_timeout = 1.5s;
    .first_byte_timeout = 60s;
    .probe = {
        .url = "/health";
        .interval = 5s;
        .timeout = 1 s;
        .window = 5;
        .threshold = 3;
    }
}

acl purgers {
    "localhost";
    "192.168.55.0"/24;
}

sub vcl_init {
    new cluster = directors.round_robin();
    cluster.add_backend(web1);
}

sub vcl_recv {
    set req.backend_hint = cluster.backend();
    if (req.method == "PURGE") {
        if (!client.ip ~ purgers) {
            return (synth(405, "Not allowed."));
        }
        return (purge);
    }
    // Strip cookies for static files
    if (req.url ~ "\.(css|js|png|jpg|svg)(\?.*)?$") {
        unset req.http.Cookie;
        return (hash);
    }
    set req.http.X-Forwarded-Host = req.http.host;
    set req.url = std.querysort(req.url);
}

sub vcl_backend_response {
    if (beresp.status >= 500 && bereq.retries < 2) {
        return (retry);
    }
    set beresp.ttl = 10m;
    set beresp.grace = 2h;
    set beresp.do_gzip = true;
}

sub vcl_deliver {
    set resp.http.X-Cache = "HIT \"cached\"";
    unset resp.http.Server;
    /* debug header */
    std.log("hits: " + obj.hits);
}

sub vcl_synth {
    synthetic({"<html><body>Error "} + resp.status + {"</body></html>"});
    return (deliver);
}
C{
  #include <stdio.h>
  printf("hi\n");
}C
