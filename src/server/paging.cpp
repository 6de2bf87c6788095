#include "server/paging.h"

#include <charconv>

namespace nc::server {
namespace {

constexpr std::size_t kMaxCursor = 64;

std::optional<std::size_t> parse_limit(std::string_view text) {
  if (text.empty() || text.size() > 3) return std::nullopt;
  std::size_t value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  if (value < 1 || value > kMaxPageLimit) return std::nullopt;
  return value;
}

}  // namespace

PageParse parse_page(const Request& r) {
  PageParse out;
  PageRequest page;
  if (auto limit = r.query_param("limit")) {
    auto value = parse_limit(*limit);
    if (!value) {
      out.error = Response::bad_request("limit 应为 1 到 " + std::to_string(kMaxPageLimit) + " 之间的整数");
      return out;
    }
    page.limit = *value;
  }
  if (auto after = r.query_param("after")) {
    const bool ok = after->size() <= kMaxCursor &&
                    after->find_first_not_of("0123456789.") == std::string::npos;
    if (!ok) {
      out.error = Response::bad_request("after 应为上一页答复中的 next");
      return out;
    }
    page.after = *after;
  }
  out.page = page;
  return out;
}

std::string encode_cursor(const std::vector<std::uint64_t>& parts) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i) out += '.';
    out += std::to_string(parts[i]);
  }
  return out;
}

std::optional<std::vector<std::uint64_t>> decode_cursor(std::string_view cursor, std::size_t count) {
  std::vector<std::uint64_t> out;
  std::size_t start = 0;
  while (start <= cursor.size()) {
    const std::size_t dot = std::min(cursor.find('.', start), cursor.size());
    const std::string_view part = cursor.substr(start, dot - start);
    if (part.empty() || part.size() > 10) return std::nullopt;
    std::uint64_t value = 0;
    const auto [end, ec] = std::from_chars(part.data(), part.data() + part.size(), value);
    if (ec != std::errc() || end != part.data() + part.size() || value > 0xFFFFFFFFull) return std::nullopt;
    out.push_back(value);
    start = dot + 1;
  }
  if (out.size() != count) return std::nullopt;
  return out;
}

void put_page(nlohmann::json& answer, const std::optional<std::string>& next, std::uint64_t total) {
  answer["next"] = next ? nlohmann::json(*next) : nlohmann::json(nullptr);
  answer["total"] = total;
}

}  // namespace nc::server
