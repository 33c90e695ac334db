// "Did you mean ...?": the closest of a set of names to a misspelt one.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace awesomelint {

// Optimal string alignment distance (Levenshtein with adjacent transpositions).
int EditDistance(std::string_view a, std::string_view b);

// The candidate nearest to `word` within `max_distance` edits (case-insensitive); ties
// go to the earlier candidate.
std::optional<std::string> ClosestMatch(std::string_view word,
                                        const std::vector<std::string>& candidates,
                                        int max_distance);

// A default edit budget for names: 1 for short names, 2 from 6 characters, 3 from 12.
int SuggestionBudget(std::string_view word);

// The end of a message that suggests a name: "; did you mean 'x'?" (in `quote`
// marks), or `otherwise` without a guess.
std::string DidYouMean(const std::optional<std::string>& guess, char quote = '\'',
                       std::string_view otherwise = {});

// The same for the candidate nearest to `word` within SuggestionBudget(word).
std::string DidYouMean(std::string_view word, const std::vector<std::string>& candidates,
                       char quote = '\'');

}  // namespace awesomelint
