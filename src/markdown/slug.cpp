// GitHub's heading anchors: lower case, then every character that is not a
// letter, mark, decimal digit, connector punctuation, '-' or ' ' is dropped,
// then spaces become '-'. (GitHub's Ruby: gsub(/[^\p{Word}\- ]/u, '').tr(' ', '-').)
#include <unordered_map>

#include "awesomelint/support/strings.h"
#include "slug.h"
#include "support/utf8.h"

namespace awesomelint {
namespace {

// Simple lower-case mapping for the scripts headings use; GitHub lower-cases
// with full Unicode rules, these blocks cover Latin, Greek, Cyrillic and fullwidth.
char32_t ToLowerCodePoint(char32_t c) {
  if (c >= 'A' && c <= 'Z') return c + 32;
  if (c < 0x80) return c;
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;  // Latin-1
  if (c == 0x178) return 0xFF;                             // Ÿ
  if (c >= 0x100 && c <= 0x17F && c != 0x130 && c != 0x138 && c != 0x149 && c != 0x17F) {
    bool odd_upper = (c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E);
    return (odd_upper ? c % 2 == 1 : c % 2 == 0) ? c + 1 : c;  // Latin Extended-A pairs
  }
  if (c == 0x1C4 || c == 0x1C7 || c == 0x1CA || c == 0x1F1) return c + 2;  // Ǆ Ǉ Ǌ Ǳ
  if (c >= 0x1CD && c <= 0x1DC) return c % 2 == 1 ? c + 1 : c;
  if ((c >= 0x1DE && c <= 0x1EF) || (c >= 0x1F8 && c <= 0x233)) return c % 2 == 0 ? c + 1 : c;
  if (c == 0x386) return 0x3AC;                               // Ά
  if (c >= 0x388 && c <= 0x38A) return c + 37;                // Έ Ή Ί
  if (c == 0x38C) return 0x3CC;                               // Ό
  if (c == 0x38E || c == 0x38F) return c + 63;                // Ύ Ώ
  if (c >= 0x391 && c <= 0x3AB && c != 0x3A2) return c + 32;  // Greek
  if (c >= 0x400 && c <= 0x40F) return c + 80;                // Cyrillic Ѐ-Џ
  if (c >= 0x410 && c <= 0x42F) return c + 32;                // Cyrillic А-Я
  if ((c >= 0x460 && c <= 0x481) || (c >= 0x48A && c <= 0x4BF) || (c >= 0x4D0 && c <= 0x52F))
    return c % 2 == 0 ? c + 1 : c;                                // Cyrillic pairs (Ґ, Ӑ, ...)
  if (c >= 0x531 && c <= 0x556) return c + 48;                    // Armenian
  if (c >= 0x1E00 && c <= 0x1EFF) return c % 2 == 0 ? c + 1 : c;  // Latin Extended Additional
  if (c >= 0x2160 && c <= 0x216F) return c + 16;                  // Roman numerals
  if (c >= 0xFF21 && c <= 0xFF3A) return c + 32;                  // fullwidth Latin
  return c;
}

// Non-ASCII code points that are not word characters (letters, including letter
// numbers such as Roman numerals; marks; decimal digits; connector punctuation):
// punctuation, symbols, emoji, format characters, spaces and other numbers.
bool IsDroppedNonAscii(char32_t c) {
  struct Range {
    char32_t first, last;
  };
  static constexpr Range kDropped[] = {
      {0x80, 0xA9},       {0xAB, 0xB4},       {0xB6, 0xB9},     {0xBB, 0xBF},
      {0xD7, 0xD7},       {0xF7, 0xF7},       {0x2C2, 0x2C5},   {0x2D2, 0x2DF},
      {0x2E5, 0x2EB},     {0x2ED, 0x2ED},     {0x2EF, 0x2FF},   {0x375, 0x375},
      {0x37E, 0x37E},     {0x384, 0x385},     {0x387, 0x387},   {0x55A, 0x55F},
      {0x589, 0x58A},     {0x5BE, 0x5BE},     {0x5C0, 0x5C0},   {0x5C3, 0x5C3},
      {0x5C6, 0x5C6},     {0x5F3, 0x5F4},     {0x600, 0x60F},   {0x61B, 0x61F},
      {0x66A, 0x66D},     {0x6D4, 0x6D4},     {0x964, 0x965},   {0x970, 0x970},
      {0xE3F, 0xE3F},     {0xE4F, 0xE4F},     {0xE5A, 0xE5B},   {0x1680, 0x1680},
      {0x2000, 0x203E},   {0x2041, 0x2053},   {0x2055, 0x206F},  // not the connectors ‿ ⁀ ⁔
      {0x2070, 0x209F},   {0x20A0, 0x20CF},   {0x2100, 0x214F}, {0x2150, 0x215F},
      {0x2189, 0x218F},  // Roman numerals (2160-2188) are letters
      {0x2190, 0x2BFF},   {0x2E00, 0x2E7F},   {0x3000, 0x3004}, {0x3008, 0x3020},
      {0x3030, 0x3030},   {0x303D, 0x303F},   {0x30FB, 0x30FB}, {0xE000, 0xF8FF},
      {0xFE10, 0xFE1F},   {0xFE30, 0xFE32},   {0xFE35, 0xFE4C},  // not the connectors ︳︴﹍﹎﹏
      {0xFE50, 0xFE6F},   {0xFEFF, 0xFEFF},   {0xFF01, 0xFF0F}, {0xFF1A, 0xFF20},
      {0xFF3B, 0xFF3E},   {0xFF40, 0xFF40},   {0xFF5B, 0xFF65}, {0xFFE0, 0xFFFF},
      {0x1F000, 0x1FAFF}, {0xE0000, 0xE007F},
  };
  for (const Range& r : kDropped)
    if (c >= r.first && c <= r.last) return true;
  return false;
}

}  // namespace

std::string GithubSlug(std::string_view text) {
  std::string slug;
  slug.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    char32_t c = ToLowerCodePoint(DecodeUtf8(text, i));
    if (c < 0x80) {
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-') {
        slug += static_cast<char>(c);
      } else if (c == ' ') {
        slug += '-';
      }
    } else if (!IsDroppedNonAscii(c)) {
      AppendUtf8(c, slug);
    }
  }
  return slug;
}

void AssignSlugs(std::vector<Heading>& headings) {
  std::unordered_map<std::string, int> occurrences;
  for (Heading& heading : headings) {
    std::string original = GithubSlug(heading.text);
    std::string slug = original;
    while (occurrences.count(slug)) slug = original + "-" + std::to_string(++occurrences[original]);
    occurrences[slug] = 0;
    heading.slug = std::move(slug);
  }
}

}  // namespace awesomelint
