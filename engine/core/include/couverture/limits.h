// Every input the engine reads is bounded: past a limit it returns an error naming the limit and
// the path, never a slow success. The CLI, the WebAssembly API and the widget share these numbers;
// engine/README.md#limits says why each is what it is.
#ifndef COUVERTURE_LIMITS_H_
#define COUVERTURE_LIMITS_H_

#include <cstddef>
#include <string>

namespace couverture::limits {

// Documents.
inline constexpr std::size_t kRulesetBytes = 1u << 20;  // the shipped rulesets are 30-120 KB
inline constexpr std::size_t kAnswersBytes = 16u << 10;
inline constexpr std::size_t kAnswerKeys = 128;         // twice the most questions a ruleset has
inline constexpr std::size_t kAnswerStringBytes = 256;  // option ids are at most kIdBytes
inline constexpr int kJsonDepth = 128;                  // conditions nest at most kConditionDepth

// A ruleset.
inline constexpr std::size_t kIdBytes = 64;
inline constexpr std::size_t kTextBytes = 4096;  // per language; the longest shipped text is ~500
inline constexpr int kQuestions = 64;            // answers are kept in 64-bit masks
inline constexpr int kOptions = 64;
inline constexpr int kDecisions = 16;
inline constexpr int kRowsPerDecision = 2000;
inline constexpr int kItemsPerGroup = 64;  // the items a row lists are kept in 64-bit masks
inline constexpr int kCitations = 2000;
inline constexpr int kSources = 256;
inline constexpr int kParameters = 64;
inline constexpr int kPeriods = 64;
inline constexpr int kConditionDepth = 32;
inline constexpr int kLanguages = 16;

// A replay link: #couverture:origin=other&age=30.
inline constexpr std::size_t kLinkBytes = 2048;
inline constexpr std::size_t kLinkKeys = 64;

// Work. Past a limit the flow stops and evaluation falls back to row-by-row logic. Nodes bound
// memory (each holds a state per decision); work bounds time: a step per decision settled, per row
// read and per test in it (core/internal/couverture/detail/residual.h), about 0.1 s here per
// million in the widget.
inline constexpr std::size_t kFlowNodes = 10000;
inline constexpr std::size_t kFlowWork = 1000000;
inline constexpr std::size_t kLiveFlowNodes = 4096;  // per assessment with answers out of order
inline constexpr std::size_t kLiveFlowWork = 100000;

}  // namespace couverture::limits

namespace couverture {

// The limits a caller enforces before the engine sees its input (a page fetching a ruleset, a
// widget reading a link): {"rulesetBytes", "answersBytes", "linkBytes", "textBytes", ...}.
std::string LimitsJson();

}  // namespace couverture

#endif  // COUVERTURE_LIMITS_H_
