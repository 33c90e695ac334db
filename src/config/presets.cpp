#include "awesomelint/config/presets.h"

#include <algorithm>

namespace awesomelint {

const std::vector<Preset>& Presets() {
  static const std::vector<Preset> kPresets = {
      {"research",
       "Research lists (papers, models, data sets; dates, tags, badges; arXiv, GitHub, Hugging "
       "Face and Zenodo links): the rules tagged research, the default when no preset is named",
       R"({"default": false, "research": true})"},
      {"awesome",
       "Lists that follow the awesome-list guidelines (sindresorhus/awesome): awesome-lint 2.3's "
       "own checks under its rule ids, its spell check as warnings",
       R"({"default": false, "awesome": "error", "awesome-spell-check": "warning"})"},
  };
  return kPresets;
}

const Preset* FindPreset(std::string_view name) {
  const std::vector<Preset>& presets = Presets();
  auto it = std::find_if(presets.begin(), presets.end(),
                         [&](const Preset& preset) { return preset.name == name; });
  return it == presets.end() ? nullptr : &*it;
}

}  // namespace awesomelint
