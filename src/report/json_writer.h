// JsonWriter: JSON laid out exactly as nlohmann::json::dump(2) lays it out, written a
// value at a time. The reports' long arrays (findings, links, entries) are streamed:
// each element is built, dumped and let go, so a report is never one nlohmann tree (an
// 8.9 MB report of 11,000 links took 53 MB as one). Members go into objects, elements
// into arrays; every container opened is closed.
#pragma once

#include <nlohmann/json.hpp>

#include <ostream>
#include <string_view>
#include <vector>

namespace awesomelint {

class JsonWriter {
 public:
  explicit JsonWriter(std::ostream& out) : out_(out) {}

  // Opens an object or an array: the document itself, an element of the array open now,
  // or the member `key` of the object open now.
  void BeginObject(std::string_view key = {}) { Open(key, '{'); }
  void BeginArray(std::string_view key = {}) { Open(key, '['); }
  // Closes the innermost; closing the document ends it with a line break.
  void End();

  // A member of the object open now.
  void Member(std::string_view key, const nlohmann::ordered_json& value);
  // An element of the array open now.
  void Element(const nlohmann::ordered_json& value);

 private:
  struct Level {
    char close;
    bool empty = true;
  };

  void Open(std::string_view key, char bracket);
  // The line break and indentation before the next member or element, and its key.
  void Next(std::string_view key);
  // `value` dumped, every line after its first indented to the current depth.
  void Write(const nlohmann::ordered_json& value);

  std::ostream& out_;
  std::vector<Level> levels_;
};

}  // namespace awesomelint
