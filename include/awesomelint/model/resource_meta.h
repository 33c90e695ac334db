// What a provider's API says of a resource besides that it exists: a paper's title
// and abstract, a repository's health, a Hugging Face repository's gate, a Zenodo
// record's DOIs. Read in the calls the check makes anyway, kept in the verdict
// cache, written in `links[].meta` and `--dump-entries`.
#pragma once

#include <optional>
#include <string>

#include <nlohmann/json_fwd.hpp>

namespace awesomelint {

// A paper: arXiv's export API, or Hugging Face's paper pages (/api/papers/{id}).
struct PaperMeta {
  std::string title;
  std::string abstract;
  std::string published;  // the first version's date, "2024-01-02" (arXiv)
  bool withdrawn = false;
  std::string code;  // the paper's code repository, when the service knows it (Hugging Face)
};

// A GitHub repository: GraphQL, REST, or its page. Fields not said stay empty, false or -1.
struct RepoMeta {
  std::string name_with_owner;  // as GitHub spells it now
  bool archived = false;
  bool disabled = false;
  long stars = -1;
  std::string pushed_at;    // "2024-05-01T12:00:00Z"
  std::string last_commit;  // the default branch's last commit (GraphQL, or the page)
  // The date the repository's activity is judged by: the last commit, else the last push.
  const std::string& last_activity() const { return last_commit.empty() ? pushed_at : last_commit; }
};

// A Hugging Face model, dataset or space: /api/{kind}/{id}.
struct HubMeta {
  bool gated = false;  // "gated": true, "auto" or "manual"
  std::string gate;    // "auto" or "manual" as written; empty for true
  bool disabled = false;
  bool is_private = false;
  std::string last_modified;  // "2024-05-01T12:00:00.000Z"; empty when not said
};

// A Zenodo record: /api/records/{id}.
struct RecordMeta {
  std::string title;        // metadata.title
  std::string doi;          // this version's DOI, "10.5281/zenodo.123"
  std::string concept_doi;  // every version's: "conceptdoi"
};

struct ResourceMeta {
  std::optional<PaperMeta> paper;
  std::optional<RepoMeta> repo;
  std::optional<HubMeta> hub;
  std::optional<RecordMeta> record;
  bool empty() const { return !paper && !repo && !hub && !record; }
};

// As JSON: {"paper": {...}, "repo": {...}, "hub": {...}, "record": {...}}, each only
// when said; fields not said are left out.
nlohmann::ordered_json MetaToJson(const ResourceMeta& meta);
// The same read back from a file someone else controls (the verdict cache): every
// value type-checked and bounded; nullopt when anything is off.
std::optional<ResourceMeta> MetaFromJson(const nlohmann::json& value);

}  // namespace awesomelint
