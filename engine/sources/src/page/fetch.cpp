#include "couverture/sources/fetch.h"

#include <curl/curl.h>

#include <algorithm>
#include <chrono>
#include <memory>

#ifndef COUVERTURE_VERSION
#define COUVERTURE_VERSION "0"
#endif

namespace couverture::sources {
namespace {

struct Body {
  std::string* bytes;
  std::size_t max;
  bool over = false;
};

std::size_t Write(char* data, std::size_t size, std::size_t count, void* user) {
  auto* body = static_cast<Body*>(user);
  std::size_t n = size * count;
  if (body->bytes->size() + n > body->max) {
    body->over = true;
    return 0;  // libcurl stops the transfer with CURLE_WRITE_ERROR
  }
  body->bytes->append(data, n);
  return n;
}

// libcurl's process-wide setup, done once before the first handle (it is not thread-safe to call
// it later, and this tool fetches one page at a time).
void InitCurl() {
  static const bool done = curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK;
  (void)done;
}

}  // namespace

std::string UserAgent() {
  return std::string("couverture-sources/") + COUVERTURE_VERSION +
         " (rules source check; one request at a time)";
}

FetchResult Fetch(const std::string& url, const FetchLimits& limits) {
  InitCurl();
  FetchResult result;
  result.url = url;
  std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> handle(curl_easy_init(), curl_easy_cleanup);
  if (!handle) {
    result.error = "could not start an HTTP client";
    return result;
  }
  CURL* h = handle.get();
  char message[CURL_ERROR_SIZE] = {};
  std::string agent = UserAgent();
  Body body{&result.body, limits.max_bytes};
  curl_easy_setopt(h, CURLOPT_USERAGENT, agent.c_str());
  curl_easy_setopt(h, CURLOPT_ERRORBUFFER, message);
  curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, 0L);  // followed below, one hop at a time
  curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 1L);
  curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, 2L);
  curl_easy_setopt(h, CURLOPT_ACCEPT_ENCODING, "");  // the cap counts decoded bytes
  curl_easy_setopt(h, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(limits.max_bytes));
  curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, Write);
  curl_easy_setopt(h, CURLOPT_WRITEDATA, &body);
  struct curl_slist* headers = curl_slist_append(
      nullptr,
      "Accept: text/html,application/xhtml+xml,application/pdf,text/plain;q=0.9,*/*;q=0.1");
  std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)> owned_headers(headers,
                                                                            curl_slist_free_all);
  curl_easy_setopt(h, CURLOPT_HTTPHEADER, headers);

  // One time limit for the whole source, redirects included.
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(limits.timeout_seconds);
  std::string current = url;
  for (int hop = 0;; ++hop) {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
                    deadline - std::chrono::steady_clock::now())
                    .count();
    if (left <= 0) {
      result.error = "no answer within " + std::to_string(limits.timeout_seconds) + " s";
      return result;
    }
    result.body.clear();
    message[0] = '\0';
    curl_easy_setopt(h, CURLOPT_URL, current.c_str());
    curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, static_cast<long>(left));
    curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS,
                     static_cast<long>(std::min<long long>(left, 15000)));
    CURLcode code = curl_easy_perform(h);
    result.url = current;
    if (code != CURLE_OK) {
      if (body.over || code == CURLE_FILESIZE_EXCEEDED) {
        result.too_large = true;
        result.error = "larger than the limit of " + std::to_string(limits.max_bytes) + " bytes";
      } else if (code == CURLE_OPERATION_TIMEDOUT) {
        result.error = "no answer within " + std::to_string(limits.timeout_seconds) + " s";
      } else {
        result.error = message[0] != '\0' ? message : curl_easy_strerror(code);
      }
      result.body.clear();
      return result;
    }
    long status = 0;
    curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
    char* location = nullptr;
    curl_easy_getinfo(h, CURLINFO_REDIRECT_URL, &location);
    if (status >= 300 && status < 400 && location != nullptr) {
      if (hop == limits.max_redirects) {
        result.too_many_redirects = true;
        result.status = status;
        result.error = "more than " + std::to_string(limits.max_redirects) + " redirects";
        result.body.clear();
        return result;
      }
      result.redirects.push_back({status, current, location});
      current = location;
      continue;
    }
    result.answered = true;
    result.status = status;
    char* type = nullptr;
    curl_easy_getinfo(h, CURLINFO_CONTENT_TYPE, &type);
    if (type != nullptr) result.content_type = type;
    return result;
  }
}

}  // namespace couverture::sources
