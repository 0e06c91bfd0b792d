// UTF-8 (RFC 3629) as the engine reads it outside JSON, where nlohmann/json validates strings:
// in replay links, in the texts it echoes into messages, and in the ruleset texts it checks.
#ifndef COUVERTURE_CORE_UTF8_H_
#define COUVERTURE_CORE_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace couverture::detail {

// The character at text[at]: its code point and length in bytes. Length 0 when the bytes there
// are not one well-formed character: a stray continuation byte, a cut-off sequence, an overlong
// form, a surrogate or a code point past U+10FFFF.
struct Utf8Char {
  std::uint32_t code = 0;
  std::size_t length = 0;
};
Utf8Char DecodeUtf8(std::string_view text, std::size_t at);

// A byte inside a character (10xxxxxx): counting the others counts characters, and a cut before
// one of them would split a character.
inline bool ContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

bool ValidUtf8(std::string_view text);

// A character a reader does not see but that changes what a text shows: C0 and C1 controls
// (except line breaks and tabs when `allow_layout`), DEL, and the bidirectional overrides and
// isolates (U+202A-U+202E, U+2066-U+2069), which can reorder or hide what follows them.
bool HiddenCharacter(std::uint32_t code, bool allow_layout);

}  // namespace couverture::detail

#endif  // COUVERTURE_CORE_UTF8_H_
