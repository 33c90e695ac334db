// Which repository a list lives in, as its git checkout says (awesome-github): the push
// URL of the current branch's remote, and whether that URL names a github.com repository.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "awesomelint/model/list_repository.h"

namespace awesomelint {

// The repository of the git checkout around `directory`, asked of git as awesome-lint asks:
// `git branch --show-current`; that branch's remote (`branch.NAME.remote`), or, for a
// detached HEAD or a branch that tracks no remote, `clone.defaultRemoteName` (origin when
// unset); `git remote get-url --push REMOTE`. Gives state kNotAGitCheckout (no work tree,
// no such remote), kNotOnGithub (remote_url names another host), or kUnknown with
// full_name set (on GitHub: what its API says is for the link layer to ask). remote_url
// never carries a user or password. Throws InputError when git cannot be run, or refuses
// a repository another user owns (safe.directory): what the list's repository is, is unknown.
ListRepository FindListRepository(const std::string& directory);

// "owner/name" of a github.com repository's remote URL — https://github.com/o/r,
// http://, git://, ssh://git@github.com/o/r, git@github.com:o/r, each with or without
// ".git" — with owner and name of the characters GitHub allows; nullopt for anything else.
std::optional<std::string> GithubRepositoryOfRemote(std::string_view url);

// `url` without the user and password a URL may carry (https://user:token@host/...).
std::string WithoutCredentials(std::string_view url);

}  // namespace awesomelint
