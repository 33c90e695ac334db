#include "progress.h"

#include <fmt/format.h>

#include <cstdio>
#include <string>

namespace awesomelint {

Progress::Progress(size_t total, bool enabled)
    : total_(total), enabled_(enabled && total > 0), start_(std::chrono::steady_clock::now()) {}

Progress::~Progress() {
  if (drawn_) std::fputs("\r\033[K", stderr);  // leave the line clean for the report
}

void Progress::Update(size_t done, size_t failed, bool force) {
  if (!enabled_) return;
  auto now = std::chrono::steady_clock::now();
  if (!force && drawn_ && now - last_ < std::chrono::milliseconds(100)) return;
  last_ = now;
  drawn_ = true;
  constexpr size_t kWidth = 24;
  size_t filled = total_ ? done * kWidth / total_ : kWidth;
  std::string bar(filled, '=');
  if (filled < kWidth) bar += '>' + std::string(kWidth - filled - 1, ' ');
  double seconds = std::chrono::duration<double>(now - start_).count();
  double rate = seconds > 0 ? done / seconds : 0;
  std::fputs(
      fmt::format("\r\033[K[{}] {}/{} links  {:.0f}/s  {} failed", bar, done, total_, rate, failed)
          .c_str(),
      stderr);
  std::fflush(stderr);
}

}  // namespace awesomelint
