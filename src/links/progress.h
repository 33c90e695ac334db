// Progress: "[=====>    ] 120/450 links  35/s  3 failed" on stderr, redrawn at
// most ten times a second; only when stderr is a terminal.
#pragma once

#include <chrono>
#include <cstddef>

namespace awesomelint {

class Progress {
 public:
  Progress(size_t total, bool enabled);
  ~Progress();
  void Update(size_t done, size_t failed, bool force = false);

 private:
  size_t total_;
  bool enabled_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point start_, last_;
};

}  // namespace awesomelint
