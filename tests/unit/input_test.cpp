// Reading Markdown safely: ReadMarkdownFile and CheckText reject what is not a
// readable UTF-8 text file, naming file:line:column where they can.
#include <gtest/gtest.h>

#include <sys/stat.h>
#include <unistd.h>
#include "tests/support/temp_dir.h"

#include <atomic>
#include <filesystem>
#include <fstream>
#include <string>

#include "awesomelint/markdown/input.h"
#include "awesomelint/support/errors.h"
#include "tests/support/helpers.h"

namespace awesomelint {
namespace {

using testing::ErrorOf;

namespace fs = std::filesystem;

using awesomelint::testing::TempDir;

std::string CheckError(std::string_view text) {
  return ErrorOf([&] { CheckText("list.md", text); });
}

// --- ReadMarkdownFile --------------------------------------------------------

TEST(InputReadTest, ReadsAFileAsWritten) {
  TempDir dir;
  const std::string text = "# Awesome\r\n\n- [A](https://a.example) - desc\n";
  std::string path = dir.Write("README.md", text);
  EXPECT_EQ(ReadMarkdownFile(path), text);
}

TEST(InputReadTest, EmptyFileIsFine) {
  TempDir dir;
  std::string path = dir.Write("empty.md", "");
  EXPECT_EQ(ReadMarkdownFile(path), "");
}

TEST(InputReadTest, EmojiAndCjkAreFine) {
  TempDir dir;
  const std::string text =
      "# 🚀 Awesome 日本語\n\n- [论文](https://example.org) - 한국어 ✨ é ü ß 𝔸\n";
  std::string path = dir.Write("unicode.md", text);
  EXPECT_EQ(ReadMarkdownFile(path), text);
}

TEST(InputReadTest, Utf8ByteOrderMarkIsFine) {
  TempDir dir;
  const std::string text = "\xEF\xBB\xBF# Title\n";
  std::string path = dir.Write("bom.md", text);
  EXPECT_EQ(ReadMarkdownFile(path), text);
}

TEST(InputReadTest, MissingFile) {
  TempDir dir;
  std::string path = (dir.path() / "missing.md").string();
  EXPECT_EQ(ErrorOf([&] { ReadMarkdownFile(path); }), path + ": No such file or directory");
}

TEST(InputReadTest, Directory) {
  TempDir dir;
  std::string path = dir.path().string();
  EXPECT_EQ(ErrorOf([&] { ReadMarkdownFile(path); }),
            path + ": is a directory; give the Markdown file inside it");
}

TEST(InputReadTest, NotARegularFile) {
  TempDir dir;
  std::string path = (dir.path() / "fifo").string();
  ASSERT_EQ(::mkfifo(path.c_str(), 0600), 0);
  EXPECT_EQ(ErrorOf([&] { ReadMarkdownFile(path); }), path + ": not a regular file");
}

TEST(InputReadTest, FileOverTheSizeLimit) {
  TempDir dir;
  std::string path = dir.Write("big.md", std::string(101, 'a'));
  EXPECT_EQ(ErrorOf([&] { ReadMarkdownFile(path, 100); }),
            path + ": the file is 101 bytes (limit 100 bytes); raise it with --max-file-size");
  EXPECT_EQ(ReadMarkdownFile(path, 101), std::string(101, 'a'));
}

TEST(InputReadTest, SizeLimitInMegabytes) {
  TempDir dir;
  std::string path = dir.Write("big.md", std::string(3 * 1024 * 1024 / 2, 'a'));
  EXPECT_EQ(ErrorOf([&] { ReadMarkdownFile(path, 1024 * 1024); }),
            path + ": the file is 1.5 MB (limit 1.0 MB); raise it with --max-file-size");
}

TEST(InputReadTest, BinaryFile) {
  TempDir dir;
  std::string path = dir.Write("image.png", std::string("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16));
  EXPECT_EQ(ErrorOf([&] { ReadMarkdownFile(path); }),
            path + ":3:1: a NUL byte: this looks like a binary file, not Markdown");
}

TEST(InputReadTest, Utf16File) {
  TempDir dir;
  std::string path = dir.Write("utf16.md", std::string("\xFF\xFE#\0 \0T\0", 8));
  EXPECT_EQ(ErrorOf([&] { ReadMarkdownFile(path); }),
            path + ": the file is UTF-16; save it as UTF-8");
}

TEST(InputReadTest, InvalidUtf8File) {
  TempDir dir;
  std::string path = dir.Write("latin1.md", "# Caf\xE9\n\n- entry\n");
  EXPECT_EQ(ErrorOf([&] { ReadMarkdownFile(path); }),
            path + ":1:6: invalid UTF-8 (byte 0xe9); save the file as UTF-8");
}

// --- CheckText ---------------------------------------------------------------

TEST(InputCheckTest, ValidTextPasses) {
  EXPECT_NO_THROW(CheckText("list.md", ""));
  EXPECT_NO_THROW(CheckText("list.md", "plain ASCII\n"));
  EXPECT_NO_THROW(CheckText("list.md", "é ß 中文 🚀 \xF4\x8F\xBF\xBF \xEF\xBF\xBD"));
  EXPECT_NO_THROW(CheckText("list.md", "\xED\x9F\xBF"));  // U+D7FF, just below the surrogates
  EXPECT_NO_THROW(CheckText("list.md", "\xEE\x80\x80"));  // U+E000, just above them
}

TEST(InputCheckTest, NulByte) {
  EXPECT_EQ(CheckError(std::string("ab\ncd\0ef", 8)),
            "list.md:2:3: a NUL byte: this looks like a binary file, not Markdown");
  EXPECT_EQ(CheckError(std::string("\0", 1)),
            "list.md:1:1: a NUL byte: this looks like a binary file, not Markdown");
}

TEST(InputCheckTest, Utf16ByteOrderMarks) {
  EXPECT_EQ(CheckError("\xFF\xFE"), "list.md: the file is UTF-16; save it as UTF-8");
  EXPECT_EQ(CheckError(std::string("\xFE\xFF\0#", 4)),
            "list.md: the file is UTF-16; save it as UTF-8");
}

TEST(InputCheckTest, InvalidByteIsLocatedByLineAndCodePointColumn) {
  EXPECT_EQ(CheckError("ok\nab\xFF"
                       "cd"),
            "list.md:2:3: invalid UTF-8 (byte 0xff); save the file as UTF-8");
  // Columns count code points: "é" and "🚀" are one column each.
  EXPECT_EQ(CheckError("é🚀\xC3("),
            "list.md:1:3: invalid UTF-8 (byte 0xc3); save the file as UTF-8");
  EXPECT_EQ(CheckError("line one\n\x80"),
            "list.md:2:1: invalid UTF-8 (byte 0x80); save the file as UTF-8");
  EXPECT_EQ(CheckError("a\r\nb\xFE"),
            "list.md:2:2: invalid UTF-8 (byte 0xfe); save the file as UTF-8");
}

TEST(InputCheckTest, OnlyTheFirstBadByteIsReported) {
  EXPECT_EQ(CheckError("x\n\ny \xE9 \xFF"),
            "list.md:3:3: invalid UTF-8 (byte 0xe9); save the file as UTF-8");
}

TEST(InputCheckTest, OverlongEncodings) {
  EXPECT_EQ(CheckError("/\xC0\xAF"),
            "list.md:1:2: invalid UTF-8 (byte 0xc0); save the file as UTF-8");
  EXPECT_EQ(CheckError("\xC1\xBF"),
            "list.md:1:1: invalid UTF-8 (byte 0xc1); save the file as UTF-8");
  EXPECT_EQ(CheckError("\xE0\x80\xAF"),
            "list.md:1:1: invalid UTF-8 (byte 0xe0); save the file as UTF-8");
  EXPECT_EQ(CheckError("\xE0\x9F\xBF"),
            "list.md:1:1: invalid UTF-8 (byte 0xe0); save the file as UTF-8");
  EXPECT_EQ(CheckError("\xF0\x80\x80\xAF"),
            "list.md:1:1: invalid UTF-8 (byte 0xf0); save the file as UTF-8");
  EXPECT_EQ(CheckError("\xF0\x8F\xBF\xBF"),
            "list.md:1:1: invalid UTF-8 (byte 0xf0); save the file as UTF-8");
}

TEST(InputCheckTest, Surrogates) {
  EXPECT_EQ(CheckError("a\xED\xA0\x80"),
            "list.md:1:2: invalid UTF-8 (byte 0xed); save the file as UTF-8");
  EXPECT_EQ(CheckError("\xED\xBF\xBF"),
            "list.md:1:1: invalid UTF-8 (byte 0xed); save the file as UTF-8");
}

TEST(InputCheckTest, AboveTheLastCodePoint) {
  EXPECT_EQ(CheckError("\xF4\x90\x80\x80"),
            "list.md:1:1: invalid UTF-8 (byte 0xf4); save the file as UTF-8");
  EXPECT_EQ(CheckError("\xF5\x80\x80\x80"),
            "list.md:1:1: invalid UTF-8 (byte 0xf5); save the file as UTF-8");
  EXPECT_EQ(CheckError("\xF8\x88\x80\x80\x80"),
            "list.md:1:1: invalid UTF-8 (byte 0xf8); save the file as UTF-8");
}

TEST(InputCheckTest, TruncatedSequences) {
  EXPECT_EQ(CheckError("abc\xE2\x82"),
            "list.md:1:4: invalid UTF-8 (byte 0xe2); save the file as UTF-8");
  EXPECT_EQ(CheckError("\xF0\x9F\x9A"),
            "list.md:1:1: invalid UTF-8 (byte 0xf0); save the file as UTF-8");
  // A lead byte followed by ASCII, not by continuation bytes.
  EXPECT_EQ(CheckError("\xE2(x"), "list.md:1:1: invalid UTF-8 (byte 0xe2); save the file as UTF-8");
}

}  // namespace
}  // namespace awesomelint
