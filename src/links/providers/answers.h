// Answers: what the providers' APIs say, read from their answers as pure
// functions (the answer's text, and what was asked, in; a small struct out). The
// providers decide what to ask next; these only read, so they are tested on
// recorded answers and fuzzed without a server. An answer of an unexpected shape
// (not JSON, a field of another type, an HTML error page) reads as one that says
// nothing; it never throws. Text is kept as PlainText: no control characters,
// bounded.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "awesomelint/model/link_result.h"

namespace awesomelint {

// GitHub REST: /repos/{owner}/{name}, or /repositories/{id} after a rename; and
// what GraphQL says of one repository: what a LinkResult keeps (name_with_owner is
// empty when not said).
using GithubRepoAnswer = RepoMeta;
GithubRepoAnswer ParseGithubRepo(std::string_view body);

// GitHub: a repository's page (for when the API's budget is spent): the archived
// banner, the latest commit's time, the star count; name_with_owner is not said.
GithubRepoAnswer ParseGithubRepoPage(std::string_view html);

// GitHub GraphQL: the answer to `count` repository lookups aliased r0, r1, ...
struct GithubGraphQlAnswer {
  enum class State {
    kFound,     // data.rN is an object: the repository, as `repo` says
    kNotFound,  // an error of type NOT_FOUND names rN: no such repository
    kUnknown,   // anything else (SAML enforcement, a timeout): ask REST
  };
  struct Lookup {
    State state = State::kUnknown;
    GithubRepoAnswer repo;  // when found: the fields kGithubGraphQlFields asks for
  };
  bool usable = false;          // a JSON object with "data" (else: a bad token, an outage)
  std::vector<Lookup> lookups;  // one per alias, in order; empty when not usable
  bool rate_limited = false;    // an error of type RATE_LIMITED: the budget is spent
  // data.rateLimit, when asked for and said: the query's cost in points, what is left
  // of the hour's budget, and when it refills (Unix time). -1 or 0: not said.
  long cost = -1;
  long remaining = -1;
  long limit = -1;
  long long reset = 0;
};
GithubGraphQlAnswer ParseGithubGraphQl(std::string_view body, size_t count);
// What each repository lookup asks for: no more than the rules read (points are spent
// per node and connection, not per field, but an answer is the smaller).
inline constexpr std::string_view kGithubGraphQlFields =
    "nameWithOwner isArchived isDisabled stargazerCount pushedAt "
    "defaultBranchRef { target { ... on Commit { committedDate } } }";
// Asked once a query: what it cost and what is left (free of charge itself).
inline constexpr std::string_view kGithubGraphQlRateLimit =
    "rateLimit { cost remaining limit resetAt }";

// arXiv's export API: an Atom feed.
// Title and abstract with entities decoded and white space collapsed; withdrawn when
// the entry's comment says so (the feed has no flag).
struct ArxivPaper {
  std::string id;  // versionless, lower case
  PaperMeta meta;
};
struct ArxivFeed {
  bool error = false;              // an entry is an API error (/api/errors): the feed says nothing
  std::vector<ArxivPaper> papers;  // the papers listed
  std::vector<std::string> ids() const;
};
ArxivFeed ParseArxivFeed(std::string_view feed);

// Hugging Face: /api/{models,datasets,spaces}/{id} (an answer with status 200).
using HfRepoAnswer = HubMeta;
HfRepoAnswer ParseHfRepo(std::string_view body);

// Hugging Face: /api/papers/{arxiv id}, the paper page's metadata.
struct HfPaperAnswer {
  std::string id;  // the arXiv id it answers for
  std::string title;
  std::string github_repo;   // "githubRepo": the paper's code, when known
  std::string project_page;  // "projectPage"
  // What a LinkResult keeps of it.
  PaperMeta paper() const { return {title, "", "", false, github_repo}; }
};
HfPaperAnswer ParseHfPaper(std::string_view body);

// Zenodo: /api/records/{id}[/versions/latest]. Its answers say what they say in the
// status and Location; `asked` is the URL the request went to (after --remap).
struct ZenodoAnswer {
  enum class Says {
    kRedirect,  // to `next` (/versions/latest answers with the latest version's record)
    kFound,     // 200
    kDeleted,   // 410
    kNotFound,  // 404: no such record (perhaps a concept id, asked as /versions/latest)
    kOther,     // anything else, a redirect to nowhere included: judged as a page's answer
  };
  Says says = Says::kOther;
  std::string next;  // kRedirect: the absolute URL
};
ZenodoAnswer ParseZenodoAnswer(long status, const std::string& location, const std::string& asked);

// Zenodo: a record's JSON (an answer with status 200).
using ZenodoRecord = RecordMeta;
ZenodoRecord ParseZenodoRecord(std::string_view body);

// The DOI handle API: /api/handles/{doi}.
struct DoiHandleAnswer {
  static constexpr long kFound = 1;       // the handle is registered
  static constexpr long kNotFound = 100;  // no such handle
  long response_code = 0;                 // 0 when the answer has none
};
DoiHandleAnswer ParseDoiHandle(std::string_view body);

}  // namespace awesomelint
