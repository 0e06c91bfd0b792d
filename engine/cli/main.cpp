// couverture: assess answers, print, check, compare or migrate rulesets. Whatever the input, it
// exits with a status and at most one line on stderr per problem: never an abort or an uncaught
// exception.
#include <cstdio>
#include <exception>
#include <string>

#include "commands.h"

namespace couverture::cli {
namespace {

constexpr const char* kHelp =
    "usage: couverture <command> [options]\n"
    "  assess [--rules FILE] [--lang CODE] [--date YYYY-MM-DD] [FILE|-]\n"
    "                                  assess answers (a JSON object) and print the result\n"
    "  check [--rules FILE] [--json] [--strict] [--date YYYY-MM-DD]\n"
    "                                  validate and verify a ruleset: gaps, dead rows, useless\n"
    "                                  questions, texts, citations, dates, parameters\n"
    "  table [--rules FILE] [--lang CODE] [--csv]\n"
    "                                  the coverage matrix, one table per decision\n"
    "  graph [--rules FILE] [--lang CODE] [--date YYYY-MM-DD]\n"
    "                                  the question flow as Graphviz DOT\n"
    "  scenarios [--rules FILE] [--lang CODE] [--out DIR] [--date YYYY-MM-DD]\n"
    "                                  one scenario file per class of answers\n"
    "  diff [--json] [--lang CODE] [--date YYYY-MM-DD] [--compare OLD=NEW]\n"
    "       [--renamed-option QUESTION.OLD=NEW] OLD NEW\n"
    "                                  every class of answers whose outcome differs between two\n"
    "                                  rulesets, with example answers; questions, decisions and\n"
    "                                  texts that changed\n"
    "  sources [--rules FILE] [--lang CODE] [--json]\n"
    "                                  the evidence map: every source, the citations quoting it,\n"
    "                                  and the rows, items, periods and students resting on each\n"
    "  sources check [--rules FILE] [--json] [--snapshots DIR] [--update] [--date YYYY-MM-DD]\n"
    "        [--timeout SECONDS] [--pause MS]\n"
    "                                  fetch every source and look for each quote; compare with\n"
    "                                  the snapshots; --update rewrites the snapshots and checked\n"
    "                                  dates of sources whose quotes were all found\n"
    "  rules                           print the compiled-in default ruleset\n"
    "  migrate [FILE|-]                a format 1 ruleset rewritten as format 2, deciding the "
    "same\n"
    "  compose BASE LAYER              a layer applied to a base ruleset, as a plain ruleset\n"
    "check, table, graph, scenarios, assess and diff take --layer LAYER: a university's layer\n"
    "over the rules (diff --layer LAYER OLD NEW: what a new base changes for its students).\n"
    "Without --rules, the compiled-in default ruleset. --date defaults to today.\n"
    "Exit status: 0 done; 1 failed (bad input, errors found by check or warnings under\n"
    "--strict, output that could not be written); 2 usage error (unknown command or option).\n"
    "diff exits as diff(1) does: 0 no outcome differs, 1 some does, 2 any error; so does\n"
    "sources check: 0 nothing drifted, 1 something did, 2 any error.\n";

int Dispatch(int argc, char** argv, Output& out) {
  if (argc < 2) {
    std::fputs(kHelp, stderr);
    return kUsage;
  }
  std::string command = argv[1];
  Args args(argv + 2, argv + argc);
  for (const std::string& arg : args) {
    if (arg == "--help" || arg == "-h") command = "--help";
  }
  if (command == "assess") return AssessCommand(args, out);
  if (command == "check") return CheckCommand(args, out);
  if (command == "rules") return RulesCommand(args, out);
  if (command == "table") return TableCommand(args, out);
  if (command == "graph") return GraphCommand(args, out);
  if (command == "scenarios") return ScenariosCommand(args, out);
  if (command == "migrate") return MigrateCommand(args, out);
  if (command == "compose") return ComposeCommand(args, out);
  if (command == "diff") return DiffCommand(args, out);
  if (command == "sources") return SourcesCommand(args, out);
  if (command == "--help" || command == "-h" || command == "help") {
    out.Print(kHelp);
    return out.Finish();
  }
  return Fail("unknown command \"" + command.substr(0, 64) + "\" (see couverture --help)", kUsage);
}

// Every command's output checked at the end, whatever the command did with it.
int Run(int argc, char** argv) {
  Output out(stdout);
  int status = Dispatch(argc, argv, out);
  int written = out.Finish();
  return status != 0 ? status : written;
}

}  // namespace

int Fail(const std::string& message, int status) {
  std::fprintf(stderr, "couverture: %s\n", Printable(message).c_str());
  return status;
}

int Fail(const StartError& error) { return Fail(error.message, error.usage ? kUsage : kFailure); }

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
