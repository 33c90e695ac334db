// LetterCase: the npm package `case` (1.6.3, Nathan Bubna) as awesome-lint 2.3.0 uses it —
// Case.of(text), which names the case a string is written in, and Case.title(text). A port of
// its regular expressions, run as JavaScript runs them: on UTF-16 code units, its "letters"
// being ASCII and Latin-1 ([a-zß-öø-ÿ], [A-ZÀ-ÖØ-Þ]), its "symbols" the ASCII and Latin-1
// punctuation, \s and \b as JavaScript has them. String.prototype.toUpperCase/toLowerCase
// change every script's letters, so they are ported with Unicode's full case mappings (the
// tables of support/unicode_tables.h; the final sigma approximately).
//
// Header-only so that any rule can use it: awesome-heading (title case of the main heading),
// awesome-list-item (the casing of a description's first word).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "support/unicode.h"
#include "support/utf8.h"

namespace awesomelint {

// What Case.of returns, in the order it tries them (the first whose conversion leaves the
// text unchanged wins). kNone is JavaScript's undefined: no case fits ("Foo  Bar").
enum class LetterCase {
  kLower,
  kSnake,
  kConstant,
  kCamel,
  kKebab,
  kUpper,
  kCapital,
  kHeader,
  kPascal,
  kTitle,
  kSentence,
  kNone,
};

// "lower", "snake", ..., "sentence"; "" for kNone.
constexpr std::string_view LetterCaseName(LetterCase letter_case) {
  constexpr std::string_view kNames[] = {"lower",  "snake", "constant", "camel",
                                         "kebab",  "upper", "capital",  "header",
                                         "pascal", "title", "sentence", ""};
  return kNames[static_cast<int>(letter_case)];
}

namespace letter_case {

// String.prototype.toUpperCase / toLowerCase, one code point at a time (generated tables).
using unicode::FindSpecialUpper;
using unicode::SimpleLower;
using unicode::SimpleUpper;
using unicode::SpecialUpper;

// --- UTF-16, as JavaScript strings are.

inline void AppendUtf16(char32_t c, std::u16string& out) {
  if (c < 0x10000) {
    out += static_cast<char16_t>(c);
  } else {
    c -= 0x10000;
    out += static_cast<char16_t>(0xD800 + (c >> 10));
    out += static_cast<char16_t>(0xDC00 + (c & 0x3FF));
  }
}

// Invalid UTF-8 becomes U+FFFD, a byte at a time.
inline std::u16string ToUtf16(std::string_view text) {
  std::u16string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    unsigned char lead = static_cast<unsigned char>(text[i]);
    int extra = lead < 0x80                   ? 0
                : lead >= 0xC2 && lead < 0xE0 ? 1
                : lead >= 0xE0 && lead < 0xF0 ? 2
                : lead >= 0xF0 && lead < 0xF5 ? 3
                                              : -1;
    char32_t code = extra <= 0 ? lead : lead & (0x3F >> extra);
    bool valid = extra >= 0 && i + extra < text.size();
    for (int k = 1; valid && k <= extra; ++k) {
      unsigned char next = static_cast<unsigned char>(text[i + k]);
      valid = (next & 0xC0) == 0x80;
      code = (code << 6) | (next & 0x3F);
    }
    if (valid && extra > 0) {
      static constexpr char32_t kSmallest[] = {0, 0x80, 0x800, 0x10000};
      valid = code >= kSmallest[extra] && code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF);
    }
    if (!valid) {
      out += u'\uFFFD';
      ++i;
      continue;
    }
    AppendUtf16(code, out);
    i += extra + 1;
  }
  return out;
}

// A lone surrogate (which UTF-8 cannot hold) becomes U+FFFD.
inline std::string ToUtf8(std::u16string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    char32_t c = text[i];
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < text.size() && text[i + 1] >= 0xDC00 &&
        text[i + 1] <= 0xDFFF) {
      c = 0x10000 + ((c - 0xD800) << 10) + (text[++i] - 0xDC00);
    } else if (c >= 0xD800 && c <= 0xDFFF) {
      c = 0xFFFD;
    }
    AppendUtf8(c, out);
  }
  return out;
}

