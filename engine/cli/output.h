// Standard output, written through one object so that a failed write (a full disk, a closed
// pipe) is an error the command reports instead of a silent success. SIGPIPE keeps its default
// action, so `couverture table | head` ends quietly as other tools do.
#ifndef COUVERTURE_CLI_OUTPUT_H_
#define COUVERTURE_CLI_OUTPUT_H_

#include <cstdio>
#include <string_view>

namespace couverture::cli {

class Output {
 public:
  explicit Output(std::FILE* stream) : stream_(stream) {}

  // Writes; a failure is kept for Finish (later writes are skipped).
  void Print(std::string_view text);

  // Flushes: 0 when everything was written, else prints why on stderr (once) and returns 1.
  int Finish();

 private:
  std::FILE* stream_;
  int error_ = 0;  // the errno of the first failed write
  bool reported_ = false;
};

}  // namespace couverture::cli

#endif  // COUVERTURE_CLI_OUTPUT_H_
