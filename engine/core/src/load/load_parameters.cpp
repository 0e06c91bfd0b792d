// Format 2's parameters: named values with dated periods, e.g. the CVEC amount by academic year.
#include "couverture/limits.h"
#include "load_context.h"

namespace couverture::detail {
namespace {

void ReadPeriod(LoadContext& c, const Json& json, const std::string& path, Parameter& parameter) {
  if (!json.is_object()) return c.Fail(path, "expected an object, got " + TypeName(json));
  c.CheckKeys(json, path, {"from", "value", "label", "carried_forward", "note", "source"});
  Period period;
  period.path = path;
  period.from = c.ReadDate(json, path, "from", /*required=*/true).value_or("");
  if (const Json* carried = c.Optional(json, "carried_forward")) {
    if (!carried->is_boolean()) {
      c.Fail(JoinPath(path, "carried_forward"),
             "expected true or false, got " + TypeName(*carried));
    }
    period.carried_forward = BooleanOf(*carried);
  }
  const Json* value = c.Optional(json, "value");
  if (period.carried_forward) {
    // The value is the previous period's, shown with a note that says so.
    if (value) c.Fail(JoinPath(path, "value"), "a carried-forward period takes the previous value");
    if (parameter.periods.empty()) {
      c.Fail(JoinPath(path, "carried_forward"), "the first period has no value to carry forward");
    } else {
      period.value = parameter.periods.back().value;
    }
    period.note = c.ReadText(json, path, "note");
  } else {
    if (!value) {
      c.Fail(JoinPath(path, "value"), "is missing");
    } else if (!value->is_number()) {
      c.Fail(JoinPath(path, "value"), "expected a number, got " + TypeName(*value));
    } else {
      period.value = NumberOf(*value);
    }
    // A published value may carry a note too, e.g. that no official page gives it.
    period.note = c.ReadOptionalText(json, path, "note");
  }
  period.label = c.ReadOptionalText(json, path, "label");
  std::string source = c.ReadString(json, path, "source", /*required=*/false);
  if (!source.empty()) {
    period.citation = c.model.CitationIndex(source);
    if (period.citation < 0) {
      c.Fail(JoinPath(path, "source"), "unknown citation " + Quoted(source) + " (see /citations)");
    }
  }
  if (!parameter.periods.empty() && !period.from.empty() &&
      period.from <= parameter.periods.back().from) {
    c.Fail(JoinPath(path, "from"), "periods must be in date order without overlap: " + period.from +
                                       " is not after " + parameter.periods.back().from);
  }
  parameter.periods.push_back(std::move(period));
}

}  // namespace

void ReadParameters(LoadContext& c, const Json& root) {
  const Json* parameters = c.ReadObject(root, "", "parameters", /*required=*/false);
  if (!parameters) return;
  if (!c.WithinLimit(Members(*parameters).size(), limits::kParameters, "/parameters",
                     "parameters")) {
    return;
  }
  for (const auto& [id, json] : Members(*parameters)) {
    if (!id.empty() && id[0] == '$') continue;
    std::string path = JoinPath("/parameters", id);
    if (c.CheckId(id, path) && id.find('-') != std::string::npos) {
      // Texts name it as {id}, and a placeholder is letters, digits and '_': "{fee-amount}" would
      // reach students as written.
      c.Fail(path, Quoted(id) + " cannot name a parameter: texts refer to it as {" + id +
                       "}, where only letters, digits and '_' are read");
    }
    if (!json.is_object()) {
      c.Fail(path, "expected an object, got " + TypeName(json));
      continue;
    }
    c.CheckKeys(json, path, {"type", "currency", "periods"});
    Parameter parameter;
    parameter.id = id;
    parameter.path = path;
    std::string type = c.ReadString(json, path, "type", /*required=*/false);
    if (type.empty() || type == "number") {
      parameter.style = NumberStyle::kNumber;
    } else if (type == "amount") {
      parameter.style = NumberStyle::kAmount;
    } else if (type == "percent") {
      parameter.style = NumberStyle::kPercent;
    } else {
      c.Fail(JoinPath(path, "type"), Quoted(type) + " is not a type (number, amount, percent)");
    }
    parameter.currency =
        c.ReadString(json, path, "currency", parameter.style == NumberStyle::kAmount);
    if (parameter.style == NumberStyle::kAmount && !parameter.currency.empty() &&
        (parameter.currency.size() != 3 ||
         parameter.currency.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ") != std::string::npos)) {
      c.Fail(JoinPath(path, "currency"), "expected an ISO 4217 code such as \"EUR\"");
    }
    if (parameter.style != NumberStyle::kAmount && c.Optional(json, "currency")) {
      c.Fail(JoinPath(path, "currency"), "only an amount has a currency");
    }
    const Json* periods = c.ReadArray(json, path, "periods");
    std::string periods_path = JoinPath(path, "periods");
    if (periods && Elements(*periods).empty()) c.Fail(periods_path, "declare at least one period");
    if (periods &&
        c.WithinLimit(Elements(*periods).size(), limits::kPeriods, periods_path, "periods")) {
      for (std::size_t i = 0; i < Elements(*periods).size(); ++i) {
        ReadPeriod(c, Elements(*periods)[i], JoinPath(periods_path, i), parameter);
      }
    }
    c.model.parameters.push_back(std::move(parameter));
  }
}

}  // namespace couverture::detail
