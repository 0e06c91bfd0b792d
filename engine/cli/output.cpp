#include "output.h"

#include <cerrno>
#include <cstring>

namespace couverture::cli {

void Output::Print(std::string_view text) {
  if (error_ != 0 || text.empty()) return;
  if (std::fwrite(text.data(), 1, text.size(), stream_) != text.size()) {
    error_ = errno != 0 ? errno : EIO;
  }
}

int Output::Finish() {
  if (error_ == 0 && std::fflush(stream_) != 0) error_ = errno != 0 ? errno : EIO;
  if (error_ == 0) return 0;
  if (!reported_) {
    std::fprintf(stderr, "couverture: cannot write the output: %s\n", std::strerror(error_));
    reported_ = true;
  }
  return 1;
}

}  // namespace couverture::cli