// The code point at `i` (a surrogate pair joined; a lone surrogate as itself), advancing `i`.
inline char32_t NextCodePoint(std::u16string_view text, size_t& i) {
  char32_t c = text[i++];
  if (c >= 0xD800 && c <= 0xDBFF && i < text.size() && text[i] >= 0xDC00 && text[i] <= 0xDFFF)
    c = 0x10000 + ((c - 0xD800) << 10) + (text[i++] - 0xDC00);
  return c;
}

inline std::u16string Up(std::u16string_view text) {
  std::u16string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    char32_t c = NextCodePoint(text, i);
    if (const SpecialUpper* special = FindSpecialUpper(c)) {
      for (char32_t part : special->upper)
        if (part != 0) AppendUtf16(part, out);
    } else {
      AppendUtf16(SimpleUpper(c), out);
    }
  }
  return out;
}

// Unicode's Cased and Case_Ignorable, approximately: a letter with a case mapping; the
// apostrophes, dots, colons and combining marks that may stand inside a word.
inline bool IsCased(char32_t c) {
  return SimpleUpper(c) != c || SimpleLower(c) != c;
}
inline bool IsCaseIgnorable(char32_t c) {
  return c == '\'' || c == '.' || c == ':' || c == '^' || c == '`' || c == 0xA8 || c == 0xAD ||
         c == 0xAF || c == 0xB4 || c == 0xB7 || c == 0xB8 || c == 0x2018 || c == 0x2019 ||
         c == 0x2024 || c == 0x2027 || (c >= 0x2B0 && c <= 0x36F) || (c >= 0x483 && c <= 0x489);
}

// Σ lower-cases to ς at the end of a word (Unicode's Final_Sigma), else to σ.
inline bool IsFinalSigma(std::u16string_view text, size_t at, size_t after) {
  bool cased_before = false;
  for (size_t i = at; i > 0;) {
    size_t start = i - 1;
    if (start > 0 && text[start] >= 0xDC00 && text[start] <= 0xDFFF && text[start - 1] >= 0xD800 &&
        text[start - 1] <= 0xDBFF)
      --start;
    size_t read = start;
    char32_t c = NextCodePoint(text, read);
    if (IsCaseIgnorable(c)) {
      i = start;
      continue;
    }
    cased_before = IsCased(c);
    break;
  }
  if (!cased_before) return false;
  for (size_t i = after; i < text.size();) {
    char32_t c = NextCodePoint(text, i);
    if (!IsCaseIgnorable(c)) return !IsCased(c);
  }
  return true;
}

inline std::u16string Low(std::u16string_view text) {
  std::u16string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    size_t at = i;
    char32_t c = NextCodePoint(text, i);
    if (c == 0x130) {  // İ → i̇
      out += u"i\u0307";
    } else if (c == 0x3A3) {
      out += IsFinalSigma(text, at, i) ? u'\u03C2' : u'\u03C3';
    } else {
      AppendUtf16(SimpleLower(c), out);
    }
  }
  return out;
}

// --- The package's character classes, on code units.

