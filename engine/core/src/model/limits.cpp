#include "couverture/limits.h"

#include "couverture/detail/json_document.h"

namespace couverture {

std::string LimitsJson() {
  detail::Json limits = detail::Json::object();
  detail::Put(limits, "rulesetBytes", limits::kRulesetBytes);
  detail::Put(limits, "answersBytes", limits::kAnswersBytes);
  detail::Put(limits, "answerKeys", limits::kAnswerKeys);
  detail::Put(limits, "linkBytes", limits::kLinkBytes);
  detail::Put(limits, "linkKeys", limits::kLinkKeys);
  detail::Put(limits, "textBytes", limits::kTextBytes);
  return detail::Dump(limits);
}

}  // namespace couverture
