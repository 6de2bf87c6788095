// Headers every answer carries (ASVS V14.4). One policy for the UI and the
// API: the built UI loads only its own scripts, styles and fonts (Element
// Plus sets inline style attributes, hence 'unsafe-inline' for styles only;
// no inline script), talks only to this origin, and may not be framed.
// tests/browser/security-headers.test.mjs runs the UI under it and fails on
// any violation the browser reports.
#pragma once

#include <string_view>
#include <utility>

namespace nc::server {

inline constexpr std::string_view kContentSecurityPolicy =
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
    "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'none'";

inline constexpr std::pair<std::string_view, std::string_view> kSecurityHeaders[] = {
    {"X-Content-Type-Options", "nosniff"},
    {"Content-Security-Policy", kContentSecurityPolicy},
    {"X-Frame-Options", "DENY"},
    {"Referrer-Policy", "no-referrer"},
};

}  // namespace nc::server