// 20-26, 28-2F, 3A-40, 5B-60, 7B-7E, A0-BF, D7, F7: ASCII and Latin-1 punctuation and
// spaces, but not the apostrophe.
constexpr bool IsSymbol(char16_t c) {
  return (c >= 0x20 && c <= 0x26) || (c >= 0x28 && c <= 0x2F) || (c >= 0x3A && c <= 0x40) ||
         (c >= 0x5B && c <= 0x60) || (c >= 0x7B && c <= 0x7E) || (c >= 0xA0 && c <= 0xBF) ||
         c == 0xD7 || c == 0xF7;
}
constexpr bool IsLowerLetter(char16_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 0xDF && c <= 0xF6) || (c >= 0xF8 && c <= 0xFF);
}
constexpr bool IsUpperLetter(char16_t c) {
  return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xD6) || (c >= 0xD8 && c <= 0xDE);
}
// JavaScript's \s.
constexpr bool IsSpace(char16_t c) {
  return (c >= 0x09 && c <= 0x0D) || c == 0x20 || c == 0xA0 || c == 0x1680 ||
         (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F ||
         c == 0x3000 || c == 0xFEFF;
}
// The same of a code point (none beyond the Basic Multilingual Plane is a space).
constexpr bool IsSpaceCodePoint(char32_t c) {
  return c <= 0xFFFF && IsSpace(static_cast<char16_t>(c));
}
// JavaScript's String.prototype.trim.
constexpr std::u16string_view Trim(std::u16string_view s) {
  size_t begin = 0, end = s.size();
  while (begin < end && IsSpace(s[begin])) ++begin;
  while (end > begin && IsSpace(s[end - 1])) --end;
  return s.substr(begin, end - begin);
}
// JavaScript's \w (and so \b): ASCII only.
constexpr bool IsWordChar(char16_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}
// What JavaScript's '.' does not match.
constexpr bool IsLineTerminator(char16_t c) {
  return c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029;
}

// re.upper, /^[^lowers]+$/.
inline bool HasNoLowerLetter(std::u16string_view s) {
  if (s.empty()) return false;
  for (char16_t c : s)
    if (IsLowerLetter(c)) return false;
  return true;
}
// re.hole, /[^\s]\s[^\s]/: two words one space apart.
inline bool HasHole(std::u16string_view s) {
  for (size_t i = 0; i + 2 < s.size(); ++i)
    if (!IsSpace(s[i]) && IsSpace(s[i + 1]) && !IsSpace(s[i + 2])) return true;
  return false;
}
// re.room, /[symbols]/.
inline bool HasSymbol(std::u16string_view s) {
  for (char16_t c : s)
    if (IsSymbol(c)) return true;
  return false;
}

// _.fill: s.replace(/[symbols]+(.|$)/g, (m, next) => next ? fill + next : ''), when a fill
// is given; then the apostrophes out, when asked.
inline std::u16string Fill(std::u16string_view s, std::optional<std::u16string_view> fill,
                           bool deapostrophe) {
  std::u16string out;
  if (fill) {
    out.reserve(s.size());
    for (size_t i = 0; i < s.size();) {
      if (!IsSymbol(s[i])) {
        out += s[i++];
        continue;
      }
      size_t run_end = i;
      while (run_end < s.size() && IsSymbol(s[run_end])) ++run_end;
      if (run_end == s.size()) {  // (.|$) took the end: next is ""
        i = run_end;
      } else if (!IsLineTerminator(s[run_end])) {
        out += *fill;
        out += s[run_end];
        i = run_end + 1;
      } else if (run_end - i >= 2) {  // backtracked: '.' takes the run's last symbol
        out += *fill;
        out += s[run_end - 1];
        i = run_end;
      } else {  // one symbol before a line break: no match here
        out += s[i++];
      }
    }
  } else {
    out = s;
  }
  if (deapostrophe) std::erase(out, u'\'');
  return out;
}

// _.relax over re.relax, /([^U])([U]*)([U])(?=[^U]|$)/g: "fooBar" → "foo Bar",
// "aHTMLParser" → "a HTML Parser".
inline std::u16string Relax(std::u16string_view s) {
  std::u16string out;
  out.reserve(s.size() + 8);
  size_t i = 0;
  while (i < s.size()) {
    if (IsUpperLetter(s[i]) || i + 1 >= s.size() || !IsUpperLetter(s[i + 1])) {
      out += s[i++];
      continue;
    }
    size_t run_end = i + 1;
    while (run_end < s.size() && IsUpperLetter(s[run_end])) ++run_end;
    out += s[i];
    out += u' ';
    if (run_end - i > 2) {  // an acronym before the last capital
      out += s.substr(i + 1, run_end - i - 2);
      out += u' ';
    }
    out += s[run_end - 1];
    i = run_end;
  }
  return out;
}

// _.prep: all capitals read as lower case; words joined by symbols spread apart with
// spaces; camel humps split — each unless the caller's arguments say otherwise.
inline std::u16string Prep(std::u16string_view input, bool fill, bool pascal, bool upper) {
  std::u16string s(input);
  if (!upper && HasNoLowerLetter(s)) s = Low(s);
  if (!fill && !HasHole(s)) {
    std::u16string holey = Fill(s, u" ", false);
    if (HasHole(holey)) s = std::move(holey);
  }
  if (!pascal && !HasSymbol(s)) s = Relax(s);
  return s;
}

// s.replace(re.capitalize, ...): a lower-case letter at the start or after a symbol, up.
inline std::u16string Capitalize(std::u16string_view s) {
  std::u16string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    if (i == 0 && IsLowerLetter(s[0])) {
      out += Up(s.substr(0, 1));
      i = 1;
    } else if (IsSymbol(s[i]) && i + 1 < s.size() && IsLowerLetter(s[i + 1])) {
      out += s[i];
      out += Up(s.substr(i + 1, 1));
      i += 2;
    } else {
      out += s[i++];
    }
  }
  return out;
}

