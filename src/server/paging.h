// Keyset paging of the HTTP API (issue 9, docs/api-contract.md "Paging"): a
// list takes `?limit=&after=` (limit 1..200, default 50; after: the `next`
// of the previous page, opaque to clients) and answers the page with `next`
// (null on the last page) and `total`. Shared by every paged list; the
// cursor's content is each list's own business (encode_cursor /
// decode_cursor carry a few unsigned numbers).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "server/request.h"
#include "server/response.h"

namespace nc::server {

inline constexpr std::size_t kDefaultPageLimit = 50;
inline constexpr std::size_t kMaxPageLimit = 200;

struct PageRequest {
  std::size_t limit = kDefaultPageLimit;
  std::string after;  // empty: the first page
};

// The request's limit and after; a bad_request answer (Chinese) for a limit
// that is not a number from 1 to 200 or an after that is too long or not
// made of cursor characters.
struct PageParse {
  std::optional<PageRequest> page;
  std::optional<Response> error;
};
PageParse parse_page(const Request& r);

// A cursor of `count` numbers, written as "12.345" (digits and dots only).
std::string encode_cursor(const std::vector<std::uint64_t>& parts);
// The numbers of a cursor with exactly `count` parts, each at most 2^32 - 1;
// nothing when it is not one.
std::optional<std::vector<std::uint64_t>> decode_cursor(std::string_view cursor, std::size_t count);

// Adds "next" (the cursor or null) and "total" to a list answer.
void put_page(nlohmann::json& answer, const std::optional<std::string>& next, std::uint64_t total);

}  // namespace nc::server
