#include "ooxml/budget.h"

#include <string>
#include <utility>

namespace nc::ooxml {
namespace {

Status error(Code code, std::string_view zh, std::string_view en) {
  std::string msg(zh);
  msg += " / ";
  msg += en;
  return Status::Error(code, std::move(msg));
}

}  // namespace

Status Budget::check_time() const {
  if (std::chrono::steady_clock::now() >= deadline_)
    return timeout_error("处理超时，文件过于复杂", "reading the file took longer than the time budget");
  return Status::Ok();
}

std::chrono::milliseconds Budget::remaining() const {
  const auto left = deadline_ - std::chrono::steady_clock::now();
  if (left <= std::chrono::steady_clock::duration::zero()) return std::chrono::milliseconds(0);
  return std::chrono::duration_cast<std::chrono::milliseconds>(left);
}

Status limit_error(std::string_view zh, std::string_view en) { return error(Code::kLimitExceeded, zh, en); }
Status timeout_error(std::string_view zh, std::string_view en) { return error(Code::kTimeout, zh, en); }
Status corrupt_error(std::string_view zh, std::string_view en) { return error(Code::kCorruptInput, zh, en); }
Status unsupported_error(std::string_view zh, std::string_view en) { return error(Code::kUnsupportedFormat, zh, en); }

std::string_view chinese_part(std::string_view message) {
  const auto sep = message.find(" / ");
  return sep == std::string_view::npos ? message : message.substr(0, sep);
}

}  // namespace nc::ooxml