// s.replace(re.pascal, (m, border, letter) => up(letter)): symbols before a letter out,
// the letter up.
inline std::u16string PascalJoin(std::u16string_view s) {
  std::u16string out;
  out.reserve(s.size());
  auto is_letter = [](char16_t c) { return IsLowerLetter(c) || IsUpperLetter(c); };
  for (size_t i = 0; i < s.size();) {
    if (i == 0 || IsSymbol(s[i])) {
      size_t run_end = i;
      while (run_end < s.size() && IsSymbol(s[run_end])) ++run_end;
      if (run_end < s.size() && is_letter(s[run_end])) {
        out += Up(s.substr(run_end, 1));
        i = run_end + 1;
        continue;
      }
    }
    out += s[i++];
  }
  return out;
}

// s.replace(re.sentence, (m, prelude, letter) => prelude + up(letter)), re.sentence being
// /(^\s*|[\?\!\.]+"?\s+"?|,\s+")([lowers])/g: the first letter of each sentence up.
inline std::u16string SentenceCapitals(std::u16string_view s) {
  std::u16string out;
  out.reserve(s.size());
  auto spaces_from = [&](size_t at) {
    while (at < s.size() && IsSpace(s[at])) ++at;
    return at;
  };
  auto is_end_mark = [](char16_t c) { return c == '?' || c == '!' || c == '.'; };
  for (size_t i = 0; i < s.size();) {
    size_t letter = std::u16string_view::npos;
    if (i == 0) {
      size_t at = spaces_from(0);
      if (at < s.size() && IsLowerLetter(s[at])) letter = at;
    }
    if (letter == std::u16string_view::npos && is_end_mark(s[i])) {
      size_t at = i;
      while (at < s.size() && is_end_mark(s[at])) ++at;
      if (at < s.size() && s[at] == '"') ++at;
      size_t spaced = spaces_from(at);
      if (spaced > at) {
        if (spaced < s.size() && s[spaced] == '"') ++spaced;
        if (spaced < s.size() && IsLowerLetter(s[spaced])) letter = spaced;
      }
    }
    if (letter == std::u16string_view::npos && s[i] == ',') {
      size_t spaced = spaces_from(i + 1);
      if (spaced > i + 1 && spaced + 1 < s.size() && s[spaced] == '"' &&
          IsLowerLetter(s[spaced + 1]))
        letter = spaced + 1;
    }
    if (letter == std::u16string_view::npos) {
      out += s[i++];
      continue;
    }
    out += s.substr(i, letter - i);
    out += Up(s.substr(letter, 1));
    i = letter + 1;
  }
  return out;
}

