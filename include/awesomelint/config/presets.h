// Presets: named rule sets that a config extends ("extends": "research") or --preset
// names. A preset is a config like any other, built in: its rules are those with the
// preset's tag, at their own severities.
#pragma once

#include <string_view>
#include <vector>

namespace awesomelint {

struct Preset {
  std::string_view name;
  std::string_view summary;
  std::string_view config;  // JSON: what "extends" of it adds
};

// Every preset, the default first.
const std::vector<Preset>& Presets();
const Preset* FindPreset(std::string_view name);

}  // namespace awesomelint
