// `couverture check`: validates a ruleset, then verifies it. Today's date comes from the clock
// here, so that the engine itself stays pure.
#include <ctime>
#include <iostream>

#include "commands.h"
#include "couverture/verify.h"
#include "input.h"
#include "options.h"

namespace couverture::cli {
namespace {

std::string Today() {
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  char date[16];
  std::strftime(date, sizeof date, "%Y-%m-%d", &local);
  return date;
}

// Load errors in the verifier's JSON shape, so tools read one format either way.
void PrintLoadErrorsJson(const Errors& errors) {
  std::cout << "{\n  \"ruleset\": null,\n  \"summary\": {\"errors\": " << errors.size()
            << ", \"warnings\": 0, \"info\": 0},\n  \"findings\": [";
  for (std::size_t i = 0; i < errors.size(); ++i) {
    auto quote = [](const std::string& s) {
      std::string out = "\"";
      for (char c : s) {
        if (c == '"' || c == '\\') {
          out += '\\';
          out += c;
        } else if (static_cast<unsigned char>(c) < 0x20) {
          char escaped[8];
          std::snprintf(escaped, sizeof escaped, "\\u%04x", c);
          out += escaped;
        } else {
          out += c;
        }
      }
      return out + "\"";
    };
    std::cout << (i ? ",\n" : "\n") << "    {\"severity\": \"error\", \"kind\": \"invalid\", "
              << "\"message\": " << quote(errors[i].message)
              << ", \"path\": " << quote(errors[i].path) << ", \"answers\": null}";
  }
  std::cout << "\n  ]\n}\n";
}

}  // namespace

int CheckCommand(const Args& args) {
  Result<Options> options = ParseOptions(args, {"--rules", "--json", "--strict"});
  if (!options.ok()) return Fail(Summarize(options.errors()));
  const Options& o = options.value();
  if (!o.files.empty()) return Fail("check takes no file: use --rules FILE");
  Result<Ruleset> rules = LoadRulesOption(o.rules);
  if (!rules.ok()) {
    if (o.json) {
      PrintLoadErrorsJson(rules.errors());
    } else {
      for (const Error& e : rules.errors()) std::cerr << "error: " << e.ToString() << "\n";
    }
    return Fail("ruleset: " + std::to_string(rules.errors().size()) + " error(s)");
  }
  VerifyOptions verify;
  verify.today = Today();
  Verification result = Verify(rules.value(), verify);
  std::cout << (o.json ? VerificationJson(rules.value(), result, 2) + "\n"
                       : VerificationText(rules.value(), result));
  std::size_t errors = result.Count(Severity::kError);
  std::size_t warnings = result.Count(Severity::kWarning);
  if (errors > 0) return Fail("check: " + std::to_string(errors) + " error(s)");
  if (o.strict && warnings > 0) {
    return Fail("check --strict: " + std::to_string(warnings) + " warning(s)");
  }
  return 0;
}

}  // namespace couverture::cli
