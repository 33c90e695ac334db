// JudgeRedirect: which permanent redirects --fix may write into a list.
#include <gtest/gtest.h>

#include "awesomelint/model/redirect_fix.h"

namespace awesomelint {
namespace {

TEST(RedirectFixTest, TheSameResourceMovedIsRewrittenKeepingFragmentAndQuery) {
  RedirectFix https =
      JudgeRedirect("http://example.org/docs/a#x", "https://www.example.org/docs/a");
  EXPECT_EQ(https.reason, "");
  EXPECT_EQ(https.url, "https://www.example.org/docs/a#x");
  RedirectFix deeper =
      JudgeRedirect("https://example.org/docs?page=2", "https://example.org/docs/");
  EXPECT_EQ(deeper.reason, "");
  EXPECT_EQ(deeper.url, "https://example.org/docs/?page=2");
  // A move that keeps the page's name, and a new host for the same path.
  EXPECT_EQ(
      JudgeRedirect("https://e.org/__moved_frag/paper#sec", "https://e.org/moved-frag/paper").url,
      "https://e.org/moved-frag/paper#sec");
  EXPECT_EQ(JudgeRedirect("https://old.org/a/b", "https://new.org/a/b").reason, "");
  EXPECT_EQ(JudgeRedirect("https://e.org/a#x", "https://e.org/a/#y").url, "https://e.org/a/#y");
}

TEST(RedirectFixTest, FrontPagesSignInsErrorsAndOtherPagesAreNotRewritten) {
  EXPECT_EQ(JudgeRedirect("https://e.org/deep/page", "https://e.org/").reason,
            "it leads to the site's front page, not to the page");
  EXPECT_EQ(JudgeRedirect("https://e.org/deep/page", "https://www.e.org").reason,
            "it leads to the site's front page, not to the page");
  for (const char* wall :
       {"https://e.org/login?next=/deep/page", "https://e.org/users/sign_in",
        "https://e.org/auth/start", "https://e.org/x?return_to=%2Fdeep", "https://e.org/404"})
    EXPECT_EQ(JudgeRedirect("https://e.org/deep/page", wall).reason,
              "it leads to a sign-in or error page")
        << wall;
  EXPECT_EQ(JudgeRedirect("https://e.org/old", "https://e.org/new").reason,
            "it leads to another page of the site");
  EXPECT_EQ(JudgeRedirect("https://e.org/old", "https://other.org/new").reason,
            "it leads to another page on another site");
  EXPECT_EQ(JudgeRedirect("https://e.org/old", "not a url").reason, "not a web address");
  // A front page that moves is no deep link: it may follow.
  EXPECT_EQ(JudgeRedirect("http://e.org/", "https://e.org/").reason, "");
}

TEST(RedirectFixTest, SignInAndErrorPages) {
  EXPECT_TRUE(IsSignInOrErrorPage("https://e.org/login"));
  EXPECT_TRUE(IsSignInOrErrorPage("https://e.org/a?next=/b"));
  EXPECT_FALSE(IsSignInOrErrorPage("https://e.org/blog/logins-explained"));
  EXPECT_FALSE(IsSignInOrErrorPage("https://e.org/a?nextpage=2"));
}

}  // namespace
}  // namespace awesomelint
