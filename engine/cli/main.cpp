// couverture: assess answers, print or check rulesets. Whatever the input, it exits with a status
// and at most one line on stderr per problem: never an abort or an uncaught exception.
#include <exception>
#include <iostream>
#include <string>

#include "commands.h"

namespace couverture::cli {
namespace {

constexpr const char* kUsage =
    "usage: couverture <command> [options]\n"
    "  assess [--rules FILE] [--lang CODE] [FILE|-]  assess answers (JSON object) and print the "
    "result\n"
    "  check [--rules FILE] [--json] [--strict]      validate and verify a ruleset: gaps, dead\n"
    "                                                rows, useless questions, texts, dates\n"
    "  table [--rules FILE] [--lang CODE] [--csv]    the coverage matrix (Markdown or CSV)\n"
    "  graph [--rules FILE] [--lang CODE]            the question flow as Graphviz DOT\n"
    "  scenarios [--rules FILE] [--lang CODE] [--out DIR]\n"
    "                                                one scenario file per class of answers\n"
    "  rules                                         print the compiled-in default ruleset\n";

int Run(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << kUsage;
    return 2;
  }
  std::string command = argv[1];
  Args args(argv + 2, argv + argc);
  for (const std::string& arg : args) {
    if (arg == "--help" || arg == "-h") command = "--help";
  }
  if (command == "assess") return AssessCommand(args);
  if (command == "check") return CheckCommand(args);
  if (command == "rules") return RulesCommand(args);
  if (command == "table") return TableCommand(args);
  if (command == "graph") return GraphCommand(args);
  if (command == "scenarios") return ScenariosCommand(args);
  if (command == "--help" || command == "help") {
    std::cout << kUsage;
    return 0;
  }
  std::cerr << "couverture: unknown command \"" << command << "\"\n" << kUsage;
  return 2;
}

}  // namespace

int Fail(const std::string& message) {
  std::cerr << "couverture: " << message << "\n";
  return 1;
}

}  // namespace couverture::cli

int main(int argc, char** argv) {
  try {
    return couverture::cli::Run(argc, argv);
  } catch (const std::exception& e) {
    return couverture::cli::Fail(std::string("internal error: ") + e.what());
  } catch (...) {
    return couverture::cli::Fail("internal error");
  }
}
