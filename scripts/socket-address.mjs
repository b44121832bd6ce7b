// Preloaded into the app server (`node --import`) unless TRUST_PROXY says a reverse proxy stands in front of it.
// Next.js fills X-Forwarded-For with the socket's address only when a request has none, so a client talking to the
// server directly could pick its own "address" for the rate limiter (docs/decisions/006). Served directly, the
// socket's address is the only one worth anything: this replaces whatever the client sent with it, before Next.js
// sees the request. Behind a proxy (TRUST_PROXY=1) the header is left for the proxy to fill.
import http from "node:http";

const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function (event, req, ...rest) {
  if (event === "request" && req && req.headers) {
    const address = req.socket && req.socket.remoteAddress;
    if (address) req.headers["x-forwarded-for"] = address;
    else delete req.headers["x-forwarded-for"];
    delete req.headers["x-real-ip"];
  }
  return emit.call(this, event, req, ...rest);
};
