// Services that shut down but whose addresses still answer: Papers with Code's pages
// redirect to Hugging Face and answer 200, so any HTTP check calls them alive. Their
// links are dead with a reason, known without asking the network.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "awesomelint/model/url.h"

namespace awesomelint {

struct ClosedService {
  std::string_view name;    // "Papers with Code"
  std::string_view domain;  // the registrable domain: the host or any subdomain of it
  std::string_view closed;  // "July 2025"
  std::string_view now;     // what its addresses do now
  bool papers = false;      // its pages were about papers: an arXiv id can replace them
};

// The closed service a URL's host belongs to, or nullptr.
const ClosedService* ClosedServiceOf(const Url& url);

// Where a paper's pages live now, for a link to a closed paper service: the entry's
// arXiv paper on Hugging Face (code and models, as Papers with Code had) and arXiv.
std::string PaperSuccessors(std::string_view arxiv_id);

}  // namespace awesomelint
