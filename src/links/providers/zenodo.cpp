// Zenodo records: /api/records/{id}; a concept id (which names every version)
// answers at /api/records/{id}/versions/latest (a redirect to the latest version's
// record, followed); 410 is a deleted record.
#include <fmt/format.h>

#include "answers.h"
#include "awesomelint/model/identifiers.h"
#include "provider.h"

namespace awesomelint {
namespace {

constexpr int kMaxHops = 3;  // redirects followed from one API URL

class ZenodoProvider : public Provider {
 public:
  explicit ZenodoProvider(const LinkOptions& options) : api_(options.endpoints.zenodo_api) {}

  std::string_view name() const override { return "zenodo"; }
  bool ReadsMetadata() const override { return true; }

  std::optional<std::string> Key(const Url& url) const override {
    if (url.bare_host() != "zenodo.org") return std::nullopt;
    std::vector<std::string_view> s = url.segments();
    if (s.size() != 2 || (s[0] != "record" && s[0] != "records")) return std::nullopt;
    std::optional<std::string> record = ZenodoRecordFromUrl(url);
    if (!record) return std::nullopt;
    return "zenodo:" + *record;
  }

  void Add(LinkResult* result, const Url& url) override {
    records_.push_back({*ZenodoRecordFromUrl(url), result});
  }

  void Start(CheckSession& session) override {
    for (const Record& record : records_) Ask(session, record, /*latest=*/false);
  }

 private:
  struct Record {
    std::string id;
    LinkResult* result;
  };

  // `url` empty: the record's own URL, or with `latest` its concept's latest version.
  void Ask(CheckSession& session, const Record& record, bool latest, std::string url = {},
           int hops = 0) {
    bool remapped = !url.empty();
    HttpRequest request;
    request.url = remapped ? url
                           : Endpoint(api_, fmt::format("/api/records/{}{}", record.id,
                                                        latest ? "/versions/latest" : ""));
    request.budget_host = HostOf(api_);
    request.headers = {"Accept: application/json"};
    request.max_body = 4 << 20;
    std::string asked = remapped ? url : session.Remap(request.url);
    session.Send(
        std::move(request),
        [this, record, latest, asked, hops, &session](HttpResponse&& response) {
          LinkResult& result = *record.result;
          result.http_status = response.status;
          result.seconds += response.seconds;
          ZenodoAnswer answer =
              ParseZenodoAnswer(response.status, response.Header("location"), asked);
          switch (answer.says) {
            case ZenodoAnswer::Says::kRedirect:
              // /versions/latest answers with a redirect to the latest version's record.
              if (hops < kMaxHops) {
                Ask(session, record, latest, answer.next, hops + 1);
                return;
              }
              break;
            case ZenodoAnswer::Says::kFound:
              result.verdict = LinkVerdict::kAlive;
              result.settled = true;
              result.meta.record = ParseZenodoRecord(response.body);
              return;
            case ZenodoAnswer::Says::kDeleted:
              result.verdict = LinkVerdict::kBroken;
              result.settled = true;
              result.detail = fmt::format("Zenodo record {} was deleted (410)", record.id);
              return;
            case ZenodoAnswer::Says::kNotFound:
              if (!latest) {
                Ask(session, record, /*latest=*/true);  // perhaps a concept id
              } else {
                result.verdict = LinkVerdict::kBroken;
                result.settled = true;
                result.detail = fmt::format("Zenodo has no record {}", record.id);
              }
              return;
            case ZenodoAnswer::Says::kOther:
              break;
          }
          ApplyOutcome(session.Judge(response), result);  // too many hops, or another status
        },
        remapped);
  }

  std::string api_;
  std::vector<Record> records_;
};

}  // namespace

std::unique_ptr<Provider> MakeZenodoProvider(const LinkOptions& options) {
  return std::make_unique<ZenodoProvider>(options);
}

}  // namespace awesomelint
