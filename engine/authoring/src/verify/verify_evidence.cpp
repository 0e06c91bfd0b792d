// Checks on the evidence a ruleset rests on: who publishes each source, whether a citation
// presents a non-official page as official, and whether every dated value says where it comes
// from and, when that is not an official page, tells the students so.
#include <algorithm>
#include <array>
#include <string>

#include "verify_checks.h"

namespace couverture::authoring {
namespace {

using detail::Basis;
using detail::Citation;
using detail::Model;
using detail::Source;

const Source* SourceOf(const Model& model, const Citation& citation) {
  return citation.source >= 0 ? &model.sources[citation.source] : nullptr;
}

bool Official(const Model& model, const Citation& citation) {
  const Source* source = SourceOf(model, citation);
  return citation.basis == Basis::kOfficial && source && source->publisher == "official";
}

}  // namespace

bool KnownPublisher(const std::string& kind) {
  return std::find(kPublisherKinds.begin(), kPublisherKinds.end(), kind) != kPublisherKinds.end();
}

void CheckEvidence(const Ruleset& rules, Verification& out) {
  const Model& model = detail::ModelOf(rules);
  if (model.meta.format == 1) return;  // one source, no publisher, no basis: nothing to weigh
  for (const Source& source : model.sources) {
    if (source.publisher.empty() || KnownPublisher(source.publisher)) continue;
    out.findings.push_back({Severity::kWarning, "unknown_publisher",
                            "source \"" + source.id + "\" has publisher \"" + source.publisher +
                                "\", which is not a kind the checker knows (official, "
                                "university, association, press, commercial)",
                            source.path + "/publisher", std::nullopt});
  }
  for (const Citation& citation : model.citations) {
    const Source* source = SourceOf(model, citation);
    if (!source || source->publisher.empty() || source->publisher == "official") continue;
    if (citation.basis != Basis::kOfficial && citation.basis != Basis::kUnstated) continue;
    out.findings.push_back(
        {Severity::kWarning, "unofficial_basis",
         "citation \"" + citation.id + "\" quotes \"" + source->id + "\", a " + source->publisher +
             " page, " + (citation.basis == Basis::kOfficial ? "as official" : "without a basis") +
             ": students would take it for an official rule. Cite an official page, or set "
             "\"basis\" to \"university\" (a non-official page) or \"inference\"",
         citation.path + (citation.basis == Basis::kOfficial ? "/basis" : ""), std::nullopt});
  }
  for (const detail::Parameter& p : model.parameters) {
    for (const detail::Period& period : p.periods) {
      if (period.carried_forward) continue;  // its note already says the value is not current
      if (period.citation < 0) {
        out.findings.push_back({Severity::kWarning, "missing_citation",
                                "the value of \"" + p.id + "\" from " + period.from +
                                    " has no \"source\": nobody can check where it comes from",
                                period.path, std::nullopt});
      } else if (!period.note && !Official(model, model.citations[period.citation])) {
        out.findings.push_back(
            {Severity::kWarning, "unnoted_value",
             "the value of \"" + p.id + "\" from " + period.from + " rests on citation \"" +
                 model.citations[period.citation].id +
                 "\", which is not an official page: add a \"note\" so that students are told "
                 "wherever the value is shown",
             period.path, std::nullopt});
      }
    }
  }
}

}  // namespace couverture::authoring