// The small words title case keeps in lower case (re.improper, /\b(A|An|...|Vs?\.?|Via)\b/g),
// inside the title only: not its first word, nor any after its last space.
inline std::u16string LowerSmallWords(std::u16string_view s) {
  static constexpr std::u16string_view kSmallWords[] = {
      u"A",  u"An", u"And", u"As",  u"At", u"But", u"By", u"En", u"For", u"If", u"In",
      u"Of", u"On", u"Or",  u"The", u"To", u"Vs.", u"Vs", u"V.", u"V",   u"Via"};
  auto word_at = [&](size_t i) { return i < s.size() && IsWordChar(s[i]); };
  auto boundary_at = [&](size_t i) { return (i > 0 && word_at(i - 1)) != word_at(i); };
  size_t last_space = s.rfind(u' ');
  std::u16string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    size_t length = 0;
    if (boundary_at(i)) {
      for (std::u16string_view word : kSmallWords) {
        if (s.substr(i, word.size()) == word && boundary_at(i + word.size())) {
          length = word.size();
          break;
        }
      }
    }
    if (length == 0) {
      out += s[i++];
      continue;
    }
    bool inside = i > 0 && last_space != std::u16string_view::npos && i < last_space;
    out += inside ? Low(s.substr(i, length)) : std::u16string(s.substr(i, length));
    i += length;
  }
  return out;
}

// --- The package's types: Case.lower(s), Case.snake(s), ...

inline std::u16string Lower(std::u16string_view s, std::optional<std::u16string_view> fill = {},
                            bool deapostrophe = false) {
  bool fills = fill && !fill->empty();
  return Fill(Low(Prep(s, fills, false, false)), fill, deapostrophe);
}
inline std::u16string UpperType(std::u16string_view s, std::optional<std::u16string_view> fill = {},
                                bool deapostrophe = false) {
  bool fills = fill && !fill->empty();
  return Fill(Up(Prep(s, fills, false, true)), fill, deapostrophe);
}
inline std::u16string Capital(std::u16string_view s, std::optional<std::u16string_view> fill = {},
                              bool deapostrophe = false) {
  return Fill(Capitalize(Prep(s, false, false, false)), fill, deapostrophe);
}
inline std::u16string Pascal(std::u16string_view s) {
  return Fill(PascalJoin(Prep(s, false, true, false)), u"", true);
}
inline std::u16string Camel(std::u16string_view s) {
  std::u16string pascal = Pascal(s);
  if (pascal.empty()) return pascal;
  return Low(std::u16string_view(pascal).substr(0, 1)) + pascal.substr(1);
}
inline std::u16string Title(std::u16string_view s) {
  return LowerSmallWords(Capital(s));
}
inline std::u16string Sentence(std::u16string_view s) {
  return SentenceCapitals(Lower(s));
}

inline std::u16string Convert(LetterCase letter_case, std::u16string_view s) {
  switch (letter_case) {
    case LetterCase::kLower:
      return Lower(s);
    case LetterCase::kSnake:
      return Lower(s, u"_", true);
    case LetterCase::kConstant:
      return UpperType(s, u"_", true);
    case LetterCase::kCamel:
      return Camel(s);
    case LetterCase::kKebab:
      return Lower(s, u"-", true);
    case LetterCase::kUpper:
      return UpperType(s);
    case LetterCase::kCapital:
      return Capital(s);
    case LetterCase::kHeader:
      return Capital(s, u"-", true);
    case LetterCase::kPascal:
      return Pascal(s);
    case LetterCase::kTitle:
      return Title(s);
    case LetterCase::kSentence:
      return Sentence(s);
    case LetterCase::kNone:
      break;
  }
  return std::u16string(s);
}

}  // namespace letter_case

// Case.of(text): the first case, in LetterCase's order, whose conversion leaves `text` as it
// is; kNone when none does. "awesome" is lower, "Awesome Lists" capital, "Awesome Lists for
// Cats" title, "AHA" constant, "Awesome lists" sentence.
inline LetterCase LetterCaseOf(std::string_view text) {
  std::u16string s = letter_case::ToUtf16(text);
  for (int i = 0; i < static_cast<int>(LetterCase::kNone); ++i) {
    auto candidate = static_cast<LetterCase>(i);
    if (letter_case::Convert(candidate, s) == s) return candidate;
  }
  return LetterCase::kNone;
}

// Case.title(text): "the lord of the rings" → "The Lord of the Rings", "node.js" → "Node.Js".
inline std::string TitleCase(std::string_view text) {
  return letter_case::ToUtf8(letter_case::Title(letter_case::ToUtf16(text)));
}

}  // namespace awesomelint
