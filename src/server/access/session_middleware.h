// The access middleware: finds the caller's session (cookie → Sessions),
// refuses API requests without one (401 `unauthenticated`) and unsafe
// methods without the session's CSRF token in X-CSRF-Token (403 `csrf`).
// Public: /healthz, the rulebook API (the regulation is public text), the
// login itself and everything outside /api/v1/ (the UI's static files). It
// decides who is asking, never what they may do: that is
// nc::domain::authorize, called by the handlers.
//
// With a directory, it also notes whether the caller's linked member is still
// on the roll (Caller::member_on_roll), so a member transferred out loses
// their member and branch roles at once (domain/authorization.h).
#pragma once

#include <memory>

#include "server/access/directory.h"
#include "server/access/sessions.h"
#include "server/router.h"

namespace nc::server::access {

Middleware session_middleware(std::shared_ptr<Sessions> sessions, std::shared_ptr<const Directory> directory = nullptr);

bool is_public_path(std::string_view path);
bool is_unsafe_method(std::string_view method);

}  // namespace nc::server::access
