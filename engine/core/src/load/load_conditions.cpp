// Conditions: {"origin": "quebec", "age": {">": 28}, "any": [...], "not": {...},
// "decision": {"health": ["register_ameli"]}}: every key must hold.
#include <optional>

#include "couverture/limits.h"
#include "load_context.h"

namespace couverture::detail {
namespace {

int AddCondition(LoadContext& c, Condition condition) {
  c.model.conditions.push_back(std::move(condition));
  return static_cast<int>(c.model.conditions.size() - 1);
}

int Combine(LoadContext& c, Condition::Kind kind, std::vector<int> children) {
  if (children.size() == 1 && kind != Condition::Kind::kNot) return children.front();
  Condition condition;
  condition.kind = kind;
  condition.children = std::move(children);
  return AddCondition(c, std::move(condition));
}

int AddTest(LoadContext& c, Test test) {
  c.model.tests.push_back(std::move(test));
  Condition condition;
  condition.test = static_cast<int>(c.model.tests.size() - 1);
  return AddCondition(c, std::move(condition));
}

int ReadConditionList(LoadContext& c, const Json& json, const std::string& path, int depth,
                      Condition::Kind kind) {
  if (!json.is_array() || Elements(json).empty()) {
    c.Fail(path, "expected a non-empty array of conditions");
    return -1;
  }
  std::vector<int> children;
  for (std::size_t i = 0; i < Elements(json).size(); ++i) {
    int child = ReadCondition(c, Elements(json)[i], JoinPath(path, i), depth + 1);
    if (child >= 0) children.push_back(child);
  }
  if (children.size() != Elements(json).size()) return -1;
  return Combine(c, kind, std::move(children));
}

std::optional<double> ReadConstant(LoadContext& c, const Question& q, const Json& value,
                                   const std::string& path) {
  switch (q.type) {
    case QuestionType::kChoice: {
      if (!value.is_string()) {
        c.Fail(path, "expected an option id of " + Quoted(q.id) + ", got " + TypeName(value));
        return std::nullopt;
      }
      int option = q.OptionIndex(StringOf(value));
      if (option >= 0) return static_cast<double>(option);
      c.Fail(path, Quoted(StringOf(value)) + " is not an option of " + Quoted(q.id));
      return std::nullopt;
    }
    case QuestionType::kBoolean:
      if (!value.is_boolean()) {
        c.Fail(path, "expected true or false, got " + TypeName(value));
        return std::nullopt;
      }
      return BooleanOf(value) ? 1.0 : 0.0;
    case QuestionType::kInteger:
    case QuestionType::kNumber:
      if (!value.is_number()) {
        c.Fail(path, "expected a number, got " + TypeName(value));
        return std::nullopt;
      }
      return NumberOf(value);
  }
  return std::nullopt;
}

int ReadOperand(LoadContext& c, int question, Op op, const Json& operand, const std::string& path) {
  const Question& q = c.model.questions[question];
  Test test;
  test.question = question;
  test.op = op;
  test.path = path;
  if (op == Op::kIn) {
    if (q.type != QuestionType::kChoice) {
      c.Fail(path, "a list of values only applies to choice questions");
      return -1;
    }
    if (!operand.is_array() || Elements(operand).empty()) {
      c.Fail(path, "expected a non-empty array of option ids");
      return -1;
    }
    bool ok = true;
    for (std::size_t i = 0; i < Elements(operand).size(); ++i) {
      std::optional<double> option = ReadConstant(c, q, Elements(operand)[i], JoinPath(path, i));
      if (option) {
        test.set |= std::uint64_t{1} << static_cast<int>(*option);
      } else {
        ok = false;
      }
    }
    return ok ? AddTest(c, std::move(test)) : -1;
  }
  std::optional<double> value = ReadConstant(c, q, operand, path);
  if (!value) return -1;
  test.value = *value;
  return AddTest(c, std::move(test));
}

// The tests on one question: a bare value (equality), an array of options, or operators.
int ReadTests(LoadContext& c, const std::string& id, const Json& json, const std::string& path) {
  int question = c.model.QuestionIndex(id);
  if (question < 0) {
    c.Fail(path, "unknown question " + Quoted(id) + " (see /questions)");
    return -1;
  }
  const Question& q = c.model.questions[question];
  if (!json.is_object()) {
    return ReadOperand(c, question, json.is_array() ? Op::kIn : Op::kEq, json, path);
  }
  if (Members(json).empty()) {
    c.Fail(path, "expected a value or an object of operators (eq, ne, in, <, <=, >, >=)");
    return -1;
  }
  struct Named {
    const char* name;
    Op op;
  };
  static constexpr Named kOps[] = {{"eq", Op::kEq}, {"ne", Op::kNe}, {"in", Op::kIn},
                                   {"<", Op::kLt},  {"<=", Op::kLe}, {">", Op::kGt},
                                   {">=", Op::kGe}};
  std::vector<int> tests;
  for (const auto& [name, operand] : Members(json)) {
    std::string op_path = JoinPath(path, name);
    const Named* op = nullptr;
    for (const Named& known : kOps) {
      if (name == known.name) op = &known;
    }
    if (!op) {
      c.Fail(op_path, "unknown operator " + Quoted(name) + " (eq, ne, in, <, <=, >, >=)");
      continue;
    }
    bool ordered = op->op != Op::kEq && op->op != Op::kNe && op->op != Op::kIn;
    bool numeric = q.type == QuestionType::kInteger || q.type == QuestionType::kNumber;
    if (ordered && !numeric) {
      c.Fail(op_path, Quoted(name) + " compares numbers, but " + Quoted(id) + " is not a number");
      continue;
    }
    if (op->op == Op::kIn && q.type != QuestionType::kChoice) {
      c.Fail(op_path, "\"in\" lists options, but " + Quoted(id) + " is not a choice");
      continue;
    }
    int test = ReadOperand(c, question, op->op, operand, op_path);
    if (test >= 0) tests.push_back(test);
  }
  if (tests.empty()) return -1;
  return Combine(c, Condition::Kind::kAll, std::move(tests));
}

// {"health": ["register_ameli", "register_with_s1"]} or {"health": "register_ameli"}: the other
// decision applies and settles on one of these statuses.
int ReadDecisionTests(LoadContext& c, const Json& json, const std::string& path) {
  if (c.model.meta.format != 2) {
    c.Fail(path, "decision tests need format 2");
    return -1;
  }
  if (!json.is_object() || Members(json).empty()) {
    c.Fail(path, "expected an object of decision ids and statuses");
    return -1;
  }
  std::vector<int> tests;
  for (const auto& [id, statuses] : Members(json)) {
    std::string test_path = JoinPath(path, id);
    int decision = c.model.DecisionIndex(id);
    if (decision < 0) {
      c.Fail(test_path, "unknown decision " + Quoted(id) + " (see /decisions)");
      continue;
    }
    const std::vector<Item>& vocabulary = c.model.decisions[decision].statuses;
    Test test;
    test.decision = decision;
    test.op = Op::kIn;
    test.path = test_path;
    Json list = statuses.is_string() ? Json::array({statuses}) : statuses;
    if (!list.is_array() || Elements(list).empty()) {
      c.Fail(test_path, "expected a status id or a non-empty array of them");
      continue;
    }
    bool ok = true;
    for (std::size_t i = 0; i < Elements(list).size(); ++i) {
      const Json& status = Elements(list)[i];
      int index = -1;
      for (std::size_t s = 0; s < vocabulary.size(); ++s) {
        if (status.is_string() && vocabulary[s].id == StringOf(status)) index = static_cast<int>(s);
      }
      if (index < 0) {
        c.Fail(statuses.is_string() ? test_path : JoinPath(test_path, i),
               (status.is_string() ? Quoted(StringOf(status)) : TypeName(status)) +
                   " is not a status of decision " + Quoted(id));
        ok = false;
      } else {
        test.set |= std::uint64_t{1} << index;
      }
    }
    if (ok) tests.push_back(AddTest(c, std::move(test)));
  }
  if (tests.size() != Members(json).size()) return -1;
  return Combine(c, Condition::Kind::kAll, std::move(tests));
}

}  // namespace

int ReadCondition(LoadContext& c, const Json& json, const std::string& path, int depth) {
  if (depth > limits::kConditionDepth) {
    c.Fail(path,
           "conditions nest deeper than " + std::to_string(limits::kConditionDepth) + " levels");
    return -1;
  }
  if (!json.is_object() || Members(json).empty()) {
    c.Fail(path, "expected a non-empty object of tests, got " +
                     (json.is_object() ? std::string("an empty object") : TypeName(json)));
    return -1;
  }
  std::vector<int> all;
  bool failed = false;
  for (const auto& [key, value] : Members(json)) {
    std::string key_path = JoinPath(path, key);
    int child = -1;
    if (!key.empty() && key[0] == '$') continue;
    if (key == "all" || key == "any") {
      child = ReadConditionList(c, value, key_path, depth,
                                key == "all" ? Condition::Kind::kAll : Condition::Kind::kAny);
    } else if (key == "not") {
      int inner = ReadCondition(c, value, key_path, depth + 1);
      if (inner >= 0) child = Combine(c, Condition::Kind::kNot, {inner});
    } else if (key == "decision") {
      child = ReadDecisionTests(c, value, key_path);
    } else {
      child = ReadTests(c, key, value, key_path);
    }
    if (child >= 0) {
      all.push_back(child);
    } else {
      failed = true;
    }
  }
  if (failed || all.empty()) return -1;
  return Combine(c, Condition::Kind::kAll, std::move(all));
}

}  // namespace couverture::detail
