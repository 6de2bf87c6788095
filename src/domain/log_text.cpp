#include "domain/log_text.h"

#include <cstdint>

#include "common/utf8.h"

namespace nc::domain {
namespace {

constexpr char kHex[] = "0123456789abcdef";

void append_hex_byte(std::string& out, unsigned char c) {
  out += "\\x";
  out += kHex[c >> 4];
  out += kHex[c & 0xF];
}

bool must_escape_code_point(std::uint32_t cp) {
  return (cp >= 0x80 && cp <= 0x9F) || cp == 0x2028 || cp == 0x2029 || (cp >= 0x202A && cp <= 0x202E) ||
         (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E || cp == 0x200F || cp == 0x061C;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

std::string escape_log_field(std::string_view raw) {
  std::string out;
  out.reserve(raw.size());
  for (std::size_t i = 0; i < raw.size();) {
    unsigned char c = static_cast<unsigned char>(raw[i]);
    std::size_t n = utf8::sequence_length(raw, i);
    if (n == 0) {
      append_hex_byte(out, c);
      ++i;
      continue;
    }
    if (n == 1) {
      if (c == '\\')
        out += "\\\\";
      else if (c == '\t')
        out += "\\t";
      else if (c == '\n')
        out += "\\n";
      else if (c == '\r')
        out += "\\r";
      else if (c < 0x20 || c == 0x7F)
        append_hex_byte(out, c);
      else
        out += static_cast<char>(c);
      ++i;
      continue;
    }
    int len = 0;
    const std::uint32_t cp = utf8::decode(reinterpret_cast<const unsigned char*>(raw.data()), i, raw.size(), &len);
    if (must_escape_code_point(cp)) {
      out += "\\u";
      for (int shift = 12; shift >= 0; shift -= 4) out += kHex[(cp >> shift) & 0xF];
    } else {
      out.append(raw.substr(i, n));
    }
    i += n;
  }
  return out;
}

std::optional<std::string> unescape_log_field(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x20 || c == 0x7F) return std::nullopt;
    if (c != '\\') {
      out += static_cast<char>(c);
      continue;
    }
    if (++i >= s.size()) return std::nullopt;
    switch (s[i]) {
      case '\\':
        out += '\\';
        break;
      case 't':
        out += '\t';
        break;
      case 'n':
        out += '\n';
        break;
      case 'r':
        out += '\r';
        break;
      case 'x': {
        if (i + 2 >= s.size()) return std::nullopt;
        int hi = hex_value(s[i + 1]), lo = hex_value(s[i + 2]);
        if (hi < 0 || lo < 0) return std::nullopt;
        out += static_cast<char>(hi * 16 + lo);
        i += 2;
        break;
      }
      case 'u': {
        if (i + 4 >= s.size()) return std::nullopt;
        std::uint32_t cp = 0;
        for (int k = 1; k <= 4; ++k) {
          int v = hex_value(s[i + k]);
          if (v < 0) return std::nullopt;
          cp = cp * 16 + static_cast<std::uint32_t>(v);
        }
        if (cp >= 0xD800 && cp <= 0xDFFF) return std::nullopt;
        utf8::append(out, cp);
        i += 4;
        break;
      }
      default:
        return std::nullopt;
    }
  }
  return out;
}

}  // namespace nc::domain
