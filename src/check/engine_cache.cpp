#include "check/engine_cache.h"

#include <algorithm>

namespace nc::check {

Result<std::shared_ptr<const Engine>> EngineCache::get(std::vector<std::string> terms) {
  std::sort(terms.begin(), terms.end());
  terms.erase(std::unique(terms.begin(), terms.end()), terms.end());
  if (terms.empty()) return base_;
  std::string key;
  for (const std::string& t : terms) key.append(t).push_back('\n');  // terms never hold a line break
  {
    std::lock_guard lock(mu_);
    auto it = entries_.find(key);
    if (it != entries_.end()) {
      ages_.splice(ages_.begin(), ages_, it->second.age);
      return it->second.engine;
    }
  }
  EngineOptions options;
  options.dictionary = std::move(terms);
  auto built = Engine::create(options);
  if (!built.ok()) return built.status();
  std::lock_guard lock(mu_);
  auto it = entries_.find(key);
  if (it != entries_.end()) return it->second.engine;  // another thread compiled it meanwhile
  ages_.push_front(key);
  entries_.emplace(std::move(key), Entry{*built, ages_.begin()});
  while (entries_.size() > capacity_) {
    entries_.erase(ages_.back());
    ages_.pop_back();
  }
  return *built;
}

size_t EngineCache::size() const {
  std::lock_guard lock(mu_);
  return entries_.size();
}

}  // namespace nc::check
