// https: an http:// link to a host that serves https — a host on a built-in
// list, or one the list itself links over https elsewhere.
#include <fmt/format.h>
#include <array>
#include <unordered_set>

#include "awesomelint/url.h"
#include "rules.h"

namespace awesomelint {
namespace {

// Hosts (and their subdomains) that serve https; http:// to them only redirects.
constexpr std::string_view kHttpsHosts[] = {"acm.org",
                                            "aclanthology.org",
                                            "amazon.com",
                                            "apple.com",
                                            "arxiv.org",
                                            "biorxiv.org",
                                            "bitbucket.org",
                                            "blogspot.com",
                                            "cell.com",
                                            "crates.io",
                                            "doi.org",
                                            "docs.rs",
                                            "dropbox.com",
                                            "facebook.com",
                                            "github.com",
                                            "github.io",
                                            "githubusercontent.com",
                                            "gitlab.com",
                                            "go.dev",
                                            "golang.org",
                                            "google.com",
                                            "hf.co",
                                            "huggingface.co",
                                            "ieee.org",
                                            "kaggle.com",
                                            "linkedin.com",
                                            "medium.com",
                                            "medrxiv.org",
                                            "microsoft.com",
                                            "mozilla.org",
                                            "nature.com",
                                            "ncbi.nlm.nih.gov",
                                            "nih.gov",
                                            "nodejs.org",
                                            "npmjs.com",
                                            "openreview.net",
                                            "paperswithcode.com",
                                            "pypi.org",
                                            "python.org",
                                            "readthedocs.io",
                                            "readthedocs.org",
                                            "reddit.com",
                                            "rust-lang.org",
                                            "science.org",
                                            "sciencedirect.com",
                                            "semanticscholar.org",
                                            "sourceforge.net",
                                            "springer.com",
                                            "stackoverflow.com",
                                            "substack.com",
                                            "twitter.com",
                                            "w3.org",
                                            "wikipedia.org",
                                            "wordpress.com",
                                            "x.com",
                                            "youtu.be",
                                            "youtube.com",
                                            "zenodo.org"};

bool OnKnownHost(std::string_view host) {
  for (std::string_view known : kHttpsHosts) {
    if (host == known) return true;
    if (host.size() > known.size() && host.ends_with(known) &&
        host[host.size() - known.size() - 1] == '.')
      return true;
  }
  return false;
}

class HttpsRule : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta kMeta{"https",
                                "Links use https:// where the host serves it",
                                {"links", "security"},
                                Severity::kWarning,
                                /*fixable=*/true,
                                {}};
    return kMeta;
  }

  void Check(const Document& doc, const LintContext&, RuleReporter& out) const override {
    std::unordered_set<std::string> https_hosts;
    for (const Link& link : doc.links()) {
      if (link.url.rfind("https://", 0) != 0) continue;
      if (std::optional<Url> url = ParseUrl(link.url)) https_hosts.emplace(url->bare_host());
    }
    for (const Link& link : doc.links()) {
      if (link.url.rfind("http://", 0) != 0) continue;
      std::optional<Url> url = ParseUrl(link.url);
      if (!url) continue;
      std::string host(url->bare_host());
      bool seen = https_hosts.count(host) > 0;
      if (!seen && !OnKnownHost(host)) continue;
      std::optional<Fix> fix;
      std::string_view written = doc.text().substr(link.dest.begin, link.dest.size());
      if (written.rfind("http://", 0) == 0)
        fix = Fix{{link.dest.begin, link.dest.begin + 4}, "https"};
      out.Report(
          link.dest,
          fmt::format("Use https:// for {}: {}", host,
                      seen ? "this list links it over https elsewhere" : "the host serves https"),
          RuleReporter::Weight::kPrimary, std::move(fix));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> MakeHttpsRule() {
  return std::make_unique<HttpsRule>();
}

}  // namespace awesomelint
