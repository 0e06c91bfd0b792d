// `couverture scenarios`: one scenario file per equivalence class, in --out DIR (default
// ./scenarios), to freeze today's behaviour before editing a ruleset.
//
// The folder may hold other files (hand-written scenarios beside generated ones, as
// tests/scenarios/france-current/ does): the command touches only files of its own naming,
// NNN-ROW.json. It replaces those of an earlier run, removes the ones this run does not write (a
// class that no longer exists), and leaves every other file alone. It never writes through a link:
// a DIR that is a symbolic link, or an entry of its naming that is not a plain file (a link, a
// folder), is refused before anything is written, and each file is created afresh, not opened
// through whatever holds its name.
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <set>
#include <string>
#include <string_view>
#include <system_error>

#include "commands.h"
#include "couverture/authoring/coverage.h"
#include "couverture/authoring/scenarios.h"
#include "couverture/limits.h"

namespace couverture::cli {
namespace {

namespace fs = std::filesystem;

// The names Scenarios() gives files: three or more digits, '-', a row id or "gap", ".json".
bool IsScenarioName(std::string_view name) {
  std::size_t digits = 0;
  while (digits < name.size() && name[digits] >= '0' && name[digits] <= '9') ++digits;
  constexpr std::string_view kJson = ".json";
  if (digits < 3 || name.size() < digits + 2 + kJson.size() || name[digits] != '-' ||
      name.substr(name.size() - kJson.size()) != kJson) {
    return false;
  }
  std::string_view id = name.substr(digits + 1, name.size() - digits - 1 - kJson.size());
  for (char c : id) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '_' || c == '-';
    if (!ok) return false;
  }
  return !id.empty();
}

// Creates `path` as a new file (O_EXCL, O_NOFOLLOW: never through a link that appeared since the
// folder was read) and writes `text`. An error's message, or "".
std::string WriteNew(const fs::path& path, const std::string& text) {
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
  if (fd < 0) return std::strerror(errno);
  for (std::size_t done = 0; done < text.size();) {
    ssize_t wrote = ::write(fd, text.data() + done, text.size() - done);
    if (wrote < 0 && errno == EINTR) continue;
    if (wrote <= 0) {
      std::string why = std::strerror(errno);
      ::close(fd);
      return why;
    }
    done += static_cast<std::size_t>(wrote);
  }
  return ::close(fd) == 0 ? std::string() : std::strerror(errno);
}

}  // namespace

int ScenariosCommand(const Args& args, Output& out) {
  auto start = StartCommand(args, {"--rules", "--layer", "--lang", "--out", "--date"},
                            /*takes_files=*/false);
  if (auto* error = std::get_if<StartError>(&start)) return Fail(*error);
  const auto& [options, rules, lang] = std::get<Start>(start);
  Result<Date> date = DateOption(options.date);
  if (!date.ok()) return Fail(Summarize(date.errors()), kUsage);
  authoring::Coverage coverage =
      authoring::EnumerateCoverage(rules, std::nullopt, authoring::kScenarioLimit);
  std::vector<authoring::ScenarioFile> files =
      authoring::Scenarios(rules, coverage, lang, options.date ? date.value().iso() : "");

  fs::path dir = options.out.value_or("scenarios");
  std::string shown = Printable(dir.string());
  std::error_code error;
  fs::file_status status = fs::symlink_status(dir, error);
  if (fs::is_symlink(status)) {
    return Fail(shown +
                " is a symbolic link: scenarios are written into a folder, not through a "
                "link (give the folder itself)");
  }
  if (fs::exists(status) && !fs::is_directory(status)) return Fail(shown + " is not a folder");
  fs::create_directories(dir, error);
  if (error) return Fail("cannot create " + shown + ": " + error.message());

  // Files of an earlier run: replaced, or removed when this run does not write them.
  std::set<std::string> earlier;
  for (fs::directory_iterator it(dir, error), end; !error && it != end; it.increment(error)) {
    std::string name = it->path().filename().string();
    if (!IsScenarioName(name)) continue;
    if (!it->is_regular_file(error) || it->is_symlink(error)) {
      return Fail(Printable((dir / name).string()) +
                  " is a link or a folder, not a scenario file: remove it, or choose another "
                  "folder (nothing was written)");
    }
    earlier.insert(name);
  }
  if (error) return Fail("cannot read " + shown + ": " + error.message());

  for (const authoring::ScenarioFile& file : files) {
    fs::path path = dir / file.name;
    if (earlier.erase(file.name) && ::unlink(path.c_str()) != 0 && errno != ENOENT) {
      return Fail("cannot replace " + Printable(path.string()) + ": " + std::strerror(errno));
    }
    std::string why = WriteNew(path, file.json);
    if (!why.empty()) return Fail("cannot write " + Printable(path.string()) + ": " + why);
  }
  for (const std::string& stale : earlier) {
    fs::path path = dir / stale;
    if (::unlink(path.c_str()) != 0 && errno != ENOENT) {
      return Fail("cannot remove " + Printable(path.string()) +
                  " of an earlier run: " + std::strerror(errno));
    }
  }
  std::string removed = earlier.empty() ? std::string()
                                        : " (and removed " + std::to_string(earlier.size()) +
                                              " of an earlier run that no class matches now)";
  out.Print("wrote " + std::to_string(files.size()) + " scenarios to " + shown + removed + "\n");
  if (coverage.rows_truncated || coverage.flow_truncated) {
    char total[32];
    std::snprintf(total, sizeof total, "%.0f", coverage.total);
    std::string why =
        coverage.flow_truncated
            ? "the question flow reached its " + authoring::LimitReached(coverage.flow_out_of_work,
                                                                         limits::kFlowNodes,
                                                                         limits::kFlowWork)
            : "at most " + std::to_string(authoring::kScenarioLimit) + " files are written";
    std::fprintf(stderr,
                 "couverture: warning: the ruleset has %s classes and %s: not every class has a "
                 "scenario\n",
                 total, why.c_str());
  }
  return out.Finish();
}

}  // namespace couverture::cli
