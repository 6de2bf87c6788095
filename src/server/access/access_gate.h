// The access gate (Router::set_gate): runs on each request's header, before
// its body is read, with the options of the route the router matched.
// - Finds the caller's session (cookie → Sessions) and, with a directory,
//   whether their linked member is still on the roll
//   (Caller::member_on_roll: a member transferred out loses their member and
//   branch roles at once, domain/authorization.h).
// - Refuses a session route without a session (401 `unauthenticated`).
// - Refuses an unsafe request whose Origin is another site (403 `origin`),
//   one without the session's CSRF token in X-CSRF-Token (403 `csrf`; not
//   the login, which has no session yet), and a body that is not JSON where
//   the route takes JSON (415 `unsupported_media_type`: a cross-site form can
//   post text/plain without asking first).
// It decides who is asking, never what they may do: that is
// nc::domain::authorize, called by the handlers.
#pragma once

#include <memory>
#include <string_view>

#include "server/access/directory.h"
#include "server/access/sessions.h"
#include "server/router.h"

namespace nc::server::access {

Gate access_gate(std::shared_ptr<Sessions> sessions, std::shared_ptr<const Directory> directory = nullptr);

bool is_unsafe_method(std::string_view method);
// Whether an Origin header names the same site as the Host header; an
// absent Origin (clients other than browsers) is same-site.
bool same_origin(std::string_view origin, std::string_view host);

}  // namespace nc::server::access
