#include "awesomelint/model/closed_services.h"

#include <fmt/format.h>

#include <array>

namespace awesomelint {
namespace {

// Kept short and sourced: a service is listed once its shutdown is announced and
// its addresses no longer show what lists linked them for.
constexpr std::array kClosed = {
    // paperswithcode.com redirects to huggingface.co/papers/trending (July 2025);
    // paper pages later to huggingface.co/papers/ID, method and task pages to
    // generic pages.
    ClosedService{"Papers with Code", "paperswithcode.com", "July 2025",
                  "its pages redirect to Hugging Face", /*papers=*/true},
    ClosedService{"Microsoft Academic", "academic.microsoft.com", "December 2021",
                  "its pages are gone", /*papers=*/true},
    ClosedService{"Google+", "plus.google.com", "April 2019", "its pages redirect to a notice",
                  /*papers=*/false},
};

bool OnDomain(std::string_view host, std::string_view domain) {
  if (host == domain) return true;
  return host.size() > domain.size() && host.ends_with(domain) &&
         host[host.size() - domain.size() - 1] == '.';
}

}  // namespace

const ClosedService* ClosedServiceOf(const Url& url) {
  for (const ClosedService& service : kClosed)
    if (OnDomain(url.host, service.domain)) return &service;
  return nullptr;
}

std::string PaperSuccessors(std::string_view arxiv_id) {
  return fmt::format("https://huggingface.co/papers/{} or https://arxiv.org/abs/{}", arxiv_id,
                     arxiv_id);
}

}  // namespace awesomelint
