// https: an http:// link to a host that serves https — a host on a built-in
// list, or one the list itself links over https elsewhere.
#include <fmt/format.h>
#include <array>
#include <unordered_set>

#include "awesomelint/lint/rule.h"
#include "awesomelint/model/url.h"
#include "awesomelint/support/strings.h"

namespace awesomelint {
namespace {

// Hosts (and their subdomains) that serve https; http:// to them only redirects.
// Hosts that serve https (compared without "www.").
constexpr std::string_view kHttpsHosts[] = {"aclanthology.org",
                                            "arxiv.org",
                                            "export.arxiv.org",
                                            "biorxiv.org",
                                            "bitbucket.org",
                                            "crates.io",
                                            "docs.rs",
                                            "doi.org",
                                            "dx.doi.org",
                                            "dl.acm.org",
                                            "drive.google.com",
                                            "docs.google.com",
                                            "colab.research.google.com",
                                            "scholar.google.com",
                                            "github.com",
                                            "gist.github.com",
                                            "raw.githubusercontent.com",
                                            "gitlab.com",
                                            "go.dev",
                                            "golang.org",
                                            "hf.co",
                                            "huggingface.co",
                                            "ieeexplore.ieee.org",
                                            "kaggle.com",
                                            "linkedin.com",
                                            "medium.com",
                                            "medrxiv.org",
                                            "nature.com",
                                            "ncbi.nlm.nih.gov",
                                            "pubmed.ncbi.nlm.nih.gov",
                                            "nodejs.org",
                                            "npmjs.com",
                                            "openreview.net",
                                            "paperswithcode.com",
                                            "pypi.org",
                                            "python.org",
                                            "readthedocs.org",
                                            "reddit.com",
                                            "rust-lang.org",
                                            "science.org",
                                            "sciencedirect.com",
                                            "semanticscholar.org",
                                            "link.springer.com",
                                            "stackoverflow.com",
                                            "twitter.com",
                                            "en.wikipedia.org",
                                            "wikipedia.org",
                                            "x.com",
                                            "youtu.be",
                                            "youtube.com",
                                            "zenodo.org",
                                            "openaccess.thecvf.com",
                                            "papers.nips.cc",
                                            "proceedings.neurips.cc",
                                            "proceedings.mlr.press",
                                            "jmlr.org",
                                            "cell.com",
                                            "pnas.org",
                                            "academic.oup.com",
                                            "onlinelibrary.wiley.com",
                                            "bioconductor.org",
                                            "cran.r-project.org",
                                            "anaconda.org",
                                            "hub.docker.com"};

// Platforms whose every subdomain is served over https (wildcard certificates).
constexpr std::string_view kHttpsPlatforms[] = {
    "blogspot.com",   "github.io",       "gitlab.io",    "medium.com", "netlify.app",
    "readthedocs.io", "sourceforge.net", "substack.com", "vercel.app", "wordpress.com"};

bool OnKnownHost(std::string_view host) {
  for (std::string_view known : kHttpsHosts)
    if (host == known) return true;
  for (std::string_view platform : kHttpsPlatforms) {
    if (host.size() > platform.size() && host.ends_with(platform) &&
        host[host.size() - platform.size() - 1] == '.')
      return true;
  }
  return false;
}

class HttpsRule : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta kMeta{"https",
                                "Links use https:// where the host serves it",
                                {"research", "links", "security"},
                                Severity::kWarning,
                                /*fixable=*/true,
                                {}};
    return kMeta;
  }

  void Check(const Document& doc, const Entries&, const LintContext&,
             RuleReporter& out) const override {
    std::unordered_set<std::string_view> https_hosts;
    for (size_t i = 0; i < doc.links().size(); ++i) {
      const std::optional<Url>& url = doc.url(i);
      if (url && url->scheme == "https" && url->port.empty()) https_hosts.insert(url->bare_host());
    }
    for (size_t i = 0; i < doc.links().size(); ++i) {
      const std::optional<Url>& url = doc.url(i);
      // An explicit port (http://host:8080) is another service; https may not be there.
      if (!url || url->scheme != "http" || !url->port.empty()) continue;
      std::string_view host = url->bare_host();
      bool known = OnKnownHost(host);
      if (!known && !https_hosts.count(host)) continue;
      const Link& link = doc.links()[i];
      std::optional<Fix> fix;
      std::string_view written = doc.text().substr(link.dest.begin, link.dest.size());
      if (written.size() > 7 && ToLower(written.substr(0, 7)) == "http://")
        fix = Fix{{link.dest.begin, link.dest.begin + 4}, "https"};
      out.Report(
          link.dest,
          fmt::format("Use https:// for {}: {}", host,
                      known ? "the host serves https" : "this list links it over https elsewhere"),
          RuleReporter::Weight::kPrimary, std::move(fix));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> MakeHttpsRule() {
  return std::make_unique<HttpsRule>();
}

}  // namespace awesomelint
