// GitHub's heading anchors: lower case (Unicode's full mapping), then every character
// that is not a word character (a letter, mark, decimal digit or connector
// punctuation), '-' or ' ' is dropped, then spaces become '-'. (GitHub's Ruby:
// downcase.gsub(/[^\p{Word}\- ]/u, '').tr(' ', '-').)
#include <unordered_map>

#include "slug.h"
#include "support/unicode.h"
#include "support/utf8.h"

namespace awesomelint {

std::string GithubSlug(std::string_view text) {
  std::string lower = unicode::LowerCase(text);
  std::string slug;
  slug.reserve(lower.size());
  for (size_t i = 0; i < lower.size();) {
    char32_t c = DecodeUtf8(lower, i);
    if (c == ' ')
      slug += '-';
    else if (c == '-' || unicode::IsWordCharacter(c))
      AppendUtf8(c, slug);
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
