// Running the `couverture` binary from a test, as a user would from a shell.
#ifndef COUVERTURE_TESTS_SUPPORT_CLI_RUN_H_
#define COUVERTURE_TESTS_SUPPORT_CLI_RUN_H_

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace couverture::testing_cli {

struct CliRun {
  int status = -1;  // exit status; -1 when killed by a signal
  std::string out, err;
};

inline std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Named per process and per test, so that tests run in parallel never share a file.
inline std::filesystem::path TempFile(const std::string& name, const std::string& content) {
  const ::testing::TestInfo* test = ::testing::UnitTest::GetInstance()->current_test_info();
  std::string owner = std::to_string(getpid()) + "-" + (test ? test->name() : "none");
  std::filesystem::path path =
      std::filesystem::temp_directory_path() / ("couverture-test-" + owner + "-" + name);
  std::ofstream(path, std::ios::binary) << content;
  return path;
}

// Runs the CLI with `args` (shell words, quoted where needed) and `input` on standard input.
inline CliRun Cli(const std::string& args, const std::string& input = "") {
  std::filesystem::path in = TempFile("stdin", input), out = TempFile("stdout", ""),
                        err = TempFile("stderr", "");
  std::string command = std::string("'") + COUVERTURE_CLI + "' " + args + " <'" + in.string() +
                        "' >'" + out.string() + "' 2>'" + err.string() + "'";
  int raw = std::system(command.c_str());
  CliRun run;
  run.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  run.out = ReadFile(out);
  run.err = ReadFile(err);
  return run;
}

}  // namespace couverture::testing_cli

#endif  // COUVERTURE_TESTS_SUPPORT_CLI_RUN_H_
