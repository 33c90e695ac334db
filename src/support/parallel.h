// RunInParallel: runs tasks on the machine's cores (the calling thread takes a
// share), for the few places where a large list makes the work worth splitting.
#pragma once

#include <algorithm>
#include <exception>
#include <functional>
#include <thread>
#include <vector>

namespace awesomelint {

// Calls task(i) for every i in [0, count), split into contiguous ranges over at
// most `max_threads` threads; returns when all are done and rethrows the first
// exception a task threw.
inline void RunInParallel(size_t count, size_t max_threads,
                          const std::function<void(size_t)>& task) {
  size_t threads =
      std::min({count, max_threads, std::max<size_t>(1, std::thread::hardware_concurrency())});
  if (threads <= 1) {
    for (size_t i = 0; i < count; ++i) task(i);
    return;
  }
  std::vector<std::exception_ptr> errors(threads);
  auto run = [&](size_t part) {
    try {
      for (size_t i = part * count / threads; i < (part + 1) * count / threads; ++i) task(i);
    } catch (...) {
      errors[part] = std::current_exception();
    }
  };
  std::vector<std::thread> workers;
  for (size_t part = 1; part < threads; ++part) workers.emplace_back(run, part);
  run(0);
  for (std::thread& worker : workers) worker.join();
  for (const std::exception_ptr& error : errors)
    if (error) std::rethrow_exception(error);
}

}  // namespace awesomelint
