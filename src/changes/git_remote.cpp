// Asking git where a list's repository is: the branch, its remote, the remote's push URL;
// and reading a github.com repository out of that URL.
#include "awesomelint/changes/git_remote.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "awesomelint/model/identifiers.h"
#include "awesomelint/support/errors.h"
#include "awesomelint/support/strings.h"
#include "git.h"
#include "support/process.h"

namespace awesomelint {
namespace {

// The first line of git's answer; nullopt when git failed.
std::optional<std::string> Answer(const ProcessResult& result) {
  if (result.exit_code != 0) return std::nullopt;
  std::string line = result.out.substr(0, result.out.find('\n'));
  return std::string(Trim(line));
}

// The push URL of `remote`; nullopt for none. A remote named like an option, or "." (a
// branch tracking a local one), is none.
std::optional<std::string> PushUrl(const std::string& directory, const std::string& remote) {
  if (remote.empty() || remote.front() == '-' || remote == ".") return std::nullopt;
  std::optional<std::string> url = Answer(Git(directory, {"remote", "get-url", "--push", remote}));
  if (!url || url->empty()) return std::nullopt;
  return url;
}

// The push URL of the branch's own remote, else of the default remote
// (clone.defaultRemoteName, "origin" unless set), asked for only when the first has none.
std::optional<std::string> ListRemoteUrl(const std::string& directory, const std::string& branch) {
  if (!branch.empty())
    if (std::optional<std::string> own =
            Answer(Git(directory, {"config", "--get", "branch." + branch + ".remote"})))
      if (std::optional<std::string> url = PushUrl(directory, *own)) return url;
  std::optional<std::string> fallback =
      Answer(Git(directory, {"config", "--default", "origin", "--get", "clone.defaultRemoteName"}));
  return PushUrl(directory, fallback && !fallback->empty() ? *fallback : "origin");
}

// GitHub's user and organisation names: letters, digits and '-', at most 39.
bool ValidOwner(std::string_view owner) {
  if (owner.empty() || owner.size() > 39) return false;
  return std::all_of(owner.begin(), owner.end(),
                     [](char c) { return IsAsciiAlnum(c) || c == '-'; });
}

// GitHub's repository names: letters, digits, '-', '_' and '.', at most 100, not "." or "..".
bool ValidName(std::string_view name) {
  return name.size() <= 100 && IsSafeGithubName(name);
}

bool EndsWithNoCase(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() &&
         ToLower(text.substr(text.size() - suffix.size())) == ToLower(suffix);
}

}  // namespace

std::string WithoutCredentials(std::string_view url) {
  size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return std::string(url);
  size_t authority = scheme + 3;
  size_t end = std::min(url.find('/', authority), url.size());
  size_t at = url.substr(authority, end - authority).rfind('@');
  if (at == std::string_view::npos) return std::string(url);
  return std::string(url.substr(0, authority)) + std::string(url.substr(authority + at + 1));
}

std::optional<std::string> GithubRepositoryOfRemote(std::string_view url) {
  url = Trim(url);
  if (url.starts_with("git+")) url.remove_prefix(4);
  std::string_view host, path;
  if (size_t scheme = url.find("://"); scheme != std::string_view::npos) {
    std::string name = ToLower(url.substr(0, scheme));
    if (name != "https" && name != "http" && name != "git" && name != "ssh") return std::nullopt;
    std::string_view rest = url.substr(scheme + 3);
    size_t slash = std::min(rest.find('/'), rest.size());
    host = rest.substr(0, slash);
    path = rest.substr(slash);
    if (size_t at = host.rfind('@'); at != std::string_view::npos) host.remove_prefix(at + 1);
    if (size_t port = host.find(':'); port != std::string_view::npos) host = host.substr(0, port);
  } else {  // scp-like: [user@]host:path, with no '/' before the ':' (else a local path)
    size_t colon = url.find(':');
    if (colon == std::string_view::npos || url.substr(0, colon).find('/') != std::string_view::npos)
      return std::nullopt;
    host = url.substr(0, colon);
    path = url.substr(colon + 1);
    if (size_t at = host.rfind('@'); at != std::string_view::npos) host.remove_prefix(at + 1);
  }
  std::string lower_host = ToLower(host);
  if (lower_host != "github.com" && lower_host != "www.github.com") return std::nullopt;
  if (path.starts_with('/')) path.remove_prefix(1);
  if (path.ends_with('/')) path.remove_suffix(1);
  if (EndsWithNoCase(path, ".git")) path.remove_suffix(4);
  size_t slash = path.find('/');
  if (slash == std::string_view::npos) return std::nullopt;
  std::string_view owner = path.substr(0, slash), name = path.substr(slash + 1);
  if (!ValidOwner(owner) || !ValidName(name)) return std::nullopt;
  return std::string(owner) + "/" + std::string(name);
}

ListRepository FindListRepository(const std::string& directory) {
  ListRepository repository;
  repository.state = ListRepository::State::kNotAGitCheckout;
  ProcessResult branch = Git(directory, {"branch", "--show-current"});
  if (branch.exit_code < 0) throw InputError("git could not be run: " + branch.err);
  if (branch.exit_code != 0 && branch.err.find("safe.directory") != std::string::npos)
    throw InputError(fmt::format(
        "git does not trust the repository in {} (its owner is another user; see git config "
        "safe.directory)",
        directory.empty() ? "." : directory));
  std::optional<std::string> current = Answer(branch);
  if (!current) return repository;  // not in a work tree
  std::optional<std::string> url = ListRemoteUrl(directory, *current);
  if (!url) return repository;  // no remote git knows
  repository.remote_url = WithoutCredentials(*url);
  std::optional<std::string> on_github = GithubRepositoryOfRemote(*url);
  repository.state =
      on_github ? ListRepository::State::kUnknown : ListRepository::State::kNotOnGithub;
  if (on_github) repository.full_name = *on_github;
  return repository;
}

}  // namespace awesomelint
