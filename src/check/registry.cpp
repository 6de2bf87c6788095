#include "check/registry.h"

#include <hs/hs.h>

#include <atomic>
#include <climits>
#include <cstdlib>
#include <set>
#include <string>

namespace nc::check {

Result<std::shared_ptr<const Registry>> Registry::create(std::vector<std::unique_ptr<Detector>> detectors) {
  static std::atomic<uint64_t> next_generation{1};
  std::shared_ptr<Registry> r(new Registry());
  std::vector<std::string> expressions;
  std::set<std::string_view> ids;
  for (size_t d = 0; d < detectors.size(); ++d) {
    if (!ids.insert(detectors[d]->id()).second)
      return Status::Invalid("duplicate detector id " + std::string(detectors[d]->id()));
    const std::vector<Pattern> ps = detectors[d]->patterns();
    for (size_t p = 0; p < ps.size(); ++p) {
      expressions.push_back(ps[p].expression);
      r->patterns_.push_back({static_cast<uint32_t>(d), static_cast<uint32_t>(p), 0});
    }
    r->exclusivity_.push_back(detectors[d]->exclusivity());
  }
  if (expressions.empty()) return Status::Invalid("no patterns to compile");
  std::vector<const char*> exprs;
  std::vector<unsigned> flags, hs_ids;
  for (size_t i = 0; i < expressions.size(); ++i) {
    exprs.push_back(expressions[i].c_str());
    unsigned f = HS_FLAG_UTF8;
    hs_expr_info_t* info = nullptr;
    hs_compile_error_t* info_err = nullptr;
    if (hs_expression_info(exprs.back(), f, &info, &info_err) == HS_SUCCESS && info != nullptr &&
        info->min_width == info->max_width && info->min_width > 0 && info->min_width != UINT_MAX) {
      r->patterns_[i].width = info->min_width;
    } else {
      f |= HS_FLAG_SOM_LEFTMOST;
    }
    free(info);  // allocated by Vectorscan's default allocator (malloc)
    if (info_err) hs_free_compile_error(info_err);
    flags.push_back(f);
    hs_ids.push_back(static_cast<unsigned>(i));
  }
  hs_database_t* db = nullptr;
  hs_compile_error_t* err = nullptr;
  if (hs_compile_multi(exprs.data(), flags.data(), hs_ids.data(), static_cast<unsigned>(exprs.size()),
                       HS_MODE_BLOCK, nullptr, &db, &err) != HS_SUCCESS) {
    std::string msg = "cannot compile patterns";
    if (err) {
      if (err->expression >= 0 && static_cast<size_t>(err->expression) < r->patterns_.size()) {
        const PatternRef& ref = r->patterns_[static_cast<size_t>(err->expression)];
        msg += " of " + std::string(detectors[ref.detector]->id()) + " (pattern " + std::to_string(ref.pattern) + ")";
      }
      msg += ": " + std::string(err->message);
      hs_free_compile_error(err);
    }
    return Status::Error("internal", msg);
  }
  r->db_ = db;
  r->detectors_ = std::move(detectors);
  r->generation_ = next_generation++;
  return std::shared_ptr<const Registry>(std::move(r));
}

Registry::~Registry() {
  if (db_) hs_free_database(db_);
}

const Detector* Registry::find(std::string_view id) const {
  for (const auto& d : detectors_)
    if (d->id() == id) return d.get();
  return nullptr;
}

}  // namespace nc::check
