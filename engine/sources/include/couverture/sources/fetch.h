// Fetching one page politely and safely (libcurl): a User-Agent naming the tool, a time limit, a
// size cap, redirects followed one by one up to a limit and each reported, HTTPS certificates
// checked (never turned off), http: and https: only.
#ifndef COUVERTURE_SOURCES_FETCH_H_
#define COUVERTURE_SOURCES_FETCH_H_

#include <cstddef>
#include <string>
#include <vector>

namespace couverture::sources {

struct FetchLimits {
  std::size_t max_bytes = 8u << 20;  // a response body larger than this is abandoned
  long timeout_seconds = 30;         // per request, connection included
  int max_redirects = 5;
};

struct Redirect {
  long status = 0;  // 301, 302, 303, 307 or 308
  std::string from, to;
};

struct FetchResult {
  bool answered = false;  // an HTTP response came back (whatever its status)
  long status = 0;        // the last response's status code
  std::string error;      // why no usable response came: "timed out after 30 s", ...
  bool too_large = false;
  bool too_many_redirects = false;
  std::vector<Redirect> redirects;  // in the order followed
  std::string url;                  // the address the last response came from
  std::string content_type;         // as sent, e.g. "text/html; charset=ISO-8859-1"
  std::string body;
};

// "couverture-sources/0.1.0 (rules source check; one request at a time)".
std::string UserAgent();

// One GET, following redirects itself so that each is seen. Never throws; failures are in the
// result.
FetchResult Fetch(const std::string& url, const FetchLimits& limits);

}  // namespace couverture::sources

#endif  // COUVERTURE_SOURCES_FETCH_H_
