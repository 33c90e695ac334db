// Servers on 127.0.0.1 for the link-checker tests: an HTTP server (cpp-httplib)
// that records what it was asked, and a raw TCP server for misbehaviour HTTP
// libraries will not produce (a reset, silence, a body that never ends).
#pragma once

#include <arpa/inet.h>
#include <httplib.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace awesomelint::testing {

// An HTTP server on 127.0.0.1 and a free port, stopped when destroyed.
class TestServer {
 public:
  struct Request {
    std::string method;
    std::string path;  // with the query
    std::map<std::string, std::string> headers;
    std::string body;
  };

  TestServer() {
    server_.set_keep_alive_max_count(1000);
    port_ = server_.bind_to_any_port("127.0.0.1");
  }

  ~TestServer() {
    Release();
    server_.stop();
    if (thread_.joinable()) thread_.join();
  }

  // Registers handlers first (Get/Head/Post), then Start().
  httplib::Server& server() { return server_; }

  void Start() {
    // Recorded before the handler answers, so a finished check has seen them all;
    // the body is read after routing starts, so it is added once a handler has run.
    server_.set_pre_routing_handler([this](const httplib::Request& request, httplib::Response&) {
      std::lock_guard lock(mutex_);
      Request seen{request.method, request.target, {}, {}};
      for (const auto& [name, value] : request.headers) seen.headers[name] = value;
      awaiting_body_[&request] = requests_.size();
      requests_.push_back(std::move(seen));
      return httplib::Server::HandlerResponse::Unhandled;
    });
    server_.set_post_routing_handler([this](const httplib::Request& request, httplib::Response&) {
      std::lock_guard lock(mutex_);
      if (auto it = awaiting_body_.find(&request); it != awaiting_body_.end()) {
        requests_[it->second].body = request.body;
        awaiting_body_.erase(it);
      }
    });
    thread_ = std::thread([this] { server_.listen_after_bind(); });
    while (!server_.is_running()) std::this_thread::yield();
  }

  int port() const { return port_; }
  std::string Url(const std::string& path) const {
    return "http://127.0.0.1:" + std::to_string(port_) + path;
  }

  std::vector<Request> requests() {
    std::lock_guard lock(mutex_);
    return requests_;
  }
  size_t Count(const std::string& path) {
    std::lock_guard lock(mutex_);
    size_t n = 0;
    for (const Request& request : requests_) n += request.path == path;
    return n;
  }

  // Handlers that must hang call Hang(); the server releases them when it stops.
  void Hang() {
    std::unique_lock lock(hang_mutex_);
    hang_.wait(lock, [this] { return released_; });
  }
  void Release() {
    std::lock_guard lock(hang_mutex_);
    released_ = true;
    hang_.notify_all();
  }

 private:
  httplib::Server server_;
  int port_ = 0;
  std::thread thread_;
  std::mutex mutex_;
  std::vector<Request> requests_;
  std::map<const httplib::Request*, size_t> awaiting_body_;  // by the request being served
  std::mutex hang_mutex_;
  std::condition_variable hang_;
  bool released_ = false;
};

// A raw TCP server: each connection's request is read, then `respond` writes
// whatever it likes on the socket (or nothing) before it is closed.
class RawServer {
 public:
  explicit RawServer(std::function<void(int socket)> respond) : respond_(std::move(respond)) {
    listener_ = ::socket(AF_INET, SOCK_STREAM, 0);
    int yes = 1;
    ::setsockopt(listener_, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    ::bind(listener_, reinterpret_cast<sockaddr*>(&address), sizeof address);
    ::listen(listener_, 64);
    socklen_t length = sizeof address;
    ::getsockname(listener_, reinterpret_cast<sockaddr*>(&address), &length);
    port_ = ntohs(address.sin_port);
    thread_ = std::thread([this] { Serve(); });
  }

  ~RawServer() {
    stopping_ = true;
    ::shutdown(listener_, SHUT_RDWR);
    ::close(listener_);
    thread_.join();
    for (std::thread& worker : workers_) worker.join();
  }

  std::string Url(const std::string& path) const {
    return "http://127.0.0.1:" + std::to_string(port_) + path;
  }
  int connections() const { return connections_; }
  bool stopping() const { return stopping_; }

 private:
  void Serve() {
    while (!stopping_) {
      int client = ::accept(listener_, nullptr, nullptr);
      if (client < 0) return;
      ++connections_;
      workers_.emplace_back([this, client] {
        char buffer[4096];
        std::string request;
        while (request.find("\r\n\r\n") == std::string::npos) {
          ssize_t n = ::recv(client, buffer, sizeof buffer, 0);
          if (n <= 0) break;
          request.append(buffer, static_cast<size_t>(n));
        }
        respond_(client);
        ::close(client);
      });
    }
  }

  std::function<void(int)> respond_;
  int listener_ = -1;
  int port_ = 0;
  std::thread thread_;
  std::vector<std::thread> workers_;
  std::atomic<int> connections_{0};
  std::atomic<bool> stopping_{false};
};

// A port on 127.0.0.1 where connecting hangs, as on a network that drops packets:
// it listens but never accepts, and one held connection fills its backlog, so
// the kernel answers no further handshake.
class BlackHole {
 public:
  BlackHole() {
    listener_ = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ::bind(listener_, reinterpret_cast<sockaddr*>(&address), sizeof address);
    ::listen(listener_, 0);
    socklen_t length = sizeof address;
    ::getsockname(listener_, reinterpret_cast<sockaddr*>(&address), &length);
    port_ = ntohs(address.sin_port);
    filler_ = ::socket(AF_INET, SOCK_STREAM, 0);
    ::connect(filler_, reinterpret_cast<sockaddr*>(&address), sizeof address);
  }
  ~BlackHole() {
    ::close(filler_);
    ::close(listener_);
  }
  int port() const { return port_; }

 private:
  int listener_ = -1;
  int filler_ = -1;
  int port_ = 0;
};

}  // namespace awesomelint::testing
