// Quote matching: normalisation, elisions, close passages and what differs, page comparisons.
#include "couverture/sources/quote_match.h"

#include <gtest/gtest.h>

#include <string>

namespace couverture::sources {
namespace {

QuoteStatus StatusOf(const std::string& page, const std::string& quote) {
  return PageMatcher(page).Find(quote).status;
}

TEST(QuoteMatch, FoundWhateverTheWhitespaceCaseAndTypography) {
  std::string page =
      "Pour l\xE2\x80\x99"
      "ann\xC3\xA9"
      "e universitaire 2025-2026,\n le montant de la CVEC est "
      "fix\xC3\xA9 \xC3\xA0\xC2\xA0"
      "105\xE2\x80\xAF\xE2\x82\xAC.\n"
      "Le plafond est \xC2\xAB\xC2\xA0"
      "fix\xC3\xA9 chaque ann\xC3\xA9"
      "e\xC2\xA0\xC2\xBB.";
  EXPECT_EQ(StatusOf(page,
                     "pour l'année universitaire 2025–2026, le montant de la CVEC est fixé à "
                     "105 €."),
            QuoteStatus::kFound);
  EXPECT_EQ(StatusOf(page, "Le plafond est “fixé chaque année”."), QuoteStatus::kFound);
  EXPECT_EQ(StatusOf(page, "LE PLAFOND EST \"FIXÉ CHAQUE ANNÉE\""), QuoteStatus::kFound);
}

TEST(QuoteMatch, UnicodeNormalisationAndInvisibleCharacters) {
  // Decomposed é (e + U+0301), a soft hyphen and a zero-width space inside words, a ligature.
  std::string page =
      "Les e\xCC\x81tu\xC2\xAD"
      "diants re\xE2\x80\x8B"
      "c\xCC\xA7oivent une of\xEF\xAC\x81"
      "ce.";
  EXPECT_EQ(StatusOf(page, "Les étudiants reçoivent une office."), QuoteStatus::kFound);
}

TEST(QuoteMatch, ElidedPartsAreFoundInOrder) {
  std::string page = "You register online. It is free of charge for every student. Then wait.";
  EXPECT_EQ(StatusOf(page, "You register online. … for every student."), QuoteStatus::kFound);
  EXPECT_EQ(StatusOf(page, "You register online [...] every student."), QuoteStatus::kFound);
  EXPECT_EQ(StatusOf(page, "…It is free (…) Then wait…"), QuoteStatus::kFound);
  // Both parts are on the page, but not in this order.
  EXPECT_EQ(StatusOf(page, "Then wait … You register online."), QuoteStatus::kMissing);
  EXPECT_EQ(QuoteFragments("A b c … d e f [...] g."),
            (std::vector<std::string>{"A b c", "d e f", "g."}));
}

TEST(QuoteMatch, ChangedAmountShowsThePassageAndTheDifference) {
  PageMatcher page(
      "Menu\nPour l’année universitaire 2025-2026, le montant de la CVEC est fixé à "
      "110 €.\nFooter");
  QuoteMatch match =
      page.Find("Pour l'année universitaire 2025-2026, le montant de la CVEC est fixé à 105 €.");
  ASSERT_EQ(match.status, QuoteStatus::kChanged);
  ASSERT_EQ(match.passages.size(), 1u);
  EXPECT_EQ(match.passages[0].text,
            "Pour l’année universitaire 2025-2026, le montant de la CVEC est fixé à 110 €.");
  ASSERT_EQ(match.passages[0].differences.size(), 1u);
  EXPECT_EQ(match.passages[0].differences[0].before, "105 €");
  EXPECT_EQ(match.passages[0].differences[0].after, "110 €");
}

TEST(QuoteMatch, ChangedMeaningShowsEachEdit) {
  PageMatcher page("Vous aurez à payer une cotisation de sécurité sociale française.");
  QuoteMatch match =
      page.Find("Vous n’aurez à payer aucune cotisation de sécurité sociale française.");
  ASSERT_EQ(match.status, QuoteStatus::kChanged);
  ASSERT_EQ(match.passages[0].differences.size(), 2u);
  EXPECT_EQ(match.passages[0].differences[0].before, "n’");
  EXPECT_EQ(match.passages[0].differences[0].after, "");
  EXPECT_EQ(match.passages[0].differences[1].before, "aucune");
  EXPECT_EQ(match.passages[0].differences[1].after, "une");
}

TEST(QuoteMatch, MissingWhenNothingIsCloseEnough) {
  PageMatcher page("The office has moved. Opening hours are 9:00 to 17:00 on weekdays.");
  EXPECT_EQ(page.Find("You will not need to pay any French social security contributions.").status,
            QuoteStatus::kMissing);
  // Three tokens of four replaced: more than 30% differs.
  EXPECT_EQ(page.Find("The bureau was closed.").status, QuoteStatus::kMissing);
  // Short quotes (fewer than 4 tokens) are found or missing, never "changed".
  EXPECT_EQ(page.Find("office moved").status, QuoteStatus::kMissing);
  EXPECT_EQ(page.Find("office has moved").status, QuoteStatus::kFound);
  EXPECT_EQ(page.Find("").status, QuoteStatus::kMissing);
  EXPECT_EQ(page.Find("…").status, QuoteStatus::kMissing);
}

TEST(QuoteMatch, ApproximateMatchingIsBoundedOnALargePage) {
  std::string page;
  for (int i = 0; i < 200000; ++i) page += "word" + std::to_string(i % 977) + " ";
  page += "the fee is 110 euros for 2025-26.";
  PageMatcher matcher(page);
  QuoteMatch match = matcher.Find("The fee is 105 euros for 2025-26.");
  EXPECT_EQ(match.status, QuoteStatus::kChanged);
  // A fragment longer than the approximate limit is only looked for word for word.
  std::string long_quote;
  for (std::size_t i = 0; i <= kApproximateTokens; ++i)
    long_quote += "word" + std::to_string(i % 977) + " ";
  EXPECT_EQ(matcher.Find(long_quote + " nowhere").status, QuoteStatus::kMissing);
}

TEST(CompareTexts, ParagraphsChangedAddedRemovedAndMoved) {
  TextChanges changes = CompareTexts("Title\nFee: 105 €.\nOld news.\nContact us.\n",
                                     "Title\nContact us.\nFee: 110 €.\nNew: chat with us.\n");
  ASSERT_EQ(changes.changes.size(), 3u);
  EXPECT_EQ(changes.changes[0].kind, TextChange::Kind::kChanged);
  EXPECT_EQ(changes.changes[0].before, "Fee: 105 €.");
  EXPECT_EQ(changes.changes[0].after, "Fee: 110 €.");
  ASSERT_EQ(changes.changes[0].differences.size(), 1u);
  EXPECT_EQ(changes.changes[0].differences[0].before, "105 €");
  EXPECT_EQ(changes.changes[1].kind, TextChange::Kind::kRemoved);
  EXPECT_EQ(changes.changes[1].before, "Old news.");
  EXPECT_EQ(changes.changes[2].kind, TextChange::Kind::kAdded);
  EXPECT_EQ(changes.changes[2].after, "New: chat with us.");
  EXPECT_EQ(changes.more, 0u);
}

TEST(CompareTexts, ListsAtMostTwentyAndCountsTheRest) {
  std::string after;
  for (int i = 0; i < 30; ++i) after += "Added paragraph number " + std::to_string(i) + "\n";
  TextChanges changes = CompareTexts("", after);
  EXPECT_EQ(changes.changes.size(), kListedChanges);
  EXPECT_EQ(changes.more, 10u);
}

}  // namespace
}  // namespace couverture::sources
