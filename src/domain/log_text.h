// Encoding of untrusted text (names, details, addresses) for one-line log
// and export formats, against log injection (OWASP ASVS V7.3.1): the result
// never contains a control character, a line or paragraph separator, a
// bidirectional override or invalid UTF-8, so a field cannot start a new
// line, forge a following field or hide text from a reader.
//
//   \\  \t  \n  \r       backslash, tab, line feed, carriage return
//   \xNN                 other C0 controls, DEL, and bytes that are not UTF-8
//   \uXXXX               C1 controls, U+2028/U+2029, bidi controls
//
// unescape_log_field(escape_log_field(s)) == s for every byte string s.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace nc::domain {

std::string escape_log_field(std::string_view raw);
// Nothing for a malformed escape or an unescaped control character.
std::optional<std::string> unescape_log_field(std::string_view escaped);


}  // namespace nc::domain
