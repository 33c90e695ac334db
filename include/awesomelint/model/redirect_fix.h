// Whether a permanent redirect may rewrite the link that was written: only when it
// leads to the same resource, moved, and never to a site's root, a sign-in or an
// error page — a deep link that 301s to the homepage or to /login?next=... is no
// new address for the page. The rewritten link keeps the written #fragment and query.
#pragma once

#include <string>
#include <string_view>

namespace awesomelint {

struct RedirectFix {
  std::string url;     // the link to write: the target, with the written #fragment and query
  std::string reason;  // why the target must not replace the link; empty: it may
};

// `written` is the link as written, `target` where its permanent redirects led.
RedirectFix JudgeRedirect(std::string_view written, std::string_view target);

// Whether `target` is the front page of a site and `written` a page below one: a
// soft 404 (the page is gone, or moved where the redirect does not say).
bool LeadsToFrontPage(std::string_view written, std::string_view target);

// A sign-in wall or an error page (/login, /signin, /auth, ?next=, ?return_to=, /404).
bool IsSignInOrErrorPage(std::string_view url);

}  // namespace awesomelint
