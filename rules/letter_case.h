// LetterCase: the npm package `case` (1.6.3, Nathan Bubna) as awesome-lint 2.3.0 uses it —
// Case.of(text), which names the case a string is written in, and Case.title(text). A port of
// its regular expressions, run as JavaScript runs them: on UTF-16 code units, its "letters"
// being ASCII and Latin-1 ([a-zß-öø-ÿ], [A-ZÀ-ÖØ-Þ]), its "symbols" the ASCII and Latin-1
// punctuation, \s and \b as JavaScript has them. String.prototype.toUpperCase/toLowerCase
// change every script's letters, so they are ported with Unicode's full case mappings (the
// tables below; the final sigma approximately).
//
// Header-only so that any rule can use it: awesome-heading (title case of the main heading),
// awesome-list-item (the casing of a description's first word).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

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

// String.prototype.toUpperCase / toLowerCase, one code point at a time. Generated with
// Node 20 (ICU 78.2, Unicode 17.0): every code point whose String.fromCodePoint(c)
// .toUpperCase() (.toLowerCase()) is one code point other than c, as runs {first, last,
// delta, stride} — stride 2 for the alternating upper/lower pairs (Ā ā Ă ă ...).
struct CaseRange {
  char32_t first, last;
  int32_t delta;
  uint8_t stride;
};
// The code points whose upper case is several: ß → SS, ŉ → ʼN, ﬁ → FI, ᾳ → ΑΙ, ...
struct SpecialUpper {
  char32_t code;
  char32_t upper[3];
};

