// Answers: what the providers' APIs say, read from their answers as pure
// functions (the answer's text, and what was asked, in; a small struct out). The
// providers decide what to ask next; these only read, so they are tested on
// recorded answers and fuzzed without a server. An answer of an unexpected shape
// (not JSON, a field of another type, an HTML error page) reads as one that says
// nothing; it never throws.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace awesomelint {

// GitHub REST: /repos/{owner}/{name}, or /repositories/{id} after a rename.
struct GithubRepoAnswer {
  std::string full_name;  // "Owner/name" as GitHub spells it now; empty when not said
  bool archived = false;
};
GithubRepoAnswer ParseGithubRepo(std::string_view body);

// GitHub GraphQL: the answer to `count` repository lookups aliased r0, r1, ...
struct GithubGraphQlAnswer {
  enum class State {
    kFound,     // data.rN is an object: the repository, as `repo` says
    kNotFound,  // an error of type NOT_FOUND names rN: no such repository
    kUnknown,   // anything else (SAML enforcement, a timeout): ask REST
  };
  struct Lookup {
    State state = State::kUnknown;
    GithubRepoAnswer repo;  // nameWithOwner and isArchived, when found
  };
  bool usable = false;          // a JSON object with "data" (else: a bad token, an outage)
  std::vector<Lookup> lookups;  // one per alias, in order; empty when not usable
};
GithubGraphQlAnswer ParseGithubGraphQl(std::string_view body, size_t count);

// arXiv's export API: an Atom feed.
struct ArxivFeed {
  bool error = false;            // an entry is an API error (/api/errors): the feed says nothing
  std::vector<std::string> ids;  // the papers listed: versionless, lower case
};
ArxivFeed ParseArxivFeed(std::string_view feed);

// Hugging Face: /api/{models,datasets,spaces}/{id} (an answer with status 200).
struct HfRepoAnswer {
  bool gated = false;  // "gated": true, "auto" or "manual"
  std::string gate;    // "auto" or "manual" as written; empty for true
  bool disabled = false;
};
HfRepoAnswer ParseHfRepo(std::string_view body);

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

// The DOI handle API: /api/handles/{doi}.
struct DoiHandleAnswer {
  static constexpr long kFound = 1;       // the handle is registered
  static constexpr long kNotFound = 100;  // no such handle
  long response_code = 0;                 // 0 when the answer has none
};
DoiHandleAnswer ParseDoiHandle(std::string_view body);

}  // namespace awesomelint
