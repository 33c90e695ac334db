#include "html_scan.h"

#include "support/utf8.h"

#include <cctype>

namespace awesomelint {
namespace {

bool IsNameChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == ':' ||
         c == '.';
}

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

}  // namespace

HtmlTag ScanHtmlTag(std::string_view text, size_t begin) {
  HtmlTag tag;
  if (begin >= text.size() || text[begin] != '<') return tag;
  size_t i = begin + 1;
  size_t name_begin = i;
  if (i < text.size() && text[i] == '/') ++i;
  if (i >= text.size() || !std::isalpha(static_cast<unsigned char>(text[i]))) return tag;
  while (i < text.size() && IsNameChar(text[i])) ++i;
  tag.name = std::string(text.substr(name_begin, i - name_begin));
  while (i < text.size()) {
    while (i < text.size() && (IsSpace(text[i]) || text[i] == '/')) ++i;
    if (i >= text.size()) return {};
    if (text[i] == '>') {
      tag.begin = begin;
      tag.end = i + 1;
      return tag;
    }
    if (text[i] == '<') return {};  // not a tag after all
    HtmlAttribute attribute;
    size_t attr_begin = i;
    while (i < text.size() && !IsSpace(text[i]) && text[i] != '=' && text[i] != '>' &&
           text[i] != '/')
      ++i;
    if (i == attr_begin) return {};
    attribute.name = {attr_begin, i};
    while (i < text.size() && IsSpace(text[i])) ++i;
    if (i < text.size() && text[i] == '=') {
      ++i;
      while (i < text.size() && IsSpace(text[i])) ++i;
      if (i < text.size() && (text[i] == '"' || text[i] == '\'')) {
        char quote = text[i];
        size_t close = text.find(quote, i + 1);
        if (close == std::string_view::npos) return {};
        attribute.value = {i + 1, close};
        i = close + 1;
      } else {
        size_t value_begin = i;
        while (i < text.size() && !IsSpace(text[i]) && text[i] != '>') ++i;
        attribute.value = {value_begin, i};
      }
    } else {
      attribute.value = {i, i};
    }
    tag.attributes.push_back(attribute);
  }
  return {};
}

std::string DecodeHtmlEntities(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '&') {
      out += text[i];
      continue;
    }
    size_t semi = text.substr(i, 11).find(';');  // a reference is at most 10 bytes long
    if (semi == std::string_view::npos) {
      out += '&';
      continue;
    }
    semi += i;
    std::string_view name = text.substr(i + 1, semi - i - 1);
    if (name == "amp")
      out += '&';
    else if (name == "lt")
      out += '<';
    else if (name == "gt")
      out += '>';
    else if (name == "quot")
      out += '"';
    else if (name == "apos")
      out += '\'';
    else if (name.size() > 1 && name[0] == '#') {
      bool hex = name[1] == 'x' || name[1] == 'X';
      unsigned code = 0;
      bool ok = name.size() > (hex ? 2u : 1u);
      for (char c : name.substr(hex ? 2 : 1)) {
        if (hex && std::isxdigit(static_cast<unsigned char>(c))) {
          code = code * 16 + (std::isdigit(static_cast<unsigned char>(c))
                                  ? c - '0'
                                  : (std::tolower(c) - 'a' + 10));
        } else if (!hex && std::isdigit(static_cast<unsigned char>(c))) {
          code = code * 10 + (c - '0');
        } else {
          ok = false;
        }
        if (code > 0x10FFFF) ok = false;
      }
      if (!ok) {
        out += '&';
        continue;
      }
      AppendUtf8(code, out);
    } else {
      out += '&';
      continue;
    }
    i = semi;
  }
  return out;
}

}  // namespace awesomelint