inline constexpr CaseRange kUpperRanges[] = {
    {0x61, 0x7A, -32, 1},        {0xB5, 0xB5, 743, 1},        {0xE0, 0xF6, -32, 1},
    {0xF8, 0xFE, -32, 1},        {0xFF, 0xFF, 121, 1},        {0x101, 0x12F, -1, 2},
    {0x131, 0x131, -232, 1},     {0x133, 0x137, -1, 2},       {0x13A, 0x148, -1, 2},
    {0x14B, 0x177, -1, 2},       {0x17A, 0x17E, -1, 2},       {0x17F, 0x17F, -300, 1},
    {0x180, 0x180, 195, 1},      {0x183, 0x185, -1, 2},       {0x188, 0x188, -1, 1},
    {0x18C, 0x18C, -1, 1},       {0x192, 0x192, -1, 1},       {0x195, 0x195, 97, 1},
    {0x199, 0x199, -1, 1},       {0x19A, 0x19A, 163, 1},      {0x19B, 0x19B, 42561, 1},
    {0x19E, 0x19E, 130, 1},      {0x1A1, 0x1A5, -1, 2},       {0x1A8, 0x1A8, -1, 1},
    {0x1AD, 0x1AD, -1, 1},       {0x1B0, 0x1B0, -1, 1},       {0x1B4, 0x1B6, -1, 2},
    {0x1B9, 0x1B9, -1, 1},       {0x1BD, 0x1BD, -1, 1},       {0x1BF, 0x1BF, 56, 1},
    {0x1C5, 0x1C5, -1, 1},       {0x1C6, 0x1C6, -2, 1},       {0x1C8, 0x1C8, -1, 1},
    {0x1C9, 0x1C9, -2, 1},       {0x1CB, 0x1CB, -1, 1},       {0x1CC, 0x1CC, -2, 1},
    {0x1CE, 0x1DC, -1, 2},       {0x1DD, 0x1DD, -79, 1},      {0x1DF, 0x1EF, -1, 2},
    {0x1F2, 0x1F2, -1, 1},       {0x1F3, 0x1F3, -2, 1},       {0x1F5, 0x1F5, -1, 1},
    {0x1F9, 0x21F, -1, 2},       {0x223, 0x233, -1, 2},       {0x23C, 0x23C, -1, 1},
    {0x23F, 0x240, 10815, 1},    {0x242, 0x242, -1, 1},       {0x247, 0x24F, -1, 2},
    {0x250, 0x250, 10783, 1},    {0x251, 0x251, 10780, 1},    {0x252, 0x252, 10782, 1},
    {0x253, 0x253, -210, 1},     {0x254, 0x254, -206, 1},     {0x256, 0x257, -205, 1},
    {0x259, 0x259, -202, 1},     {0x25B, 0x25B, -203, 1},     {0x25C, 0x25C, 42319, 1},
    {0x260, 0x260, -205, 1},     {0x261, 0x261, 42315, 1},    {0x263, 0x263, -207, 1},
    {0x264, 0x264, 42343, 1},    {0x265, 0x265, 42280, 1},    {0x266, 0x266, 42308, 1},
    {0x268, 0x268, -209, 1},     {0x269, 0x269, -211, 1},     {0x26A, 0x26A, 42308, 1},
    {0x26B, 0x26B, 10743, 1},    {0x26C, 0x26C, 42305, 1},    {0x26F, 0x26F, -211, 1},
    {0x271, 0x271, 10749, 1},    {0x272, 0x272, -213, 1},     {0x275, 0x275, -214, 1},
    {0x27D, 0x27D, 10727, 1},    {0x280, 0x280, -218, 1},     {0x282, 0x282, 42307, 1},
    {0x283, 0x283, -218, 1},     {0x287, 0x287, 42282, 1},    {0x288, 0x288, -218, 1},
    {0x289, 0x289, -69, 1},      {0x28A, 0x28B, -217, 1},     {0x28C, 0x28C, -71, 1},
    {0x292, 0x292, -219, 1},     {0x29D, 0x29D, 42261, 1},    {0x29E, 0x29E, 42258, 1},
    {0x345, 0x345, 84, 1},       {0x371, 0x373, -1, 2},       {0x377, 0x377, -1, 1},
    {0x37B, 0x37D, 130, 1},      {0x3AC, 0x3AC, -38, 1},      {0x3AD, 0x3AF, -37, 1},
    {0x3B1, 0x3C1, -32, 1},      {0x3C2, 0x3C2, -31, 1},      {0x3C3, 0x3CB, -32, 1},
    {0x3CC, 0x3CC, -64, 1},      {0x3CD, 0x3CE, -63, 1},      {0x3D0, 0x3D0, -62, 1},
    {0x3D1, 0x3D1, -57, 1},      {0x3D5, 0x3D5, -47, 1},      {0x3D6, 0x3D6, -54, 1},
    {0x3D7, 0x3D7, -8, 1},       {0x3D9, 0x3EF, -1, 2},       {0x3F0, 0x3F0, -86, 1},
    {0x3F1, 0x3F1, -80, 1},      {0x3F2, 0x3F2, 7, 1},        {0x3F3, 0x3F3, -116, 1},
    {0x3F5, 0x3F5, -96, 1},      {0x3F8, 0x3F8, -1, 1},       {0x3FB, 0x3FB, -1, 1},
    {0x430, 0x44F, -32, 1},      {0x450, 0x45F, -80, 1},      {0x461, 0x481, -1, 2},
    {0x48B, 0x4BF, -1, 2},       {0x4C2, 0x4CE, -1, 2},       {0x4CF, 0x4CF, -15, 1},
    {0x4D1, 0x52F, -1, 2},       {0x561, 0x586, -48, 1},      {0x10D0, 0x10FA, 3008, 1},
    {0x10FD, 0x10FF, 3008, 1},   {0x13F8, 0x13FD, -8, 1},     {0x1C80, 0x1C80, -6254, 1},
    {0x1C81, 0x1C81, -6253, 1},  {0x1C82, 0x1C82, -6244, 1},  {0x1C83, 0x1C84, -6242, 1},
    {0x1C85, 0x1C85, -6243, 1},  {0x1C86, 0x1C86, -6236, 1},  {0x1C87, 0x1C87, -6181, 1},
    {0x1C88, 0x1C88, 35266, 1},  {0x1C8A, 0x1C8A, -1, 1},     {0x1D79, 0x1D79, 35332, 1},
    {0x1D7D, 0x1D7D, 3814, 1},   {0x1D8E, 0x1D8E, 35384, 1},  {0x1E01, 0x1E95, -1, 2},
    {0x1E9B, 0x1E9B, -59, 1},    {0x1EA1, 0x1EFF, -1, 2},     {0x1F00, 0x1F07, 8, 1},
    {0x1F10, 0x1F15, 8, 1},      {0x1F20, 0x1F27, 8, 1},      {0x1F30, 0x1F37, 8, 1},
    {0x1F40, 0x1F45, 8, 1},      {0x1F51, 0x1F57, 8, 2},      {0x1F60, 0x1F67, 8, 1},
    {0x1F70, 0x1F71, 74, 1},     {0x1F72, 0x1F75, 86, 1},     {0x1F76, 0x1F77, 100, 1},
    {0x1F78, 0x1F79, 128, 1},    {0x1F7A, 0x1F7B, 112, 1},    {0x1F7C, 0x1F7D, 126, 1},
    {0x1FB0, 0x1FB1, 8, 1},      {0x1FBE, 0x1FBE, -7205, 1},  {0x1FD0, 0x1FD1, 8, 1},
    {0x1FE0, 0x1FE1, 8, 1},      {0x1FE5, 0x1FE5, 7, 1},      {0x214E, 0x214E, -28, 1},
    {0x2170, 0x217F, -16, 1},    {0x2184, 0x2184, -1, 1},     {0x24D0, 0x24E9, -26, 1},
    {0x2C30, 0x2C5F, -48, 1},    {0x2C61, 0x2C61, -1, 1},     {0x2C65, 0x2C65, -10795, 1},
    {0x2C66, 0x2C66, -10792, 1}, {0x2C68, 0x2C6C, -1, 2},     {0x2C73, 0x2C73, -1, 1},
    {0x2C76, 0x2C76, -1, 1},     {0x2C81, 0x2CE3, -1, 2},     {0x2CEC, 0x2CEE, -1, 2},
    {0x2CF3, 0x2CF3, -1, 1},     {0x2D00, 0x2D25, -7264, 1},  {0x2D27, 0x2D27, -7264, 1},
    {0x2D2D, 0x2D2D, -7264, 1},  {0xA641, 0xA66D, -1, 2},     {0xA681, 0xA69B, -1, 2},
    {0xA723, 0xA72F, -1, 2},     {0xA733, 0xA76F, -1, 2},     {0xA77A, 0xA77C, -1, 2},
    {0xA77F, 0xA787, -1, 2},     {0xA78C, 0xA78C, -1, 1},     {0xA791, 0xA793, -1, 2},
    {0xA794, 0xA794, 48, 1},     {0xA797, 0xA7A9, -1, 2},     {0xA7B5, 0xA7C3, -1, 2},
    {0xA7C8, 0xA7CA, -1, 2},     {0xA7CD, 0xA7DB, -1, 2},     {0xA7F6, 0xA7F6, -1, 1},
    {0xAB53, 0xAB53, -928, 1},   {0xAB70, 0xABBF, -38864, 1}, {0xFF41, 0xFF5A, -32, 1},
    {0x10428, 0x1044F, -40, 1},  {0x104D8, 0x104FB, -40, 1},  {0x10597, 0x105A1, -39, 1},
    {0x105A3, 0x105B1, -39, 1},  {0x105B3, 0x105B9, -39, 1},  {0x105BB, 0x105BC, -39, 1},
    {0x10CC0, 0x10CF2, -64, 1},  {0x10D70, 0x10D85, -32, 1},  {0x118C0, 0x118DF, -32, 1},
    {0x16E60, 0x16E7F, -32, 1},  {0x16EBB, 0x16ED3, -27, 1},  {0x1E922, 0x1E943, -34, 1},
};
inline constexpr CaseRange kLowerRanges[] = {
    {0x41, 0x5A, 32, 1},         {0xC0, 0xD6, 32, 1},         {0xD8, 0xDE, 32, 1},
    {0x100, 0x12E, 1, 2},        {0x132, 0x136, 1, 2},        {0x139, 0x147, 1, 2},
    {0x14A, 0x176, 1, 2},        {0x178, 0x178, -121, 1},     {0x179, 0x17D, 1, 2},
    {0x181, 0x181, 210, 1},      {0x182, 0x184, 1, 2},        {0x186, 0x186, 206, 1},
    {0x187, 0x187, 1, 1},        {0x189, 0x18A, 205, 1},      {0x18B, 0x18B, 1, 1},
    {0x18E, 0x18E, 79, 1},       {0x18F, 0x18F, 202, 1},      {0x190, 0x190, 203, 1},
    {0x191, 0x191, 1, 1},        {0x193, 0x193, 205, 1},      {0x194, 0x194, 207, 1},
    {0x196, 0x196, 211, 1},      {0x197, 0x197, 209, 1},      {0x198, 0x198, 1, 1},
    {0x19C, 0x19C, 211, 1},      {0x19D, 0x19D, 213, 1},      {0x19F, 0x19F, 214, 1},
    {0x1A0, 0x1A4, 1, 2},        {0x1A6, 0x1A6, 218, 1},      {0x1A7, 0x1A7, 1, 1},
    {0x1A9, 0x1A9, 218, 1},      {0x1AC, 0x1AC, 1, 1},        {0x1AE, 0x1AE, 218, 1},
    {0x1AF, 0x1AF, 1, 1},        {0x1B1, 0x1B2, 217, 1},      {0x1B3, 0x1B5, 1, 2},
    {0x1B7, 0x1B7, 219, 1},      {0x1B8, 0x1B8, 1, 1},        {0x1BC, 0x1BC, 1, 1},
    {0x1C4, 0x1C4, 2, 1},        {0x1C5, 0x1C5, 1, 1},        {0x1C7, 0x1C7, 2, 1},
    {0x1C8, 0x1C8, 1, 1},        {0x1CA, 0x1CA, 2, 1},        {0x1CB, 0x1DB, 1, 2},
    {0x1DE, 0x1EE, 1, 2},        {0x1F1, 0x1F1, 2, 1},        {0x1F2, 0x1F4, 1, 2},
    {0x1F6, 0x1F6, -97, 1},      {0x1F7, 0x1F7, -56, 1},      {0x1F8, 0x21E, 1, 2},
    {0x220, 0x220, -130, 1},     {0x222, 0x232, 1, 2},        {0x23A, 0x23A, 10795, 1},
    {0x23B, 0x23B, 1, 1},        {0x23D, 0x23D, -163, 1},     {0x23E, 0x23E, 10792, 1},
    {0x241, 0x241, 1, 1},        {0x243, 0x243, -195, 1},     {0x244, 0x244, 69, 1},
    {0x245, 0x245, 71, 1},       {0x246, 0x24E, 1, 2},        {0x370, 0x372, 1, 2},
    {0x376, 0x376, 1, 1},        {0x37F, 0x37F, 116, 1},      {0x386, 0x386, 38, 1},
    {0x388, 0x38A, 37, 1},       {0x38C, 0x38C, 64, 1},       {0x38E, 0x38F, 63, 1},
    {0x391, 0x3A1, 32, 1},       {0x3A3, 0x3AB, 32, 1},       {0x3CF, 0x3CF, 8, 1},
    {0x3D8, 0x3EE, 1, 2},        {0x3F4, 0x3F4, -60, 1},      {0x3F7, 0x3F7, 1, 1},
    {0x3F9, 0x3F9, -7, 1},       {0x3FA, 0x3FA, 1, 1},        {0x3FD, 0x3FF, -130, 1},
    {0x400, 0x40F, 80, 1},       {0x410, 0x42F, 32, 1},       {0x460, 0x480, 1, 2},
    {0x48A, 0x4BE, 1, 2},        {0x4C0, 0x4C0, 15, 1},       {0x4C1, 0x4CD, 1, 2},
    {0x4D0, 0x52E, 1, 2},        {0x531, 0x556, 48, 1},       {0x10A0, 0x10C5, 7264, 1},
    {0x10C7, 0x10C7, 7264, 1},   {0x10CD, 0x10CD, 7264, 1},   {0x13A0, 0x13EF, 38864, 1},
    {0x13F0, 0x13F5, 8, 1},      {0x1C89, 0x1C89, 1, 1},      {0x1C90, 0x1CBA, -3008, 1},
    {0x1CBD, 0x1CBF, -3008, 1},  {0x1E00, 0x1E94, 1, 2},      {0x1E9E, 0x1E9E, -7615, 1},
    {0x1EA0, 0x1EFE, 1, 2},      {0x1F08, 0x1F0F, -8, 1},     {0x1F18, 0x1F1D, -8, 1},
    {0x1F28, 0x1F2F, -8, 1},     {0x1F38, 0x1F3F, -8, 1},     {0x1F48, 0x1F4D, -8, 1},
    {0x1F59, 0x1F5F, -8, 2},     {0x1F68, 0x1F6F, -8, 1},     {0x1F88, 0x1F8F, -8, 1},
    {0x1F98, 0x1F9F, -8, 1},     {0x1FA8, 0x1FAF, -8, 1},     {0x1FB8, 0x1FB9, -8, 1},
    {0x1FBA, 0x1FBB, -74, 1},    {0x1FBC, 0x1FBC, -9, 1},     {0x1FC8, 0x1FCB, -86, 1},
    {0x1FCC, 0x1FCC, -9, 1},     {0x1FD8, 0x1FD9, -8, 1},     {0x1FDA, 0x1FDB, -100, 1},
    {0x1FE8, 0x1FE9, -8, 1},     {0x1FEA, 0x1FEB, -112, 1},   {0x1FEC, 0x1FEC, -7, 1},
    {0x1FF8, 0x1FF9, -128, 1},   {0x1FFA, 0x1FFB, -126, 1},   {0x1FFC, 0x1FFC, -9, 1},
    {0x2126, 0x2126, -7517, 1},  {0x212A, 0x212A, -8383, 1},  {0x212B, 0x212B, -8262, 1},
    {0x2132, 0x2132, 28, 1},     {0x2160, 0x216F, 16, 1},     {0x2183, 0x2183, 1, 1},
    {0x24B6, 0x24CF, 26, 1},     {0x2C00, 0x2C2F, 48, 1},     {0x2C60, 0x2C60, 1, 1},
    {0x2C62, 0x2C62, -10743, 1}, {0x2C63, 0x2C63, -3814, 1},  {0x2C64, 0x2C64, -10727, 1},
    {0x2C67, 0x2C6B, 1, 2},      {0x2C6D, 0x2C6D, -10780, 1}, {0x2C6E, 0x2C6E, -10749, 1},
    {0x2C6F, 0x2C6F, -10783, 1}, {0x2C70, 0x2C70, -10782, 1}, {0x2C72, 0x2C72, 1, 1},
    {0x2C75, 0x2C75, 1, 1},      {0x2C7E, 0x2C7F, -10815, 1}, {0x2C80, 0x2CE2, 1, 2},
    {0x2CEB, 0x2CED, 1, 2},      {0x2CF2, 0x2CF2, 1, 1},      {0xA640, 0xA66C, 1, 2},
    {0xA680, 0xA69A, 1, 2},      {0xA722, 0xA72E, 1, 2},      {0xA732, 0xA76E, 1, 2},
    {0xA779, 0xA77B, 1, 2},      {0xA77D, 0xA77D, -35332, 1}, {0xA77E, 0xA786, 1, 2},
    {0xA78B, 0xA78B, 1, 1},      {0xA78D, 0xA78D, -42280, 1}, {0xA790, 0xA792, 1, 2},
    {0xA796, 0xA7A8, 1, 2},      {0xA7AA, 0xA7AA, -42308, 1}, {0xA7AB, 0xA7AB, -42319, 1},
    {0xA7AC, 0xA7AC, -42315, 1}, {0xA7AD, 0xA7AD, -42305, 1}, {0xA7AE, 0xA7AE, -42308, 1},
    {0xA7B0, 0xA7B0, -42258, 1}, {0xA7B1, 0xA7B1, -42282, 1}, {0xA7B2, 0xA7B2, -42261, 1},
    {0xA7B3, 0xA7B3, 928, 1},    {0xA7B4, 0xA7C2, 1, 2},      {0xA7C4, 0xA7C4, -48, 1},
    {0xA7C5, 0xA7C5, -42307, 1}, {0xA7C6, 0xA7C6, -35384, 1}, {0xA7C7, 0xA7C9, 1, 2},
    {0xA7CB, 0xA7CB, -42343, 1}, {0xA7CC, 0xA7DA, 1, 2},      {0xA7DC, 0xA7DC, -42561, 1},
    {0xA7F5, 0xA7F5, 1, 1},      {0xFF21, 0xFF3A, 32, 1},     {0x10400, 0x10427, 40, 1},
    {0x104B0, 0x104D3, 40, 1},   {0x10570, 0x1057A, 39, 1},   {0x1057C, 0x1058A, 39, 1},
    {0x1058C, 0x10592, 39, 1},   {0x10594, 0x10595, 39, 1},   {0x10C80, 0x10CB2, 64, 1},
    {0x10D50, 0x10D65, 32, 1},   {0x118A0, 0x118BF, 32, 1},   {0x16E40, 0x16E5F, 32, 1},
    {0x16EA0, 0x16EB8, 27, 1},   {0x1E900, 0x1E921, 34, 1},
};
inline constexpr SpecialUpper kSpecialUpper[] = {
    {0xDF, {0x53, 0x53}},
    {0x149, {0x2BC, 0x4E}},
    {0x1F0, {0x4A, 0x30C}},
    {0x390, {0x399, 0x308, 0x301}},
    {0x3B0, {0x3A5, 0x308, 0x301}},
    {0x587, {0x535, 0x552}},
    {0x1E96, {0x48, 0x331}},
    {0x1E97, {0x54, 0x308}},
    {0x1E98, {0x57, 0x30A}},
    {0x1E99, {0x59, 0x30A}},
    {0x1E9A, {0x41, 0x2BE}},
    {0x1F50, {0x3A5, 0x313}},
    {0x1F52, {0x3A5, 0x313, 0x300}},
    {0x1F54, {0x3A5, 0x313, 0x301}},
    {0x1F56, {0x3A5, 0x313, 0x342}},
    {0x1F80, {0x1F08, 0x399}},
    {0x1F81, {0x1F09, 0x399}},
    {0x1F82, {0x1F0A, 0x399}},
    {0x1F83, {0x1F0B, 0x399}},
    {0x1F84, {0x1F0C, 0x399}},
    {0x1F85, {0x1F0D, 0x399}},
    {0x1F86, {0x1F0E, 0x399}},
    {0x1F87, {0x1F0F, 0x399}},
    {0x1F88, {0x1F08, 0x399}},
    {0x1F89, {0x1F09, 0x399}},
    {0x1F8A, {0x1F0A, 0x399}},
    {0x1F8B, {0x1F0B, 0x399}},
    {0x1F8C, {0x1F0C, 0x399}},
    {0x1F8D, {0x1F0D, 0x399}},
    {0x1F8E, {0x1F0E, 0x399}},
    {0x1F8F, {0x1F0F, 0x399}},
    {0x1F90, {0x1F28, 0x399}},
    {0x1F91, {0x1F29, 0x399}},
    {0x1F92, {0x1F2A, 0x399}},
    {0x1F93, {0x1F2B, 0x399}},
    {0x1F94, {0x1F2C, 0x399}},
    {0x1F95, {0x1F2D, 0x399}},
    {0x1F96, {0x1F2E, 0x399}},
    {0x1F97, {0x1F2F, 0x399}},
    {0x1F98, {0x1F28, 0x399}},
    {0x1F99, {0x1F29, 0x399}},
    {0x1F9A, {0x1F2A, 0x399}},
    {0x1F9B, {0x1F2B, 0x399}},
    {0x1F9C, {0x1F2C, 0x399}},
    {0x1F9D, {0x1F2D, 0x399}},
    {0x1F9E, {0x1F2E, 0x399}},
    {0x1F9F, {0x1F2F, 0x399}},
    {0x1FA0, {0x1F68, 0x399}},
    {0x1FA1, {0x1F69, 0x399}},
    {0x1FA2, {0x1F6A, 0x399}},
    {0x1FA3, {0x1F6B, 0x399}},
    {0x1FA4, {0x1F6C, 0x399}},
    {0x1FA5, {0x1F6D, 0x399}},
    {0x1FA6, {0x1F6E, 0x399}},
    {0x1FA7, {0x1F6F, 0x399}},
    {0x1FA8, {0x1F68, 0x399}},
    {0x1FA9, {0x1F69, 0x399}},
    {0x1FAA, {0x1F6A, 0x399}},
    {0x1FAB, {0x1F6B, 0x399}},
    {0x1FAC, {0x1F6C, 0x399}},
    {0x1FAD, {0x1F6D, 0x399}},
    {0x1FAE, {0x1F6E, 0x399}},
    {0x1FAF, {0x1F6F, 0x399}},
    {0x1FB2, {0x1FBA, 0x399}},
    {0x1FB3, {0x391, 0x399}},
    {0x1FB4, {0x386, 0x399}},
    {0x1FB6, {0x391, 0x342}},
    {0x1FB7, {0x391, 0x342, 0x399}},
    {0x1FBC, {0x391, 0x399}},
    {0x1FC2, {0x1FCA, 0x399}},
    {0x1FC3, {0x397, 0x399}},
    {0x1FC4, {0x389, 0x399}},
    {0x1FC6, {0x397, 0x342}},
    {0x1FC7, {0x397, 0x342, 0x399}},
    {0x1FCC, {0x397, 0x399}},
    {0x1FD2, {0x399, 0x308, 0x300}},
    {0x1FD3, {0x399, 0x308, 0x301}},
    {0x1FD6, {0x399, 0x342}},
    {0x1FD7, {0x399, 0x308, 0x342}},
    {0x1FE2, {0x3A5, 0x308, 0x300}},
    {0x1FE3, {0x3A5, 0x308, 0x301}},
    {0x1FE4, {0x3A1, 0x313}},
    {0x1FE6, {0x3A5, 0x342}},
    {0x1FE7, {0x3A5, 0x308, 0x342}},
    {0x1FF2, {0x1FFA, 0x399}},
    {0x1FF3, {0x3A9, 0x399}},
    {0x1FF4, {0x38F, 0x399}},
    {0x1FF6, {0x3A9, 0x342}},
    {0x1FF7, {0x3A9, 0x342, 0x399}},
    {0x1FFC, {0x3A9, 0x399}},
    {0xFB00, {0x46, 0x46}},
    {0xFB01, {0x46, 0x49}},
    {0xFB02, {0x46, 0x4C}},
    {0xFB03, {0x46, 0x46, 0x49}},
    {0xFB04, {0x46, 0x46, 0x4C}},
    {0xFB05, {0x53, 0x54}},
    {0xFB06, {0x53, 0x54}},
    {0xFB13, {0x544, 0x546}},
    {0xFB14, {0x544, 0x535}},
    {0xFB15, {0x544, 0x53B}},
    {0xFB16, {0x54E, 0x546}},
    {0xFB17, {0x544, 0x53D}},
};

template <size_t N>
constexpr char32_t MapByRanges(const CaseRange (&ranges)[N], char32_t c) {
  size_t low = 0, high = N;  // the last range starting at or before c
  while (low < high) {
    size_t mid = (low + high) / 2;
    if (ranges[mid].first <= c)
      low = mid + 1;
    else
      high = mid;
  }
  if (low == 0) return c;
  const CaseRange& range = ranges[low - 1];
  if (c > range.last || (c - range.first) % range.stride != 0) return c;
  return static_cast<char32_t>(static_cast<int32_t>(c) + range.delta);
}

constexpr char32_t SimpleUpper(char32_t c) {
  return MapByRanges(kUpperRanges, c);
}
constexpr char32_t SimpleLower(char32_t c) {
  return MapByRanges(kLowerRanges, c);
}

inline const SpecialUpper* FindSpecialUpper(char32_t c) {
  size_t low = 0, high = std::size(kSpecialUpper);
  while (low < high) {
    size_t mid = (low + high) / 2;
    if (kSpecialUpper[mid].code < c)
      low = mid + 1;
    else
      high = mid;
  }
  return low < std::size(kSpecialUpper) && kSpecialUpper[low].code == c ? &kSpecialUpper[low]
                                                                        : nullptr;
}

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
